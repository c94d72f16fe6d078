package io.redress.restrictions.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Folds text to what a reader sees, so that a word check cannot be walked around: Unicode NFKC (full-width and
 * ligature forms), invisible characters removed (zero-width spaces and joiners, soft hyphens, bidi marks: every
 * format character), accents dropped, Cyrillic and Greek letters that look like Latin ones read as those, and
 * digits or signs standing for letters inside a word ("cr1t1c1sm") read as letters. Lower case; every run of
 * other characters becomes one space.
 */
public final class TextFolding {

    /** Cyrillic and Greek letters drawn like Latin letters (after lower-casing). */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('ё', 'e'), Map.entry('к', 'k'),
            Map.entry('м', 'm'), Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('ѕ', 's'), Map.entry('і', 'i'),
            Map.entry('ї', 'i'), Map.entry('ј', 'j'), Map.entry('һ', 'h'), Map.entry('ԁ', 'd'), Map.entry('ԛ', 'q'),
            Map.entry('ԝ', 'w'), Map.entry('ӏ', 'l'), Map.entry('ɡ', 'g'), Map.entry('ı', 'i'),
            Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'), Map.entry('η', 'n'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('μ', 'u'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'),
            Map.entry('τ', 't'), Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('γ', 'y'), Map.entry('ω', 'w'),
            Map.entry('ζ', 'z'), Map.entry('ς', 's'));
    /** Inside a word only: "cr1t1c1sm", "c0mplain", "$lander". */
    private static final Map<Character, Character> LEET = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's',
            '7', 't', '@', 'a', '$', 's');

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder visible = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT && !Character.isIdentifierIgnorable(cp)
                && cp != 0x034F && cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0)
                .forEach(visible::appendCodePoint);
        String bare = Normalizer.normalize(visible, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String lower = bare.toLowerCase(Locale.ROOT);
        char[] chars = lower.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            Character latin = LOOK_ALIKES.get(chars[i]);
            if (latin != null) {
                chars[i] = latin;
            }
        }
        for (int i = 0; i < chars.length; i++) {
            Character letter = LEET.get(chars[i]);
            if (letter != null && (isLetterAt(chars, i - 1) || isLetterAt(chars, i + 1))) {
                chars[i] = letter;
            }
        }
        return joinSpelledOut(new String(chars).replaceAll("[^\\p{L}\\p{N}]+", " ").trim());
    }

    /** "c o m p l a i n": three or more single letters in a row are read as one word. */
    private static String joinSpelledOut(String words) {
        String[] tokens = words.split(" ");
        StringBuilder out = new StringBuilder(words.length());
        int i = 0;
        while (i < tokens.length) {
            int j = i;
            while (j < tokens.length && tokens[j].length() == 1 && Character.isLetter(tokens[j].charAt(0))) {
                j++;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            if (j - i >= 3) {
                for (int k = i; k < j; k++) {
                    out.append(tokens[k]);
                }
                i = j;
            } else {
                out.append(tokens[i]);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isLetterAt(char[] chars, int i) {
        return i >= 0 && i < chars.length && Character.isLetter(chars[i]);
    }
}
