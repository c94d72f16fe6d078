package io.redress.messaging.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one check every outbound message passes before it is stored. For an account with the confidentiality
 * flag, a message naming a forbidden term (as a whole word or phrase, ignoring case, accents and spacing) is
 * blocked, with the term and why. Accounts without the flag pass. A term in a script written without spaces between
 * words (Japanese, Chinese) is found anywhere in the text: there is no word boundary to look for.
 */
public final class MessageCheckpoint {

    /** A forbidden term and why it may not be said. */
    public record Term(String term, String why) {
    }

    /** Why a message was stopped. */
    public record Blocked(String term, String why) {
    }

    /** Scripts written without spaces between words. */
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private MessageCheckpoint() {
    }

    public static Optional<Blocked> check(String subject, String body, boolean confidential, List<Term> terms) {
        if (!confidential) {
            return Optional.empty();
        }
        String text = fold(subject + "\n" + body);
        for (Term t : terms) {
            String words = Pattern.quote(fold(t.term())).replace(" ", "\\E\\s+\\Q");
            String pattern = UNSPACED.matcher(t.term()).find() ? words : "(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])";
            if (Pattern.compile(pattern).matcher(text).find()) {
                return Optional.of(new Blocked(t.term(), t.why()));
            }
        }
        return Optional.empty();
    }

    /** Lower case, accents removed, runs of white space as one space. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
