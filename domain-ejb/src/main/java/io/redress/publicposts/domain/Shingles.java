package io.redress.publicposts.domain;

import io.redress.shared.domain.Fnv1a;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shingles of a post: hashes of every run of three consecutive words after normalising away what
 * campaign tooling varies between copies (case, accents, URLs, @handles, #tags, digits, punctuation).
 */
public final class Shingles {

    static final int WORDS = 3;
    private static final Pattern NOISE = Pattern.compile("https?://\\S+|www\\.\\S+|[@#]\\w+|\\d+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\s]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Shingles() {
    }

    public static String normalise(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        t = NOISE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
        t = NON_WORD.matcher(t).replaceAll(" ");
        return SPACE.matcher(t).replaceAll(" ").trim();
    }

    /** Distinct 64-bit hashes of the word 3-grams (a short text of one or two words gives one shingle). */
    public static long[] of(String text) {
        String[] words = normalise(text).split(" ");
        if (words.length == 1 && words[0].isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, words.length - WORDS + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + WORDS); j++) {
                sb.append(words[j]).append(' ');
            }
            out[i] = Fnv1a.hash64(sb.toString());
        }
        return java.util.Arrays.stream(out).distinct().toArray();
    }
}
