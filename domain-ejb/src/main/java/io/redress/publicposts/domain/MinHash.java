package io.redress.publicposts.domain;

/**
 * MinHash signatures of shingle sets, and locality-sensitive bands over them. Two posts whose shingle sets
 * have Jaccard similarity s agree on each signature slot with probability s; with 16 bands of 4 slots, pairs
 * at s = 0.8 share at least one band with probability above 0.999, pairs at s = 0.3 rarely. Candidates found
 * through bands are confirmed on the signature estimate.
 */
public final class MinHash {

    public static final int SIZE = 64;
    public static final int BANDS = 16;
    public static final int ROWS = SIZE / BANDS;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    private MinHash() {
    }

    public static long[] signature(long[] shingles) {
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long h = mix(s ^ SEEDS[i]) & Long.MAX_VALUE;
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity: the share of slots on which the signatures agree. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** One hash per band: equal band hashes make two posts candidates for a comparison. */
    public static long[] bands(long[] signature) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x84222325CBF29CE4L ^ b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ signature[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** 16 lower-case hex digits per value, no separator. Written and read by hand: intake decodes every candidate's. */
    public static String encode(long[] signature) {
        char[] out = new char[signature.length * 16];
        int at = 0;
        for (long v : signature) {
            for (int shift = 60; shift >= 0; shift -= 4) {
                out[at++] = HEX[(int) (v >>> shift) & 0xF];
            }
        }
        return new String(out);
    }

    public static long[] decode(String text) {
        if (text.length() != SIZE * 16) {
            throw new IllegalArgumentException("a signature is " + SIZE * 16 + " hex digits, not " + text.length());
        }
        long[] sig = new long[SIZE];
        int at = 0;
        for (int i = 0; i < SIZE; i++) {
            long v = 0;
            for (int d = 0; d < 16; d++) {
                int digit = Character.digit(text.charAt(at++), 16);
                if (digit < 0) {
                    throw new IllegalArgumentException("not a hex digit at " + (at - 1) + " of a signature");
                }
                v = (v << 4) | digit;
            }
            sig[i] = v;
        }
        return sig;
    }

    /** SplitMix64 finaliser: a fast, well-spread 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
