package org.lifelonglinks.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * The description of a document: sent with the upload (as form fields) or, to correct it, as JSON (PATCH, where
 * a field left out is left as it is).
 *
 * @param title                what the document is, up to 200 characters (the file's name, cleaned, when absent)
 * @param date                 the day it is from, {@code YYYY-MM-DD}, not in the future (the upload day when absent)
 * @param kind                 PHOTO, LETTER, CERTIFICATE, REPORT or OTHER (a photo for images, other for a PDF)
 * @param about                the network people it is about (ids), at most 50
 * @param shareWithYoungPerson shown on the young person's own page, unless it is about someone they may not see
 */
public record DocumentRequest(String title, String date, String kind, List<String> about,
        Boolean shareWithYoungPerson) {

    /** The description checked, as kept. */
    record Checked(String title, LocalDate date, DocumentKind kind, List<String> about,
            boolean shareWithYoungPerson) {
    }

    /** For an upload: every field given a value. */
    Checked checkedForUpload(LocalDate today, String fileName, MediaType type) {
        String tidyTitle = TextRules.line("title", title, TextRules.LINE);
        if (tidyTitle == null) {
            tidyTitle = titleFrom(fileName);
        }
        if (tidyTitle == null) {
            tidyTitle = type.image() ? "Photo" : "Document";
        }
        return new Checked(tidyTitle, day(today, today), kind(type.image() ? DocumentKind.PHOTO : DocumentKind.OTHER), people(),
                shareWithYoungPerson != null && shareWithYoungPerson);
    }

    /** For a correction: the document as it would be with the fields that were sent. */
    Checked correcting(Document current, LocalDate today) {
        String tidyTitle = TextRules.line("title", title, TextRules.LINE);
        if (title != null && tidyTitle == null) {
            throw new InvalidFieldException("title", "title may not be empty");
        }
        return new Checked(tidyTitle == null ? current.title() : tidyTitle,
                date == null ? current.date() : day(today, today), kind(current.kind()),
                about == null ? current.aboutIds() : people(),
                shareWithYoungPerson == null ? current.shareWithYoungPerson() : shareWithYoungPerson);
    }

    private LocalDate day(LocalDate today, LocalDate fallback) {
        String text = TextRules.line("date", date, TextRules.LINE);
        if (text == null) {
            return fallback;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "date must be a day in the form YYYY-MM-DD");
        }
        if (day.isAfter(today)) {
            throw new InvalidFieldException("date", "date " + day + " is in the future");
        }
        return day;
    }

    private DocumentKind kind(DocumentKind fallback) {
        String text = TextRules.line("kind", kind, TextRules.LINE);
        if (text == null) {
            return fallback;
        }
        try {
            return DocumentKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "kind must be one of " + List.of(DocumentKind.values()));
        }
    }

    private List<String> people() {
        var ids = TextRules.list("about", about, TextRules.LIST).stream()
                .map(id -> {
                    String tidy = TextRules.line("about", id, TextRules.LINE);
                    if (tidy == null) {
                        throw new InvalidFieldException("about", "about lists an empty person id");
                    }
                    return tidy;
                }).toList();
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /**
     * A title made from the name the file had on the uploader's device: only its last part (no folders), the
     * characters the text rules refuse taken out, without the extension; null when nothing readable is left.
     * The name is never used for storage: the file is kept under its hash.
     */
    static String titleFrom(String fileName) {
        if (fileName == null) {
            return null;
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        base = TextRules.clean(base, false);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("^[.\\s]+", "").strip().replaceAll("\\s+", " ");
        if (base.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        if (base.codePointCount(0, base.length()) > TextRules.NAME) {
            base = base.substring(0, base.offsetByCodePoints(0, TextRules.NAME)).strip();
        }
        return base;
    }
}
