package io.redress.cases.domain;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole words a case must contain to match a phrase search ({@code search_text LIKE '%phrase%'}), as a
 * PostgreSQL text-search query over the word index of the case's text (CaseQueue). A word index answers it from a few
 * posting lists, where the trigram index intersects one list per trigram, the frequent ones ("the", " on") nearly
 * as long as the table. The query only narrows: the LIKE still decides, so it must never leave out a match.
 * Hence only words the text-search parser surely reads as themselves: ASCII letters and digits, bounded by spaces
 * on both sides in the phrase, so the words in the middle. The first word may end a longer word ("sent" in
 * "absent") and the last may begin one; as a prefix, the last word made the index gather every word it begins,
 * which cost more than it saved.
 */
public final class PhraseWords {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]{1,100}");

    private PhraseWords() {
    }

    /** {@code phrase}: lower case, single spaces (as the queue searches). Empty when no word in the middle qualifies. */
    public static Optional<String> tsQuery(String phrase) {
        String[] words = phrase.strip().split(" ");
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 1; i < words.length - 1; i++) {
            if (WORD.matcher(words[i]).matches()) {
                terms.add(words[i]);
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", terms));
    }
}
