package org.lifelonglinks.tracing;

/** The unique key of a record in the index: kind, directory and id, which together identify one person. */
final class Key {

    static final char SEPARATOR = '\u001f';

    private Key() {
    }

    static String of(TraceRecord.Kind kind, String directory, String id) {
        return kind.name() + SEPARATOR + (directory == null ? "" : directory) + SEPARATOR + id;
    }

    static String of(TraceRecord record) {
        return of(record.kind(), record.directory(), record.id());
    }
}
