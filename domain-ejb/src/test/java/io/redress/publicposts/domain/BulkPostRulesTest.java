package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.publicposts.domain.BulkPostRules.Decision;
import io.redress.publicposts.domain.BulkPostRules.Verdict;
import io.redress.shared.domain.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkPostRulesTest {

    private static PostView post(ComplaintKind suggested, ComplaintKind confirmed, Long screeningId, Long caseId, String accountId) {
        return new PostView(1, "https://x.com/a/status/1", "x", "a", "text", 10, Instant.EPOCH, Instant.EPOCH, accountId,
                null, caseId, false, 5L, suggested, suggested == null ? null : 70, List.of(), screeningId, confirmed,
                confirmed == null ? null : "agent", confirmed == null ? null : Instant.EPOCH, null,
                suggested == null && confirmed == null, 0);
    }

    private static void refused(String rule, Decision d) {
        assertEquals(new Decision(Verdict.REFUSED, rule), d);
    }

    @Test
    void anUnclassifiedPostIsClassifiedAsItsSuggestionOrWithAReasonAsAnother() {
        assertEquals(Verdict.CHANGE, BulkPostRules.classify(post(ComplaintKind.FUD_CAMPAIGN, null, null, null, null),
                ComplaintKind.FUD_CAMPAIGN, false).verdict());
        assertEquals(Verdict.CHANGE, BulkPostRules.classify(post(null, null, null, null, null), ComplaintKind.USER_ERROR,
                false).verdict(), "no suggestion: nothing to override");
        refused(BulkPostRules.OVERRIDE_NEEDS_NOTE, BulkPostRules.classify(post(ComplaintKind.FUD_CAMPAIGN, null, null, null, null),
                ComplaintKind.USER_ERROR, false));
        assertEquals(Verdict.CHANGE, BulkPostRules.classify(post(ComplaintKind.FUD_CAMPAIGN, null, null, null, null),
                ComplaintKind.USER_ERROR, true).verdict());
    }

    @Test
    void aPostAlreadySoIsCountedAndAPersonsOtherDecisionStands() {
        assertEquals(Verdict.ALREADY, BulkPostRules.classify(post(ComplaintKind.FUD_CAMPAIGN, ComplaintKind.FUD_CAMPAIGN, null,
                null, null), ComplaintKind.FUD_CAMPAIGN, false).verdict());
        refused(BulkPostRules.CLASSIFIED_OTHERWISE, BulkPostRules.classify(post(ComplaintKind.FUD_CAMPAIGN,
                ComplaintKind.LONG_TAIL, null, null, null), ComplaintKind.FUD_CAMPAIGN, true));
    }

    @Test
    void aScreeningsSeparationSuggestionIsNeverClassifiedInBulk() {
        refused(BulkPostRules.SEPARATION_SUGGESTED, BulkPostRules.classify(post(ComplaintKind.ONE_DEGREE, null, 9L, null,
                "ACC-1"), ComplaintKind.FUD_CAMPAIGN, true));
        refused(BulkPostRules.SEPARATION_SUGGESTED, BulkPostRules.classify(post(ComplaintKind.TWO_DEGREES, null, null, null,
                "ACC-1"), ComplaintKind.FUD_CAMPAIGN, true));
    }

    @Test
    void theRequestGivesABulkKindAndABoundedNote() {
        assertEquals(List.of(), BulkPostRules.checkClassifyAll(ComplaintKind.FUD_CAMPAIGN, null));
        assertEquals(List.of(), BulkPostRules.checkClassifyAll(ComplaintKind.USER_ERROR, "Customers confused by the fee"));
        assertEquals(List.of("kind"), fields(BulkPostRules.checkClassifyAll(null, null)));
        assertEquals(List.of("kind"), fields(BulkPostRules.checkClassifyAll(ComplaintKind.ONE_DEGREE, null)));
        assertEquals(List.of("note"), fields(BulkPostRules.checkClassifyAll(ComplaintKind.LONG_TAIL, "short")));
        assertEquals(List.of("note"), fields(BulkPostRules.checkClassifyAll(ComplaintKind.LONG_TAIL, "n".repeat(2001))));
    }

    @Test
    void linkingLeavesAnotherCaseAndAnotherCustomersPostAlone() {
        assertEquals(Verdict.CHANGE, BulkPostRules.link(post(null, null, null, null, null), 42, null).verdict());
        assertEquals(Verdict.CHANGE, BulkPostRules.link(post(null, null, null, null, null), 42, "ACC-1").verdict(),
                "a post of no customer may join a customer's case");
        assertEquals(Verdict.CHANGE, BulkPostRules.link(post(null, null, null, null, "ACC-1"), 42, "ACC-1").verdict());
        assertEquals(Verdict.ALREADY, BulkPostRules.link(post(null, null, null, 42L, "ACC-1"), 42, "ACC-1").verdict());
        refused(BulkPostRules.LINKED_ELSEWHERE, BulkPostRules.link(post(null, null, null, 7L, null), 42, null));
        refused(BulkPostRules.OTHER_ACCOUNT, BulkPostRules.link(post(null, null, null, null, "ACC-2"), 42, "ACC-1"));
        refused(BulkPostRules.OTHER_ACCOUNT, BulkPostRules.link(post(null, null, null, null, "ACC-2"), 42, null));
    }

    @Test
    void theOutcomeCountsRefusalsByRule() {
        BulkOutcome o = new BulkOutcome(3, 1, List.of(new BulkOutcome.Refused(1, "a"), new BulkOutcome.Refused(2, "a"),
                new BulkOutcome.Refused(3, "b")));
        assertEquals(Map.of("a", 2, "b", 1), o.refusedByRule());
        assertTrue(BulkPostRules.REFUSALS.contains(BulkPostRules.CHANGED_MEANWHILE));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
