package org.lifelonglinks.tracing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the blocking query that fetches candidates for re-ranking: a disjunction of constant-score clauses on exact
 * name forms, nickname and surname variants, Double Metaphone codes, fuzzy name terms (Levenshtein automata, one
 * edit, two for long names), date tokens (the date, its day-month swap, and the partial pairs that survive one
 * wrong digit) and postcode and town. Each clause's weight is a rough share of the evidence it carries, so
 * Lucene's top hits already lean towards good candidates; the real ranking is {@link CandidateScorer}'s. Names are
 * searched in every name field at once, which also finds given name and surname swapped. Cost grows with the
 * postings of the terms matched: a few milliseconds on a million records.
 */
final class CandidateRetrieval {

    private static final int MAX_FUZZY_EXPANSIONS = 30;
    private static final int MAX_VARIANTS = 64;

    private final NameMatcher names;

    CandidateRetrieval(NameMatcher names) {
        this.names = names;
    }

    Query build(TraceQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        addName(builder, query.givenName(), NameMatcher.NameKind.GIVEN);
        addName(builder, query.familyName(), NameMatcher.NameKind.SURNAME);
        addDate(builder, query);
        String postcode = NameNormaliser.postcode(query.postcode());
        if (!postcode.isEmpty()) {
            should(builder, new TermQuery(new Term(RecordDocuments.POSTCODE, "p" + postcode)), 2.0f);
            should(builder, new TermQuery(new Term(RecordDocuments.POSTCODE, "o"
                    + NameNormaliser.outwardCode(postcode))), 1.0f);
        }
        String town = NameNormaliser.joined(query.town());
        if (!town.isEmpty()) {
            should(builder, new TermQuery(new Term(RecordDocuments.TOWN, town)), 1.0f);
        }
        return builder.build();
    }

    private void addName(BooleanQuery.Builder builder, String name, NameMatcher.NameKind kind) {
        for (String form : NameNormaliser.forms(name)) {
            float base = (float) (1.0 + names.weight(form, kind) / 4.0);
            should(builder, new TermQuery(new Term(RecordDocuments.NAME, form)), base);
            Set<String> variants = new LinkedHashSet<>(names.variants(form, kind));
            variants.remove(form);
            if (!variants.isEmpty()) {
                should(builder, termSet(RecordDocuments.NAME, variants.stream().limit(MAX_VARIANTS).toList()),
                        base * 0.8f);
            }
            Set<String> codes = Phonetics.codes(form);
            if (!codes.isEmpty()) {
                should(builder, termSet(RecordDocuments.PHONETIC, new ArrayList<>(codes)), base * 0.6f);
            }
            if (form.length() >= 4) {
                int edits = form.length() >= 8 ? 2 : 1;
                should(builder, new FuzzyQuery(new Term(RecordDocuments.NAME, form), edits, 0,
                        MAX_FUZZY_EXPANSIONS, true), base * 0.6f);
            }
        }
    }

    private static void addDate(BooleanQuery.Builder builder, TraceQuery query) {
        LocalDate date = query.dateOfBirth();
        if (date != null) {
            List<String> tokens = RecordDocuments.dateTokens(date, null);
            should(builder, new TermQuery(new Term(RecordDocuments.DOB, tokens.get(0))), 5.0f);
            if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
                LocalDate swapped = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
                should(builder, new TermQuery(new Term(RecordDocuments.DOB,
                        RecordDocuments.dateTokens(swapped, null).get(0))), 4.0f);
            }
            for (int i = 1; i <= 3; i++) {
                should(builder, new TermQuery(new Term(RecordDocuments.DOB, tokens.get(i))), 1.5f);
            }
            should(builder, new TermQuery(new Term(RecordDocuments.DOB, tokens.get(4))), 0.5f);
        } else if (query.birthYear() != null) {
            List<String> years = new ArrayList<>();
            for (int y = query.birthYear() - query.birthYearRange(); y <= query.birthYear() + query.birthYearRange();
                 y++) {
                years.add("y" + y);
            }
            should(builder, termSet(RecordDocuments.DOB, years), 0.5f);
        }
    }

    private static Query termSet(String field, List<String> values) {
        List<BytesRef> terms = new ArrayList<>(values.size());
        for (String value : values) {
            terms.add(new BytesRef(value));
        }
        return new TermInSetQuery(field, terms);
    }

    private static void should(BooleanQuery.Builder builder, Query query, float weight) {
        builder.add(new BoostQuery(new ConstantScoreQuery(query), weight), BooleanClause.Occur.SHOULD);
    }
}
