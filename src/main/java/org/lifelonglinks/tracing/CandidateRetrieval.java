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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the blocking query that fetches candidates for re-ranking: a disjunction of constant-score clauses on exact
 * name forms, nickname and surname variants, Double Metaphone codes, fuzzy name terms (Levenshtein automata, one
 * edit, two for long names), date tokens (the date, its day-month swap, and the partial pairs that survive one
 * wrong digit) and postcode and town; by {@link TracingRules}, also the year-months around the date (a few weeks, a
 * year or a decade out) and towns spelt within an edit or two. Each clause is weighted with the bits
 * {@link CandidateScorer} gives that kind of agreement, and the ways one field can agree are combined by
 * disjunction-max, so Lucene's score is the scorer's positive evidence in rough and its top hits already lean
 * towards good candidates. Names are
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
        addDate(builder, query, names.rules().nearDates());
        String postcode = NameNormaliser.postcode(query.postcode());
        if (!postcode.isEmpty()) {
            builder.add(new DisjunctionMaxQuery(List.of(
                    weighted(new TermQuery(new Term(RecordDocuments.POSTCODE, "p" + postcode)),
                            (float) CandidateScorer.POSTCODE_MATCHES),
                    weighted(new TermQuery(new Term(RecordDocuments.POSTCODE, "o"
                            + NameNormaliser.outwardCode(postcode))), (float) CandidateScorer.OUTWARD_MATCHES)),
                    0.0f), BooleanClause.Occur.SHOULD);
        }
        String town = NameNormaliser.joined(query.town());
        if (!town.isEmpty() && names.rules().nearTowns() && town.length() >= 4) {
            // A town spelt a little differently ("Mancheeser") still fetches the records in Manchester.
            builder.add(new DisjunctionMaxQuery(List.of(
                    weighted(new TermQuery(new Term(RecordDocuments.TOWN, town)), (float) CandidateScorer.TOWN_MATCHES),
                    weighted(new FuzzyQuery(new Term(RecordDocuments.TOWN, town), town.length() >= 8 ? 2 : 1, 1,
                            MAX_FUZZY_EXPANSIONS, true), (float) CandidateScorer.TOWN_SIMILAR)), 0.0f),
                    BooleanClause.Occur.SHOULD);
        } else if (!town.isEmpty()) {
            should(builder, new TermQuery(new Term(RecordDocuments.TOWN, town)), (float) CandidateScorer.TOWN_MATCHES);
        }
        return builder.build();
    }

    /**
     * One clause per name form: the best of exact, variant, phonetic and fuzzy agreement (a disjunction-max, so one
     * name is not counted several times), weighted like {@link CandidateScorer} weighs it.
     */
    private void addName(BooleanQuery.Builder builder, String name, NameMatcher.NameKind kind) {
        for (String form : names.forms(name)) {
            float full = (float) names.weight(form, kind);
            List<Query> ways = new ArrayList<>(4);
            ways.add(weighted(new TermQuery(new Term(RecordDocuments.NAME, form)), full));
            float initial = (float) NameMatcher.INITIAL_WEIGHT;
            if (NameMatcher.isInitial(form)) {
                // An initial finds every name that starts with it (constant score: no per-term cost in scoring).
                ways.add(weighted(new PrefixQuery(new Term(RecordDocuments.NAME, form)), initial));
                builder.add(new DisjunctionMaxQuery(ways, 0.0f), BooleanClause.Occur.SHOULD);
                continue;
            }
            // A full name finds records that hold only its initial.
            ways.add(weighted(new TermQuery(new Term(RecordDocuments.NAME, form.substring(0, 1))), initial));
            Set<String> variants = new LinkedHashSet<>(names.variants(form, kind));
            variants.remove(form);
            if (!variants.isEmpty()) {
                ways.add(weighted(termSet(RecordDocuments.NAME, variants.stream().limit(MAX_VARIANTS).toList()),
                        full * (float) NameMatch.Level.VARIANT.share));
            }
            Set<String> codes = Phonetics.codes(form);
            if (!codes.isEmpty()) {
                ways.add(weighted(termSet(RecordDocuments.PHONETIC, new ArrayList<>(codes)),
                        full * (float) NameMatch.Level.PHONETIC.share));
            }
            if (form.length() >= 4) {
                int edits = form.length() >= 8 ? 2 : 1;
                ways.add(weighted(new FuzzyQuery(new Term(RecordDocuments.NAME, form), edits, 0,
                        MAX_FUZZY_EXPANSIONS, true), full * (float) NameMatch.Level.TYPO.share));
            }
            builder.add(new DisjunctionMaxQuery(ways, 0.0f), BooleanClause.Occur.SHOULD);
        }
    }

    private static void addDate(BooleanQuery.Builder builder, TraceQuery query, boolean nearDates) {
        LocalDate date = query.dateOfBirth();
        if (date != null) {
            List<String> tokens = RecordDocuments.dateTokens(date, null);
            List<Query> ways = new ArrayList<>(4);
            ways.add(weighted(new TermQuery(new Term(RecordDocuments.DOB, tokens.get(0))), (float) DateMatcher.EXACT));
            if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
                LocalDate swapped = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
                ways.add(weighted(new TermQuery(new Term(RecordDocuments.DOB,
                        RecordDocuments.dateTokens(swapped, null).get(0))), (float) DateMatcher.SWAPPED));
            }
            // One wrong digit leaves two of the three pairs intact: together they earn about ONE_DIGIT.
            BooleanQuery.Builder pairs = new BooleanQuery.Builder();
            for (int i = 1; i <= 3; i++) {
                pairs.add(weighted(new TermQuery(new Term(RecordDocuments.DOB, tokens.get(i))),
                        (float) DateMatcher.ONE_DIGIT / 2), BooleanClause.Occur.SHOULD);
            }
            ways.add(pairs.build());
            ways.add(weighted(new TermQuery(new Term(RecordDocuments.DOB, tokens.get(4))),
                    (float) DateMatcher.YEAR_ONLY));
            if (nearDates) {
                ways.add(weighted(termSet(RecordDocuments.DOB, nearMonths(date)),
                        (float) DateMatcher.YEAR_OUT_WITHIN_TWO_MONTHS));
            }
            builder.add(new DisjunctionMaxQuery(ways, 0.0f), BooleanClause.Occur.SHOULD);
        } else if (query.birthYear() != null) {
            List<String> years = new ArrayList<>();
            for (int y = query.birthYear() - query.birthYearRange(); y <= query.birthYear() + query.birthYearRange();
                 y++) {
                years.add("y" + y);
            }
            should(builder, termSet(RecordDocuments.DOB, years), (float) DateMatcher.YEAR_ONLY);
        }
    }

    /**
     * Year-month tokens of the months around the date (the month before and after) in its year, the years either
     * side and the years a decade either side: every record {@link DateMatcher#compareNear} can give credit to.
     */
    static List<String> nearMonths(LocalDate date) {
        Set<String> tokens = new LinkedHashSet<>();
        for (int years : new int[] {0, -1, 1, -10, 10}) {
            for (int months = -1; months <= 1; months++) {
                LocalDate near = date.plusYears(years).plusMonths(months);
                tokens.add(RecordDocuments.dateTokens(near, null).get(1));
            }
        }
        tokens.remove(RecordDocuments.dateTokens(date, null).get(1));
        return new ArrayList<>(tokens);
    }

    private static Query termSet(String field, List<String> values) {
        List<BytesRef> terms = new ArrayList<>(values.size());
        for (String value : values) {
            terms.add(new BytesRef(value));
        }
        return new TermInSetQuery(field, terms);
    }

    private static void should(BooleanQuery.Builder builder, Query query, float weight) {
        builder.add(weighted(query, weight), BooleanClause.Occur.SHOULD);
    }

    private static Query weighted(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }
}
