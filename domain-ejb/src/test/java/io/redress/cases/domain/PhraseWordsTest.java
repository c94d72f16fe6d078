package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhraseWordsTest {

    @Test
    void theWordsInTheMiddle() {
        assertEquals(Optional.of("sol & on & the & polygon"), PhraseWords.tsQuery("sent sol on the polygon network"));
    }

    @Test
    void theFirstAndLastWordsAreLeftOutBecauseTheyMayBePartOfLongerWords() {
        assertEquals(Optional.of("on"), PhraseWords.tsQuery("sent on network"));
    }

    @Test
    void phrasesOfOneOrTwoWordsHaveNoWordInTheMiddle() {
        assertEquals(Optional.empty(), PhraseWords.tsQuery("still pending"));
        assertEquals(Optional.empty(), PhraseWords.tsQuery("pend"));
    }

    @Test
    void wordsWithPunctuationOrOutsideAsciiAreLeftToTheLike() {
        assertEquals(Optional.empty(), PhraseWords.tsQuery("e-mail on-chain the"));
        assertEquals(Optional.of("fee"), PhraseWords.tsQuery("wrong fee x@y.com"));
        assertEquals(Optional.empty(), PhraseWords.tsQuery("送金 日本 遅い"));
        assertEquals(Optional.of("and"), PhraseWords.tsQuery("a and b's"));
    }

    @Test
    void aRepeatedWordIsAskedOnce() {
        assertEquals(Optional.of("on"), PhraseWords.tsQuery("x on on the"));
    }
}
