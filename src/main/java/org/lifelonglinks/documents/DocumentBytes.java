package org.lifelonglinks.documents;

import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * For erasure: once documents' descriptions have left the graph, their bytes go too, unless a document on
 * another record still holds the same content.
 */
@Component
public class DocumentBytes {

    private final DocumentFiles files;
    private final DocumentRepository documents;

    DocumentBytes(DocumentFiles files, DocumentRepository documents) {
        this.files = files;
        this.documents = documents;
    }

    /** Removes the files of these hashes (and their thumbnails) that no document refers to any more. */
    public void release(Collection<String> hashes) {
        files.exclusively(() -> {
            for (String hash : hashes) {
                if (!documents.referenced(hash)) {
                    files.remove(hash);
                }
            }
            return null;
        });
    }

    /** Whether the bytes of this hash are on disk. */
    public boolean held(String hash) {
        return files.holds(hash);
    }
}
