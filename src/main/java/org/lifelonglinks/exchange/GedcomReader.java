package org.lifelonglinks.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GEDCOM 5.5.1 or 7.0 file into its records. The character set comes from a byte-order mark, from the
 * zero bytes of UTF-16 without one, or from the header's {@code CHAR} (UTF-8, UNICODE, ASCII, ANSEL, ANSI);
 * bytes that are not valid in it are refused. Lines are read one at a time and no line may be longer than
 * {@link #MAX_LINE} characters, so a hostile file (one 50 MB line) is refused without being held in memory.
 * Structure is checked as it is read: levels may rise one at a time, a record starts at level 0, continuation
 * lines ({@code CONT}, {@code CONC}) join their parent's value, and the file must end with {@code TRLR}.
 */
final class GedcomReader {

    static final int MAX_LINE = 32_768;
    private static final int HEADER_PEEK = 8192;
    private static final Pattern LINE = Pattern.compile(
            "(\\d{1,2}) +(?:(@[^@]+@) +)?([A-Za-z0-9_]+)(?: (.*))?",
            // A value may hold U+0085 or U+2028, which are not line ends in GEDCOM; the names are cleaned later.
            Pattern.DOTALL);
    private static final Pattern CHAR = Pattern.compile("(?m)^\\s*1 +CHAR +([A-Za-z0-9-]+)");

    private GedcomReader() {
    }

    /** The level-0 records, header and trailer included, in file order. */
    static List<GedcomNode> read(InputStream input) {
        var records = new ArrayList<GedcomNode>();
        read(input, records::add);
        return records;
    }

    /**
     * Hands each level-0 record, whole, to {@code sink} as soon as the next one starts, so the caller may let it go:
     * the file is never held whole. Problems of the file's form found later (no trailer) still refuse it.
     */
    static void read(InputStream input, java.util.function.Consumer<GedcomNode> sink) {
        var in = new BufferedInputStream(input, HEADER_PEEK * 2);
        try {
            String charset = detectCharset(in);
            try (Reader reader = reader(in, charset)) {
                parse(reader, charset, sink);
            }
        } catch (IOException e) {
            throw new InvalidGedcomException(0, "could not be read: " + e.getMessage());
        }
    }

    private static String detectCharset(BufferedInputStream in) throws IOException {
        in.mark(HEADER_PEEK);
        byte[] head = in.readNBytes(HEADER_PEEK);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return "UTF-8";
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            in.skipNBytes(2);
            return "UTF-16BE";
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            in.skipNBytes(2);
            return "UTF-16LE";
        }
        if (head.length >= 2 && head[0] == '0' && head[1] == 0) {
            return "UTF-16LE";
        }
        if (head.length >= 2 && head[0] == 0 && head[1] == '0') {
            return "UTF-16BE";
        }
        if (head.length == 0) {
            throw new InvalidGedcomException(0, "the file is empty");
        }
        Matcher declared = CHAR.matcher(new String(head, StandardCharsets.ISO_8859_1));
        String name = declared.find() ? declared.group(1).toUpperCase(Locale.ROOT) : "UTF-8";
        return switch (name) {
            case "UTF-8", "UTF8" -> "UTF-8";
            case "ASCII", "US-ASCII" -> "US-ASCII";
            case "ANSEL" -> "ANSEL";
            case "ANSI", "WINDOWS-1252", "CP1252" -> "windows-1252";
            case "LATIN1", "ISO-8859-1", "ISO8859-1" -> "ISO-8859-1";
            // Files labelled UNICODE without UTF-16's zero bytes are UTF-8 in practice (checked strictly below).
            case "UNICODE" -> "UTF-8";
            default -> throw new InvalidGedcomException(0, "character set " + name + " is not supported (UTF-8, "
                    + "UTF-16, ASCII, ANSEL and ANSI are)");
        };
    }

    private static Reader reader(InputStream in, String charset) {
        if (charset.equals("ANSEL")) {
            return new AnselReader(in);
        }
        var decoder = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static void parse(Reader reader, String charset, java.util.function.Consumer<GedcomNode> sink)
            throws IOException {
        var records = new Records(sink);
        var open = new ArrayList<GedcomNode>();
        var line = new StringBuilder();
        int number = 0;
        boolean sawTrailer = false;
        boolean lastWasCr = false;
        while (true) {
            int c;
            try {
                c = reader.read();
            } catch (CharacterCodingException e) {
                throw new InvalidGedcomException(number + 1, "bytes that are not valid " + charset);
            }
            if (c == '\n' && lastWasCr) {
                lastWasCr = false;
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                lastWasCr = c == '\r';
                if (c >= 0 || !line.isEmpty()) {
                    number++;
                    if (sawTrailer && !line.toString().isBlank()) {
                        throw new InvalidGedcomException(number, "text after the trailer (TRLR)");
                    }
                    sawTrailer |= accept(line.toString(), number, records, open);
                    line.setLength(0);
                }
                if (c < 0) {
                    break;
                }
                continue;
            }
            lastWasCr = false;
            if (line.length() >= MAX_LINE) {
                throw new InvalidGedcomException(number + 1, "the line is longer than " + MAX_LINE + " characters");
            }
            line.append((char) c);
        }
        if (records.first == null || !records.first.equals("HEAD")) {
            throw new InvalidGedcomException(1, "a GEDCOM file starts with 0 HEAD");
        }
        if (!sawTrailer) {
            throw new InvalidGedcomException(number, "the file ends without 0 TRLR: it may have been cut short");
        }
        records.finish();
    }

    /** The records read so far: each is handed on when the next begins, the last at the end. */
    private static final class Records {
        private final java.util.function.Consumer<GedcomNode> sink;
        /** Each tag once, not once per line: a file repeats a few dozen tags a million times. */
        private final java.util.Map<String, String> tags = new java.util.HashMap<>();
        private GedcomNode current;
        private String first;

        Records(java.util.function.Consumer<GedcomNode> sink) {
            this.sink = sink;
        }

        void add(GedcomNode record) {
            if (first == null) {
                first = record.tag();
            }
            finish();
            current = record;
        }

        void finish() {
            if (current != null) {
                sink.accept(current);
                current = null;
            }
        }

        String tag(String tag) {
            return tags.size() < 1_000 ? tags.computeIfAbsent(tag, t -> t) : tags.getOrDefault(tag, tag);
        }
    }

    /** Adds one line to the tree; true if it is the trailer. */
    private static boolean accept(String text, int number, Records records, List<GedcomNode> open) {
        String trimmed = number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        trimmed = trimmed.stripLeading();
        if (trimmed.isEmpty()) {
            return false;
        }
        Matcher m = LINE.matcher(trimmed);
        if (!m.matches()) {
            throw new InvalidGedcomException(number, "not a GEDCOM line (level, optional @XREF@, tag, value): '"
                    + abbreviate(trimmed) + "'");
        }
        int level = Integer.parseInt(m.group(1));
        String tag = records.tag(m.group(3).toUpperCase(Locale.ROOT));
        String value = unescape(m.group(4));
        if (level > open.size()) {
            throw new InvalidGedcomException(number, "level " + level + " follows level " + (open.size() - 1)
                    + ": levels may rise only one at a time");
        }
        while (open.size() > level) {
            open.removeLast();
        }
        if (tag.equals("CONT") || tag.equals("CONC")) {
            if (level == 0) {
                throw new InvalidGedcomException(number, tag + " cannot start a record");
            }
            var parent = open.getLast();
            parent.append((tag.equals("CONT") ? "\n" : "") + (value == null ? "" : value));
            return false;
        }
        var node = new GedcomNode(level, m.group(2), tag, value, number);
        if (level == 0) {
            records.add(node);
        } else {
            open.getLast().children().add(node);
        }
        open.add(node);
        return level == 0 && tag.equals("TRLR");
    }

    /** {@code @@} stands for one {@code @} in values (GEDCOM 5.5.1 everywhere, 7.0 at the start). */
    private static String unescape(String value) {
        return value == null ? null : value.replace("@@", "@");
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
