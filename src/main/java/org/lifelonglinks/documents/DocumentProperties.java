package org.lifelonglinks.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of documents and photos.
 *
 * @param maxSize       the largest file taken ({@code lifelinks.documents.max-size}, default {@code 10MB}); the
 *                      servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}) follows it
 * @param thumbnailSize the longer side of a photo's thumbnail in pixels ({@code lifelinks.documents.thumbnail-size},
 *                      default 320)
 */
@ConfigurationProperties("lifelinks.documents")
record DocumentProperties(DataSize maxSize, Integer thumbnailSize) {

    DocumentProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        thumbnailSize = thumbnailSize == null ? 320 : thumbnailSize;
        if (maxSize.toBytes() <= 0 || maxSize.toBytes() > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("lifelinks.documents.max-size must be between 1 byte and 2 GB");
        }
        if (thumbnailSize < 16 || thumbnailSize > 2000) {
            throw new IllegalArgumentException("lifelinks.documents.thumbnail-size must be between 16 and 2000");
        }
    }
}
