package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.screening.api.AccountExposure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account's screening exposure as a suggestion of one or two degrees of separation, and who sees its evidence. */
class SeparationSuggestionTest {

    private static final String SENDER = "0x1111111111111111111111111111111111111111";
    private static final String HACKER = "0x2222222222222222222222222222222222222222";
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private static AccountExposure direct(boolean reviewOpen) {
        return new AccountExposure("A-1", 41, AccountExposure.Degree.DIRECT, List.of("SANCTIONS"), SENDER, SENDER, 1,
                List.of(), "FREEZE", AT, reviewOpen);
    }

    private static AccountExposure indirect(boolean reviewOpen) {
        return new AccountExposure("A-1", 42, AccountExposure.Degree.INDIRECT, List.of("HACK"), SENDER, HACKER, 2,
                List.of(new AccountExposure.PathStep(HACKER, SENDER, "0xabc", 3, new BigDecimal("1.5"))), "HOLD", AT, reviewOpen);
    }

    /** A post as stored: its id is the database's, given here as the persistence provider would. */
    private static PublicPost post() {
        PublicPost p = new PublicPost(new NewPost("x", "https://x.com/a/status/1", "@someone",
                "They froze my funds, sent it on the wrong network", 100L, "2026-11-20T09:00:00Z"), "x.com/a/status/1",
                new long[128], "feed", AT);
        try {
            java.lang.reflect.Field id = PublicPost.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(p, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    @Test
    void directExposureSuggestsOneDegree_naming_theScreening_theCategory_andTheListedSender() {
        Suggestion s = ComplaintClassifier.fromExposure(direct(true));
        assertEquals(ComplaintKind.ONE_DEGREE, s.kind());
        assertTrue(s.evidence().get(0).contains("deposit screening 41 of 2026-11-20"), s.evidence().toString());
        assertTrue(s.evidence().get(0).contains("direct exposure (one degree of separation) to SANCTIONS"), s.evidence().toString());
        assertTrue(s.evidence().get(0).contains("the sender " + SENDER + " is listed; decision FREEZE"), s.evidence().toString());
        assertTrue(s.evidence().contains("a risk review is open on the account"), s.evidence().toString());
    }

    @Test
    void indirectExposureSuggestsTwoDegrees_withTheShortestPath() {
        Suggestion s = ComplaintClassifier.fromExposure(indirect(false));
        assertEquals(ComplaintKind.TWO_DEGREES, s.kind());
        assertTrue(s.evidence().get(0).contains("indirect exposure (two degrees of separation) to HACK, 2 hops back"), s.evidence().toString());
        assertEquals("shortest path: " + HACKER + " (listed) -> " + SENDER + " [tx 0xabc:3, 1.5]", s.evidence().get(1));
        assertFalse(s.evidence().stream().anyMatch(e -> e.contains("risk review")), "no review open, none claimed");
    }

    @Test
    void noExposure_noSuggestionFromScreening() {
        assertNull(ComplaintClassifier.fromExposure(null));
    }

    @Test
    void exposureOutweighsTheText_whoseSuggestionIsKeptBeside() {
        PublicPost p = post();
        Suggestion text = ComplaintClassifier.suggest(new PostFacts("sent it on the wrong network", true, false, 0, false));
        p.suggest(text, ComplaintClassifier.fromExposure(indirect(true)), 42L);
        PostView all = p.view();
        assertEquals(ComplaintKind.TWO_DEGREES, all.suggestedKind());
        assertEquals(42L, all.screeningId());
        assertTrue(all.evidence().get(1).startsWith("shortest path: " + HACKER));
        // the text suggested user error: it does not replace the screening's when the post later joins a campaign
        p.suggest(ComplaintClassifier.suggest(new PostFacts("x", false, false, 3, false)));
        assertEquals(ComplaintKind.TWO_DEGREES, p.view().suggestedKind());
    }

    @Test
    void withoutExposure_theTextSuggestionStays() {
        PublicPost p = post();
        p.suggest(ComplaintClassifier.suggest(new PostFacts("sent it on the wrong network", true, false, 0, false)), null, null);
        assertEquals(ComplaintKind.USER_ERROR, p.view().suggestedKind());
        assertNull(p.view().screeningId());
        assertEquals(p.view(), p.view(PostView.Audience.STAFF, false));
        assertEquals(p.view(), p.view(PostView.Audience.INTEGRATION, false));
    }

    @Test
    void staffWhoMayNotReadScreenings_seeTheKind_andOnlyThatARiskReviewIsOpen() {
        PublicPost p = post();
        p.suggest(null, ComplaintClassifier.fromExposure(direct(true)), 41L);
        PostView agent = p.view(PostView.Audience.STAFF, true);
        assertEquals(ComplaintKind.ONE_DEGREE, agent.suggestedKind());
        assertEquals(List.of(ComplaintClassifier.WITHHELD_REVIEW_OPEN), agent.evidence());
        assertNull(agent.screeningId());
        PostView afterRelease = p.view(PostView.Audience.STAFF, false);
        assertEquals(List.of(ComplaintClassifier.WITHHELD), afterRelease.evidence());
        PostView officer = p.view(PostView.Audience.SCREENING, true);
        assertTrue(officer.evidence().get(0).contains(SENDER));
        assertEquals(41L, officer.screeningId());
    }

    @Test
    void theIntegrationLoginIsAnsweredTheTextsSuggestion_andNoSeparationKindAtAll() {
        PublicPost p = post();
        Suggestion text = ComplaintClassifier.suggest(new PostFacts("sent it on the wrong network", true, false, 0, false));
        p.suggest(text, ComplaintClassifier.fromExposure(indirect(true)), 42L);
        PostView exchange = p.view(PostView.Audience.INTEGRATION, true);
        assertEquals(ComplaintKind.USER_ERROR, exchange.suggestedKind());
        assertEquals(text.evidence(), exchange.evidence());
        assertNull(exchange.screeningId());
        assertFalse(exchange.toString().contains(HACKER));
        assertFalse(exchange.toString().contains("risk review"));

        p.confirm(ComplaintKind.TWO_DEGREES, "officer", "held deposit, no public answer", AT);
        PostView confirmed = p.view(PostView.Audience.INTEGRATION, true);
        assertNull(confirmed.confirmedKind());
        assertNull(confirmed.reviewNote());
        assertEquals(ComplaintKind.TWO_DEGREES, p.view(PostView.Audience.STAFF, true).confirmedKind());
    }

    @Test
    void aPostWithoutAnySuggestion_stillNeedsTriage_forTheIntegrationLogin() {
        PublicPost p = post();
        p.suggest(null, ComplaintClassifier.fromExposure(direct(false)), 41L);
        assertTrue(p.view(PostView.Audience.INTEGRATION, false).needsTriage());
        assertFalse(p.view(PostView.Audience.STAFF, false).needsTriage());
    }
}
