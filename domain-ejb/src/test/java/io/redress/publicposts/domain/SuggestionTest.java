package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    @Test
    void aSuggestionKeepsItsKindScoreAndEvidence() {
        Suggestion s = new Suggestion(ComplaintKind.LONG_TAIL, 5, List.of("the customer's open case is past its SLA"));

        assertEquals(ComplaintKind.LONG_TAIL, s.kind());
        assertEquals(5, s.score());
        assertEquals(List.of("the customer's open case is past its SLA"), s.evidence());
    }

    @Test
    void laterChangesToTheCallersListDoNotChangeTheEvidence() {
        List<String> why = new ArrayList<>(List.of("a"));
        Suggestion s = new Suggestion(ComplaintKind.USER_ERROR, 3, why);
        why.add("b");

        assertEquals(List.of("a"), s.evidence());
    }

    @Test
    void theEvidenceCannotBeChanged() {
        Suggestion s = new Suggestion(ComplaintKind.USER_ERROR, 3, new ArrayList<>(List.of("a")));

        assertThrows(UnsupportedOperationException.class, () -> s.evidence().add("b"));
    }

    @Test
    void evidenceIsRequired() {
        assertThrows(NullPointerException.class, () -> new Suggestion(ComplaintKind.USER_ERROR, 3, null));
    }

    @Test
    void suggestionsWithTheSameContentAreEqual() {
        assertEquals(new Suggestion(ComplaintKind.FUD_CAMPAIGN, 6, List.of("x")),
                new Suggestion(ComplaintKind.FUD_CAMPAIGN, 6, new ArrayList<>(List.of("x"))));
    }
}
