package io.redress.shared.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}, written straight into UTF-8 bytes: fields
 * separated by tabs, rows ended by a line feed, {@code \N} for null, and a backslash, tab, line feed or carriage return
 * inside a value escaped with a backslash (so no value can end a row or the data early). What {@link RowSetStatements#copy}
 * sends.
 */
public final class CopyText {

    private byte[] bytes;
    private int length;
    private boolean rowStarted;

    /** Room for about {@code expectedBytes} before the buffer grows. */
    public CopyText(int expectedBytes) {
        bytes = new byte[Math.max(64, expectedBytes)];
    }

    /** A text field, or null. */
    public CopyText field(String value) {
        separate();
        if (value == null) {
            ensure(2);
            bytes[length++] = '\\';
            bytes[length++] = 'N';
            return this;
        }
        int n = value.length();
        ensure(2 * n);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // not ASCII: the rest of the value through the JDK's encoder (surrogate pairs included)
                utf8(value.substring(i));
                return this;
            }
            escaped((byte) c);
        }
        return this;
    }

    /** A number field. */
    public CopyText field(long value) {
        separate();
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return this;
        }
        ensure(20);
        if (value < 0) {
            bytes[length++] = '-';
            value = -value;
        }
        int start = length;
        do {
            bytes[length++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte b = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = b;
        }
        return this;
    }

    /** Ends the row. */
    public CopyText endRow() {
        ensure(1);
        bytes[length++] = '\n';
        rowStarted = false;
        return this;
    }

    /** The bytes written so far (the array is the buffer: read {@link #length()} of them). */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** What was written, as text (for tests). */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void separate() {
        if (rowStarted) {
            ensure(1);
            bytes[length++] = '\t';
        }
        rowStarted = true;
    }

    private void utf8(String rest) {
        for (byte b : rest.getBytes(StandardCharsets.UTF_8)) {
            ensure(2);
            escaped(b);
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    /** One byte, escaped if it is one of the format's own (UTF-8's multi-byte sequences never are). Room for 2 ensured. */
    private void escaped(byte b) {
        switch (b) {
            case '\\' -> {
                bytes[length++] = '\\';
                bytes[length++] = '\\';
            }
            case '\t' -> {
                bytes[length++] = '\\';
                bytes[length++] = 't';
            }
            case '\n' -> {
                bytes[length++] = '\\';
                bytes[length++] = 'n';
            }
            case '\r' -> {
                bytes[length++] = '\\';
                bytes[length++] = 'r';
            }
            default -> bytes[length++] = b;
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
