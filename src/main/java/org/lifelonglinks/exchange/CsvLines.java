package org.lifelonglinks.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.lifelonglinks.system.BadRequestException;

/**
 * Reads RFC 4180 CSV one record at a time: quoted fields may hold commas, quotes ("") and line breaks. Reads the
 * characters through its own buffer (a large import is millions of characters; a call per character into a
 * synchronised reader was a visible part of its time).
 */
final class CsvLines implements AutoCloseable {

    /** Longer than any real field: a bigger one is a broken quote or a hostile file, refused before it fills memory. */
    static final int MAX_FIELD = 10_000;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;

    CsvLines(Reader in) {
        this.in = in;
    }

    /** The line being read now (where a decoding failure is). */
    int lineBeingRead() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The line the last record started on. */
    int line() {
        return recordLine;
    }

    /** The next record's fields, or null at the end. */
    List<String> next() throws IOException {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        recordLine = line;
        int c;
        while ((c = read()) >= 0) {
            any = true;
            if (field.length() >= MAX_FIELD) {
                throw new BadRequestException("file", "line " + line + ": a field is longer than " + MAX_FIELD
                        + " characters (an unclosed quote?); nothing was imported");
            }
            if (quoted) {
                if (c == '"') {
                    int next = peek();
                    if (next == '"') {
                        position++;
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                line++;
                fields.add(field.toString());
                return fields;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    /** The next character without taking it, or -1 at the end. */
    private int peek() throws IOException {
        if (position == limit) {
            position = 0;
            limit = 0;
            int read;
            do {
                read = in.read(buffer, 0, buffer.length);
            } while (read == 0);
            if (read < 0) {
                return -1;
            }
            limit = read;
        }
        return buffer[position];
    }
}
