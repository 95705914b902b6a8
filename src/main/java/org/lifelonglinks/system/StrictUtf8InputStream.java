package org.lifelonglinks.system;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through unchanged while checking that they are well-formed UTF-8 (RFC 3629): no overlong forms
 * (a two-byte {@code <} is the classic way past a filter that looks for the one-byte one), no encoded surrogates,
 * nothing above U+10FFFF, no stray continuation bytes, no sequence cut off at the end. JSON parsers decode
 * leniently for speed; this refuses what they would let through.
 */
final class StrictUtf8InputStream extends FilterInputStream {

    /** Bytes of the current character still expected. */
    private int pending;
    /** The smallest and largest allowed value of the next continuation byte (narrower after E0, ED, F0, F4). */
    private int low = 0x80;
    private int high = 0xBF;
    private long offset;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int n = super.read(buffer, from, length);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[from + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would go unchecked; read them instead.
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int b) throws InvalidUtf8Exception {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new InvalidUtf8Exception(offset);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                // C0 and C1 start only overlong forms; F5 to FF, and continuation bytes, never start a character.
                throw new InvalidUtf8Exception(offset);
            }
        }
        offset++;
    }

    private void end() throws InvalidUtf8Exception {
        if (pending > 0) {
            throw new InvalidUtf8Exception(offset);
        }
    }

    /** Bytes that are not UTF-8, at a byte offset counted from 0. */
    static final class InvalidUtf8Exception extends IOException {

        InvalidUtf8Exception(long offset) {
            super("The body is not valid UTF-8: byte " + offset + " is invalid or part of an overlong form", null);
        }
    }
}
