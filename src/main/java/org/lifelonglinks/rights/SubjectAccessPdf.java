package org.lifelonglinks.rights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.system.PdfPages;

/**
 * The subject access pack as an A4 PDF to hand over: the same content as the JSON, each section under a heading,
 * each field as "label: value" in words, wrapped over as many pages as needed (as the printed plan is made).
 */
final class SubjectAccessPdf {

    private static final float MARGIN = 56;
    private static final Map<String, String> HEADINGS = Map.of(
            "subject", "What we hold about you",
            "contactDetails", "Your contact details",
            "inNetworks", "Where you appear in young people's networks",
            "kinship", "Family ties recorded",
            "caseNotesAndTasks", "Case notes, tasks and documents about you",
            "dataProtection", "Why we hold it, what you were told, how long we keep it",
            "ownRecord", "Your own record");

    private SubjectAccessPdf() {
    }

    static byte[] render(Map<String, Object> pack) {
        try (var pages = new PdfPages(MARGIN)) {
            var regular = pages.regular;
            var bold = pages.bold;
            pages.paragraph("Subject access: the information we hold", bold, 18, 8);
            pages.paragraph("Made " + pack.get("generatedAt") + " by " + pack.get("generatedBy")
                    + ". Names of other people: " + pack.get("namesOfOthers") + ".", regular, 11, 10);
            for (var entry : pack.entrySet()) {
                String heading = HEADINGS.get(entry.getKey());
                if (heading == null) {
                    continue;
                }
                pages.space(8);
                pages.paragraph(heading, bold, 14, 6);
                var lines = new ArrayList<String>();
                describe(entry.getValue(), "", lines);
                if (lines.isEmpty()) {
                    lines.add("Nothing recorded.");
                }
                lines.forEach(line -> pages.paragraph(line, regular, 11, 2));
            }
            pages.space(10);
            pages.paragraph(String.valueOf(pack.get("note")), regular, 10, 4);
            return pages.toBytes("Subject access");
        }
    }

    /** Fields as "label: value" lines, nested ones indented; empty fields left out. */
    private static void describe(Object value, String indent, List<String> lines) {
        if (value instanceof Record record) {
            describe(SubjectAccessService.asMap(record), indent, lines);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v == null || v instanceof Collection<?> c && c.isEmpty()) {
                    return;
                }
                if (v instanceof Map<?, ?> || v instanceof Record || v instanceof Collection<?>) {
                    lines.add(indent + words(String.valueOf(k)) + ":");
                    describe(v, indent + "    ", lines);
                } else {
                    lines.add(indent + words(String.valueOf(k)) + ": " + v);
                }
            });
        } else if (value instanceof Collection<?> list) {
            int i = 1;
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof Record) {
                    lines.add(indent + "(" + i++ + ")");
                    describe(item, indent + "    ", lines);
                } else {
                    lines.add(indent + "- " + item);
                }
            }
        } else if (value != null) {
            lines.add(indent + value);
        }
    }

    /** camelCase to words: "dateOfBirth" to "date of birth". */
    private static String words(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
