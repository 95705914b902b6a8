package org.lifelonglinks.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document or photo on a young person's record, as workers see it. The bytes are fetched separately
 * ({@code /content}, audited) and are named by {@code sha256}, never by anything typed.
 *
 * @param version    1 when uploaded, one more with each correction of the description; also its ETag
 * @param date       the day the document or photo is from (the upload day when not given)
 * @param mediaType  the type read from the content: application/pdf, image/jpeg or image/png
 * @param size       the kept bytes (a photo's metadata already removed)
 * @param about      the network people it is about, by the names workers know them by
 * @param thumbnail  whether a thumbnail is kept (photos that could be read)
 * @param reachesYoungPerson shared and about no one the safeguarding module keeps from the young person today: what
 *                   their own page shows (a shared document about someone barred or hidden does not reach them)
 */
public record Document(String id, int version, String title, LocalDate date, DocumentKind kind, String mediaType,
        long size, String sha256, List<About> about, boolean shareWithYoungPerson, String uploadedBy,
        Instant uploadedAt, boolean thumbnail, boolean reachesYoungPerson) {

    /** A person the document is about; the name is null once the person is no longer in the network. */
    public record About(String personId, String name) {
    }

    Document reaching(boolean reaches) {
        return new Document(id, version, title, date, kind, mediaType, size, sha256, about, shareWithYoungPerson,
                uploadedBy, uploadedAt, thumbnail, reaches);
    }

    List<String> aboutIds() {
        return about.stream().map(About::personId).toList();
    }

    /** The name a download is saved under: the title and the extension of the type read from the content. */
    String fileName() {
        return title + "." + MediaType.valueOf(mediaTypeName()).extension();
    }

    private String mediaTypeName() {
        for (var type : MediaType.values()) {
            if (type.contentType().equals(mediaType)) {
                return type.name();
            }
        }
        return MediaType.PDF.name();
    }
}
