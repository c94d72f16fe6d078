package io.redress.messaging.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Each term's pattern, compiled once (a held deposit's letter passes every term); a few hundred terms at most. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final int MAX_COMPILED = 1_000;

    private MessageCheckpoint() {
    }

    public static Optional<Blocked> check(String subject, String body, boolean confidential, List<Term> terms) {
        if (!confidential) {
            return Optional.empty();
        }
        String text = fold(subject + "\n" + body);
        for (Term t : terms) {
            if (pattern(t.term()).matcher(text).find()) {
                return Optional.of(new Blocked(t.term(), t.why()));
            }
        }
        return Optional.empty();
    }

    private static Pattern pattern(String term) {
        Pattern known = COMPILED.get(term);
        if (known != null) {
            return known;
        }
        if (COMPILED.size() >= MAX_COMPILED) {
            COMPILED.clear(); // terms removed long ago do not stay forever
        }
        return COMPILED.computeIfAbsent(term, MessageCheckpoint::compile);
    }

    private static Pattern compile(String term) {
        String words = Pattern.quote(fold(term)).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile(UNSPACED.matcher(term).find() ? words : "(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])");
    }

    /** Lower case, accents removed, runs of white space as one space. */
    static String fold(String s) {
        String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
