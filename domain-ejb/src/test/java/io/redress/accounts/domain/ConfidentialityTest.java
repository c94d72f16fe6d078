package io.redress.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The confidentiality flag's two causes: compliance's hand, and an open risk review. */
class ConfidentialityTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aFlagSetByHand_staysWhenTheLastReviewCloses_untilComplianceLiftsIt() {
        Confidentiality c = new Confidentiality("A-1", NOW);
        assertEquals(new Confidentiality.Change(true, true), c.markByHand(true, NOW));
        assertEquals(new Confidentiality.Change(true, false), c.require(true, NOW), "already confidential");
        assertEquals(new Confidentiality.Change(true, false), c.require(false, NOW), "the review closes: the hand's flag stays");
        assertTrue(c.confidential());
        assertEquals(new Confidentiality.Change(true, true), c.markByHand(false, NOW));
        assertFalse(c.confidential());
    }

    @Test
    void aReviewsFlag_isClearedWhenItCloses() {
        Confidentiality c = new Confidentiality("A-1", NOW);
        assertEquals(new Confidentiality.Change(true, true), c.require(true, NOW));
        assertEquals(new Confidentiality.Change(true, true), c.require(false, NOW));
        assertFalse(c.confidential());
    }

    @Test
    void complianceLiftingItsCause_leavesTheFlagAnOpenReviewRequires() {
        Confidentiality c = new Confidentiality("A-1", NOW);
        c.require(true, NOW);
        c.markByHand(true, NOW);
        assertEquals(new Confidentiality.Change(true, false), c.markByHand(false, NOW));
        assertTrue(c.confidential(), "the review is still open");
        assertEquals(new Confidentiality.Change(true, true), c.require(false, NOW));
        assertFalse(c.confidential());
    }

    @Test
    void theSameStepTwice_changesNothing() {
        Confidentiality c = new Confidentiality("A-1", NOW);
        c.markByHand(true, NOW);
        assertEquals(new Confidentiality.Change(false, false), c.markByHand(true, NOW));
        assertEquals(new Confidentiality.Change(false, false), c.require(false, NOW));
    }
}
