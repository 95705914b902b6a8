package org.lifelonglinks.documents;

/**
 * The kinds of file the service keeps, told apart by their first bytes, never by the name or the type the browser
 * claims.
 */
public enum MediaType {

    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String contentType;
    private final String extension;

    MediaType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The HTTP content type the bytes are answered with. */
    public String contentType() {
        return contentType;
    }

    /** The file name extension a download is given. */
    public String extension() {
        return extension;
    }

    public boolean image() {
        return this != PDF;
    }

    /** The type the content starts with, or null when it is none of the kept kinds. */
    static MediaType sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return JPEG;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
