package io.redress.messaging.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCheckpointTest {

    private static final List<MessageCheckpoint.Term> TERMS = List.of(
            new MessageCheckpoint.Term("sanctions", "tipping off"),
            new MessageCheckpoint.Term("law enforcement", "requests from authorities stay confidential"),
            new MessageCheckpoint.Term("OFAC", "names the list"));

    @Test
    void aConfidentialAccountsMessageNamingATermIsBlockedWithTheTermAndWhy() {
        var blocked = MessageCheckpoint.check("About your withdrawal", "It is held under SANCTIONS rules.", true, TERMS);
        assertEquals("sanctions", blocked.orElseThrow().term());
        assertEquals("tipping off", blocked.orElseThrow().why());
    }

    @Test
    void phrasesMatchAcrossSpacingAndAccentsAndInTheSubject() {
        assertTrue(MessageCheckpoint.check("A request from law\n  enforcement", "", true, TERMS).isPresent());
        assertTrue(MessageCheckpoint.check("", "ÓFAC list", true, TERMS).isPresent());
    }

    @Test
    void onlyWholeWordsCountAndOrdinaryAccountsPass() {
        assertTrue(MessageCheckpoint.check("", "Our sanctionsfree policy; enforcement of lawful rules", true, TERMS).isEmpty());
        assertTrue(MessageCheckpoint.check("", "It is held under sanctions rules.", false, TERMS).isEmpty());
        assertTrue(MessageCheckpoint.check("", "anything", true, List.of()).isEmpty());
    }

    @Test
    void aJapaneseTermIsFoundInsideJapaneseText_whichHasNoSpacesBetweenWords() {
        List<MessageCheckpoint.Term> japanese = List.of(new MessageCheckpoint.Term("調査", "investigation"),
                new MessageCheckpoint.Term("マネーロンダリング", "laundering"));
        assertEquals("調査", MessageCheckpoint.check("", "ご入金は調査中です。", true, japanese).orElseThrow().term());
        assertTrue(MessageCheckpoint.check("", "マネーロンダリングの疑い", true, japanese).isPresent());
        assertTrue(MessageCheckpoint.check("", "リスク管理上の確認のため、一時的に制限しております。", true, japanese).isEmpty());
    }
}
