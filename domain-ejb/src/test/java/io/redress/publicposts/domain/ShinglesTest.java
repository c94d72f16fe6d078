package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ShinglesTest {

    private static final String POST = "this exchange froze my withdrawal and support never answers";

    private static Set<Long> set(long[] shingles) {
        return Arrays.stream(shingles).boxed().collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "THIS Exchange FROZE my Withdrawal           | this exchange froze my withdrawal",
            "Café déjà vu, naïve façade                 | cafe deja vu naive facade",
            "see https://evil.example/x?y=1 and www.foo.io/bar now | see and now",
            "HTTP://EXAMPLE.COM/PATH done                | done",
            "hey @RedressSupport and @user_123 answer   | hey and answer",
            "#scam #Exchange2024 they stole it          | they stole it",
            "lost 5000 usdt on 12.03.2025               | lost usdt on",
            "usdt20 and 3x                               | usdt and x",
            "WHY?!! no... answer, at all;               | why no answer at all"})
    void normaliseStripsWhatCampaignToolingVaries(String text, String expected) {
        assertEquals(expected, Shingles.normalise(text));
    }

    @Test
    void normaliseCollapsesWhitespaceAndSplitsOnApostrophes() {
        assertEquals("don t you dare ignore me", Shingles.normalise("  Don't   you\t\tdare\n\nignore me  "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!! ??? ...", "12345", "@handle #tag https://x.io 42"})
    void normaliseOfNothingButNoiseIsEmpty(String text) {
        assertEquals("", Shingles.normalise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This exchange FROZE my withdrawal and support NEVER answers",
            "this exchange froze my withdrawal and support never answers!!!",
            "this exchánge fróze my withdrâwal and support never answers",
            "this exchange froze my withdrawal and support never answers https://t.co/AbC123",
            "@Redress this exchange froze my withdrawal and support never answers",
            "this exchange froze my withdrawal and support never answers #scam #fud",
            "this exchange froze my 5000 withdrawal and support never answers 2025",
            "This exchange, froze my withdrawal... and support never answers? @a @b www.x.io 99"})
    void textsDifferingOnlyInNoiseGiveTheSameShingles(String variant) {
        assertArrayEquals(Shingles.of(POST), Shingles.of(variant));
    }

    @Test
    void differentWordingGivesDifferentShingles() {
        long[] original = Shingles.of(POST);
        long[] reworded = Shingles.of("this exchange froze my deposit and support never replies");

        assertFalse(Arrays.equals(original, reworded));
        assertTrue(set(original).stream().anyMatch(set(reworded)::contains), "shared runs remain shared");
        assertFalse(set(original).containsAll(set(reworded)));
    }

    @Test
    void entirelyDifferentTextsShareNoShingles() {
        Set<Long> a = set(Shingles.of(POST));
        Set<Long> b = set(Shingles.of("great app fast deposits friendly staff would recommend to friends"));

        assertTrue(a.stream().noneMatch(b::contains));
    }

    @Test
    void wordOrderMatters() {
        assertFalse(Arrays.equals(Shingles.of("froze my withdrawal"), Shingles.of("my withdrawal froze")));
    }

    @Test
    void aTextGivesOneShinglePerRunOfThreeWords() {
        // 9 words: 7 runs of three
        assertEquals(7, Shingles.of(POST).length);
        assertEquals(1, Shingles.of("three words here").length);
        assertEquals(2, Shingles.of("four words are here").length);
    }

    @Test
    void repeatedRunsAreCountedOnce() {
        long[] shingles = Shingles.of("scam scam scam scam scam scam");

        assertEquals(1, shingles.length);
        long[] cycle = Shingles.of("a b c a b c a b c");
        assertEquals(3, cycle.length);
        assertEquals(cycle.length, set(cycle).size());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "https://t.co/x @someone #fud 100%"})
    void anEmptyTextGivesNoShingles(String text) {
        assertEquals(0, Shingles.of(text).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"scam", "SCAM!", "total scam", "Total scam @exchange https://x.io"})
    void aShortTextGivesOneShingle(String text) {
        assertEquals(1, Shingles.of(text).length);
    }

    @Test
    void shortTextsWithDifferentWordsGiveDifferentShingles() {
        assertFalse(Arrays.equals(Shingles.of("scam"), Shingles.of("fraud")));
        assertFalse(Arrays.equals(Shingles.of("total scam"), Shingles.of("scam")));
        assertArrayEquals(Shingles.of("Total SCAM!"), Shingles.of("total scam"));
    }

    @Test
    void shinglesAreStableAcrossCalls() {
        assertArrayEquals(Shingles.of(POST), Shingles.of(POST));
    }
}
