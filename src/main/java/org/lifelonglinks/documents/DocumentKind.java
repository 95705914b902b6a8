package org.lifelonglinks.documents;

/** What a document is, in the words a worker and a young person would use. */
public enum DocumentKind {
    PHOTO, LETTER, CERTIFICATE, REPORT, OTHER
}
