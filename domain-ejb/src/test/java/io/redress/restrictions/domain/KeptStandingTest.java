package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.accounts.api.AccountStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeptStandingTest {

    private static final Instant CREATED = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2025-02-01T10:00:00Z");
    private static final Instant WINDOW_END = Instant.parse("2025-03-01T00:00:00Z");

    @Test
    void aNewAccountStandsActiveWithNothingInForce() {
        KeptStanding s = new KeptStanding("ACC-1", CREATED);

        assertEquals(AccountStatus.ACTIVE, s.status());
        assertFalse(s.withdrawalsFrozen());
        assertEquals(null, s.windowEndsAt());
        assertEquals(null, s.restrictionId());
    }

    @Test
    void takesTheStandingTheMeasuresGive() {
        KeptStanding s = new KeptStanding("ACC-1", CREATED);

        assertTrue(s.apply(new Standing(AccountStatus.WITHDRAW_ONLY, true, WINDOW_END, 3, 7L), LATER));

        assertEquals(AccountStatus.WITHDRAW_ONLY, s.status());
        assertTrue(s.withdrawalsFrozen());
        assertEquals(WINDOW_END, s.windowEndsAt());
        assertEquals(7L, s.restrictionId());
    }

    @Test
    void theSameStandingAgainIsNoChange() {
        KeptStanding s = new KeptStanding("ACC-1", CREATED);
        s.apply(new Standing(AccountStatus.SUSPENDED, false, null, 0, 9L), LATER);

        assertFalse(s.apply(new Standing(AccountStatus.SUSPENDED, false, null, 5, 9L), LATER),
                "open positions are the exchange's fact, not part of the kept standing");
        assertFalse(new KeptStanding("ACC-2", CREATED).apply(Standing.active(0), LATER));
    }

    @Test
    void theSnapshotHoldsTheStandingAsJson() {
        KeptStanding s = new KeptStanding("ACC-1", CREATED);
        s.apply(new Standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_END, 0, 7L), LATER);

        assertEquals("{\"accountId\":\"ACC-1\",\"status\":\"WITHDRAW_ONLY\",\"withdrawalsFrozen\":false,"
                + "\"windowEndsAt\":\"2025-03-01T00:00:00Z\",\"restrictionId\":7}", s.snapshot().toJson());
    }
}
