package org.lifelonglinks.tracing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a {@link TraceRecord} to a Lucene document and back. Every searchable value is an untokenised term in one of
 * a few fields, so the index needs no analyser: {@code nm} holds every normalised name form (given, surname, former
 * surnames, known-as; parts and joined), {@code ph} their Double Metaphone codes, {@code dob} date tokens (the full
 * date and its year-month, month-day and year-day pairs, so one wrong digit still shares two tokens), {@code pc}
 * the postcode and outward code, {@code tw} the town. The record itself is kept in one compact binary doc value.
 */
final class RecordDocuments {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String DIRECTORY = "dir";
    static final String NAME = "nm";
    static final String PHONETIC = "ph";
    static final String DOB = "dob";
    static final String POSTCODE = "pc";
    static final String TOWN = "tw";
    static final String SOURCE = "src";

    private static final char FIELD = '\u001f';
    private static final char LIST = '\u001e';

    private RecordDocuments() {
    }

    static Document toDocument(TraceRecord record) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Key.of(record), Field.Store.NO));
        doc.add(new StringField(KIND, record.kind().name(), Field.Store.NO));
        if (record.directory() != null) {
            doc.add(new StringField(DIRECTORY, record.directory(), Field.Store.NO));
        }
        Set<String> names = new LinkedHashSet<>();
        names.addAll(NameNormaliser.forms(record.givenName()));
        names.addAll(NameNormaliser.forms(record.familyName()));
        names.addAll(NameNormaliser.forms(record.knownAs()));
        for (String former : record.formerFamilyNames()) {
            names.addAll(NameNormaliser.forms(former));
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String name : names) {
            doc.add(new StringField(NAME, name, Field.Store.NO));
            codes.addAll(Phonetics.codes(name));
        }
        for (String code : codes) {
            doc.add(new StringField(PHONETIC, code, Field.Store.NO));
        }
        for (String token : dateTokens(record.dateOfBirth(), record.birthYear())) {
            doc.add(new StringField(DOB, token, Field.Store.NO));
        }
        String postcode = NameNormaliser.postcode(record.postcode());
        if (!postcode.isEmpty()) {
            doc.add(new StringField(POSTCODE, "p" + postcode, Field.Store.NO));
            doc.add(new StringField(POSTCODE, "o" + NameNormaliser.outwardCode(postcode), Field.Store.NO));
        }
        String town = NameNormaliser.joined(record.town());
        if (!town.isEmpty()) {
            doc.add(new StringField(TOWN, town, Field.Store.NO));
        }
        // Doc values, not a stored field: re-ranking reads a few hundred records per search at random, and
        // stored fields would decompress a whole block for each.
        doc.add(new BinaryDocValuesField(SOURCE, new BytesRef(encode(record))));
        return doc;
    }

    /** The date tokens of a full date, or the year token alone when only the year is known. */
    static List<String> dateTokens(LocalDate date, Integer year) {
        if (date == null) {
            return year == null ? List.of() : List.of("y" + year);
        }
        String y = String.format("%04d", date.getYear());
        String m = String.format("%02d", date.getMonthValue());
        String d = String.format("%02d", date.getDayOfMonth());
        return List.of("f" + y + m + d, "ym" + y + m, "md" + m + d, "yd" + y + d, "y" + y);
    }

    static String encode(TraceRecord r) {
        StringBuilder out = new StringBuilder(96);
        append(out, r.kind().name());
        append(out, r.id());
        append(out, r.directory());
        append(out, r.givenName());
        append(out, r.familyName());
        out.append(String.join(String.valueOf(LIST), r.formerFamilyNames().stream().map(RecordDocuments::clean)
                .toList())).append(FIELD);
        append(out, r.knownAs());
        append(out, r.dateOfBirth() == null ? null : r.dateOfBirth().toString());
        append(out, r.birthYear() == null ? null : r.birthYear().toString());
        append(out, r.sex());
        append(out, r.town());
        append(out, r.postcode());
        out.append(r.doNotContact() ? '1' : '0');
        return out.toString();
    }

    static TraceRecord decode(String encoded) {
        String[] f = encoded.split(String.valueOf(FIELD), -1);
        List<String> formers = f[5].isEmpty() ? List.of()
                : new ArrayList<>(Arrays.asList(f[5].split(String.valueOf(LIST), -1)));
        return new TraceRecord(TraceRecord.Kind.valueOf(f[0]), f[1], blank(f[2]), blank(f[3]), blank(f[4]),
                formers, blank(f[6]), f[7].isEmpty() ? null : LocalDate.parse(f[7]),
                f[8].isEmpty() ? null : Integer.valueOf(f[8]), blank(f[9]), blank(f[10]), blank(f[11]),
                f[12].equals("1"));
    }

    private static void append(StringBuilder out, String value) {
        if (value != null) {
            out.append(clean(value));
        }
        out.append(FIELD);
    }

    /** Control characters would break the stored encoding; they have no place in a name or a place anyway. */
    private static String clean(String value) {
        boolean dirty = false;
        for (int i = 0; i < value.length() && !dirty; i++) {
            dirty = Character.isISOControl(value.charAt(i));
        }
        if (!dirty) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
