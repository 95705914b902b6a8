package org.lifelonglinks.tracing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV rows one at a time (RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks and
 * doubled quotes), remembering the line each row starts on. Streams: holds one row in memory.
 */
final class CsvRows {

    /** One row: its fields, the line it starts on, and whether a quoted field ran to the end of the file. */
    record Row(List<String> fields, long line, boolean unterminatedQuote) {
    }

    private final Reader in;
    private long line = 1;
    private int pushedBack = -2;

    CsvRows(Reader in) {
        this.in = in;
    }

    /** The next row, or {@code null} at the end of the input. Blank lines are skipped. */
    Row next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            unread(c);
            return readRow();
        }
    }

    private Row readRow() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    fields.add(field.toString());
                    return new Row(fields, start, true);
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        unread(next);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == -1 || c == '\n') {
                fields.add(field.toString());
                if (c == '\n') {
                    line++;
                }
                return new Row(fields, start, false);
            }
            if (c == '\r') {
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
