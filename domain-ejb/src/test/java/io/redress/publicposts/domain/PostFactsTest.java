package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PostFactsTest {

    @Test
    void factsKeepWhatWasKnownAboutThePost() {
        PostFacts f = new PostFacts("still waiting", true, false, 3, true);

        assertEquals("still waiting", f.text());
        assertTrue(f.matchedCustomer());
        assertFalse(f.quotesTicket());
        assertEquals(3, f.nearDuplicateHandles24h());
        assertTrue(f.openCasePastSla());
    }

    @Test
    void factsAreComparedByValue() {
        assertEquals(new PostFacts("a", true, true, 0, false), new PostFacts("a", true, true, 0, false));
        assertNotEquals(new PostFacts("a", true, true, 0, false), new PostFacts("a", true, true, 1, false));
    }
}
