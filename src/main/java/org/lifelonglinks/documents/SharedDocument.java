package org.lifelonglinks.documents;

import java.time.LocalDate;

/**
 * A document shared with the young person, as their own page shows it: its title (also the picture's alternative
 * text), the day, the kind and where to fetch it; nothing about who uploaded it or whom it is about.
 */
public record SharedDocument(String id, String title, LocalDate date, DocumentKind kind, String mediaType,
        String content, String thumbnail) {
}
