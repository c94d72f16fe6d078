package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintClassifierTest {

    private static final String NEUTRAL = "Waiting on my withdrawal, any update please?";

    /** A known customer quoting a ticket: no signal from who wrote it. */
    private static PostFacts customer(String text) {
        return new PostFacts(text, true, true, 0, false);
    }

    private static boolean mentions(Suggestion s, String fragment) {
        return s.evidence().stream().anyMatch(e -> e.contains(fragment));
    }

    // user error

    @Test
    void sendingOnTheWrongNetworkIsAUserError() {
        Suggestion s = ComplaintClassifier.suggest(customer("I sent USDT on the wrong network and it never arrived"));

        assertEquals(ComplaintKind.USER_ERROR, s.kind());
        assertEquals(1, s.evidence().size());
        assertTrue(mentions(s, "wrong network"), s.evidence().toString());
    }

    @Test
    void userErrorPhrasesAreFoundInAnyCase() {
        Suggestion s = ComplaintClassifier.suggest(customer("SENT USDT ON THE WRONG NETWORK!!! HELP"));

        assertEquals(ComplaintKind.USER_ERROR, s.kind());
        assertTrue(mentions(s, "wrong network"), s.evidence().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Forgot the memo on my XRP deposit              | forgot the memo",
            "a fake support account on telegram took my BTC   | fake support",
            "I gave my seed phrase to someone who said he was staff | seed phrase",
            "sent it to the wrong address by mistake         | wrong address",
            "my position got liquidated in seconds           | liquidated",
            "withdrew via BEP20 and the wallet shows nothing | bep20"})
    void eachDocumentedKindOfMistakeIsRecognised(String text, String phrase) {
        Suggestion s = ComplaintClassifier.suggest(customer(text));

        assertEquals(ComplaintKind.USER_ERROR, s.kind());
        assertTrue(mentions(s, phrase), s.evidence().toString());
    }

    @Test
    void theEvidenceNamesEveryUserErrorPhraseFound() {
        Suggestion s = ComplaintClassifier.suggest(customer("clicked a link on a fake site and typed my recovery phrase"));

        assertEquals(ComplaintKind.USER_ERROR, s.kind());
        assertEquals(1, s.evidence().size());
        assertTrue(mentions(s, "clicked a link"), s.evidence().toString());
        assertTrue(mentions(s, "fake site"), s.evidence().toString());
        assertTrue(mentions(s, "recovery phrase"), s.evidence().toString());
    }

    @Test
    void moreUserErrorPhrasesScoreHigher() {
        Suggestion one = ComplaintClassifier.suggest(customer("sent it on the wrong network"));
        Suggestion three = ComplaintClassifier.suggest(customer("wrong network, wrong token, and I forgot the memo"));

        assertTrue(three.score() > one.score());
    }

    // campaign

    @ParameterizedTest
    @CsvSource({"2, 3", "3, 4", "7, 8"})
    void nearDuplicatesFromSeveralOtherHandlesAreACampaign(int otherHandles, int handlesNamed) {
        Suggestion s = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, true, otherHandles, false));

        assertEquals(ComplaintKind.FUD_CAMPAIGN, s.kind());
        assertEquals(1, s.evidence().size());
        assertTrue(mentions(s, handlesNamed + " handles"), s.evidence().toString());
        assertTrue(mentions(s, "24 hours"), s.evidence().toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void oneOtherHandleWithTheSameTextIsNotACampaign(int otherHandles) {
        assertNull(ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, true, otherHandles, false)));
    }

    @Test
    void moreHandlesScoreHigher() {
        Suggestion three = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, true, 2, false));
        Suggestion ten = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, true, 9, false));

        assertTrue(ten.score() > three.score());
    }

    @ParameterizedTest
    @ValueSource(strings = {NEUTRAL, "Great exchange, withdrawals arrive in minutes!", "how do I enable 2FA?"})
    void anUnknownAuthorWithoutTicketOutsideAnyCampaignGetsNoSuggestion(String text) {
        // the 2022 replay: every such post, praise included, was suggested as FUD
        assertNull(ComplaintClassifier.suggest(new PostFacts(text, false, false, 0, false)));
        assertNull(ComplaintClassifier.suggest(new PostFacts(text, false, false, 1, false)));
    }

    @Test
    void anUnknownAuthorWithoutTicketStrengthensCampaignEvidence() {
        Suggestion s = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, false, false, 2, false));

        assertEquals(ComplaintKind.FUD_CAMPAIGN, s.kind());
        assertEquals(2, s.evidence().size());
        assertTrue(mentions(s, "3 handles"), s.evidence().toString());
        assertTrue(mentions(s, "no customer"), s.evidence().toString());
        assertTrue(mentions(s, "no ticket"), s.evidence().toString());
    }

    @Test
    void noFudSuggestionEverLacksCampaignEvidence() {
        String[] texts = {null, NEUTRAL, "wrong network", "this exchange steals, avoid", "love it"};
        for (String text : texts) {
            for (int handles = 0; handles <= 5; handles++) {
                for (int flags = 0; flags < 8; flags++) {
                    Suggestion s = ComplaintClassifier.suggest(
                            new PostFacts(text, (flags & 1) != 0, (flags & 2) != 0, handles, (flags & 4) != 0));
                    if (s != null && s.kind() == ComplaintKind.FUD_CAMPAIGN) {
                        assertTrue(handles >= ComplaintClassifier.CAMPAIGN_HANDLES - 1, text + " " + handles + " " + flags);
                        assertTrue(mentions(s, "handles within 24 hours"), s.evidence().toString());
                    }
                }
            }
        }
    }

    @Test
    void quotingATicketIsEnoughToAvoidTheCampaignSignal() {
        assertNull(ComplaintClassifier.suggest(new PostFacts(NEUTRAL, false, true, 0, false)));
    }

    @Test
    void beingACustomerIsEnoughToAvoidTheCampaignSignal() {
        assertNull(ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, false, 0, false)));
    }

    // long tail

    @Test
    void aCustomerWhoseOpenCaseIsPastItsSlaIsTheLongTail() {
        Suggestion s = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, true, 0, true));

        assertEquals(ComplaintKind.LONG_TAIL, s.kind());
        assertEquals(1, s.evidence().size());
        assertTrue(mentions(s, "past its SLA"), s.evidence().toString());
    }

    @Test
    void aCustomerPastSlaWithoutQuotingTheTicketIsStillTheLongTail() {
        Suggestion s = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, false, 0, true));

        assertEquals(ComplaintKind.LONG_TAIL, s.kind());
    }

    // nothing

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {NEUTRAL, "Ticket RD-7K3Q-9P2M still open, can someone look at it?", "thanks for the quick fix!"})
    void aKnownCustomerQuotingATicketWithNothingWrongGetsNoSuggestion(String text) {
        assertNull(ComplaintClassifier.suggest(customer(text)));
    }

    // several signals

    @Test
    void aCampaignFromUnknownAuthorsOutweighsAUserErrorPhraseAndListsEveryCampaignReason() {
        Suggestion s = ComplaintClassifier.suggest(
                new PostFacts("this exchange is run by a scammer, they stole everything", false, false, 4, false));

        assertEquals(ComplaintKind.FUD_CAMPAIGN, s.kind());
        assertEquals(2, s.evidence().size());
        assertTrue(mentions(s, "5 handles"), s.evidence().toString());
        assertTrue(mentions(s, "no customer"), s.evidence().toString());
        assertTrue(s.evidence().stream().noneMatch(e -> e.contains("scammer")), "no user-error evidence");
    }

    @Test
    void theScoreOfTheWinnerAddsUpAllItsSignals() {
        Suggestion campaignOnly = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, true, 2, false));
        Suggestion both = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, false, false, 2, false));

        assertEquals(campaignOnly.score() + 2, both.score());
    }

    @Test
    void anOverdueCaseOutweighsASingleUserErrorPhrase() {
        Suggestion s = ComplaintClassifier.suggest(
                new PostFacts("sent to the wrong address, case open for a week", true, true, 0, true));

        assertEquals(ComplaintKind.LONG_TAIL, s.kind());
        assertEquals(List.of("the customer's open case is past its SLA"), s.evidence());
    }

    @Test
    void manyUserErrorPhrasesOutweighAnOverdueCase() {
        Suggestion s = ComplaintClassifier.suggest(new PostFacts(
                "clicked a link to a fake site from fake support and gave my seed phrase", true, true, 0, true));

        assertEquals(ComplaintKind.USER_ERROR, s.kind());
        assertTrue(s.evidence().stream().noneMatch(e -> e.contains("SLA")), s.evidence().toString());
    }

    @Test
    void aUserErrorPhraseOutweighsTheBareNoCustomerSignal() {
        Suggestion s = ComplaintClassifier.suggest(
                new PostFacts("I sent USDT on the wrong network and it never arrived", false, false, 0, false));

        assertEquals(ComplaintKind.USER_ERROR, s.kind());
        assertTrue(mentions(s, "wrong network"), s.evidence().toString());
    }

    @Test
    void aCampaignOutweighsAnOverdueCase() {
        Suggestion s = ComplaintClassifier.suggest(new PostFacts(NEUTRAL, true, true, 2, true));

        assertEquals(ComplaintKind.FUD_CAMPAIGN, s.kind());
    }

    @Test
    void theSeparationKindsAreNeverSuggested() {
        String[] texts = {null, NEUTRAL, "wrong network", "phishing fake site scammer seed phrase liquidated"};
        for (String text : texts) {
            for (int handles = 0; handles <= 5; handles++) {
                for (int flags = 0; flags < 8; flags++) {
                    Suggestion s = ComplaintClassifier.suggest(
                            new PostFacts(text, (flags & 1) != 0, (flags & 2) != 0, handles, (flags & 4) != 0));
                    if (s != null) {
                        assertNotEquals(ComplaintKind.ONE_DEGREE, s.kind());
                        assertNotEquals(ComplaintKind.TWO_DEGREES, s.kind());
                        assertTrue(s.score() > 0);
                        assertTrue(!s.evidence().isEmpty());
                    }
                }
            }
        }
    }
}
