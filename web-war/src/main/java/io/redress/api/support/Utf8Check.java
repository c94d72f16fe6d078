package io.redress.api.support;

/**
 * Whether bytes fed in pieces are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF). A body's bytes are otherwise decoded with replacement characters, and a name or a note would be stored
 * with U+FFFD where the client sent something else.
 */
final class Utf8Check {

    private int pending;      // continuation bytes still expected
    private int lower = 0x80; // the range of the next continuation byte (narrower after E0, ED, F0, F4)
    private int upper = 0xBF;
    private long offset;
    private long firstBad = -1;

    /** Feeds {@code length} bytes; false once any byte so far was not well-formed. */
    boolean feed(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length && firstBad < 0; i++, offset++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if (b < lower || b > upper) {
                    firstBad = offset;
                }
                pending--;
                lower = 0x80;
                upper = 0xBF;
            } else if (b >= 0x80) {
                lead(b);
            }
        }
        return firstBad < 0;
    }

    private void lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            lower = b == 0xE0 ? 0xA0 : 0x80;
            upper = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            lower = b == 0xF0 ? 0x90 : 0x80;
            upper = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            firstBad = offset; // a continuation byte without a lead, C0, C1, F5-FF
        }
    }

    /** At the end of the bytes: well-formed so far and no sequence cut short. */
    boolean complete() {
        if (firstBad < 0 && pending > 0) {
            firstBad = offset;
        }
        return firstBad < 0;
    }

    /** The offset of the first byte that broke the form, or -1. */
    long firstBad() {
        return firstBad;
    }
}
