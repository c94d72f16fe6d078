package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingPolicyTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    private static final Instant IN_10_DAYS = NOW.plus(Duration.ofDays(10));
    private static final Instant IN_30_DAYS = NOW.plus(Duration.ofDays(30));

    private static InForce withdrawOnly(long id, Instant windowEndsAt) {
        return new InForce(id, Measure.WITHDRAW_ONLY, windowEndsAt, false);
    }

    private static InForce suspend(long id) {
        return new InForce(id, Measure.SUSPEND, null, false);
    }

    private static InForce closing(long id, Instant windowEndsAt) {
        return new InForce(id, Measure.CLOSE, windowEndsAt, false);
    }

    private static InForce closed(long id, Instant windowEndsAt) {
        return new InForce(id, Measure.CLOSE, windowEndsAt, true);
    }

    private static InForce freeze(long id) {
        return new InForce(id, Measure.FREEZE_WITHDRAWALS, null, false);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                all.add(p);
            }
        }
        return all;
    }

    @Test
    void noMeasuresInForceMeansAnActiveAccount() {
        Standing s = StandingPolicy.resolve(List.of(), 4);

        assertEquals(new Standing(AccountStatus.ACTIVE, false, null, 4, null), s);
        assertEquals(Standing.active(4), s);
    }

    @Test
    void withdrawOnlyAloneGivesWithdrawOnlyWithItsWindow() {
        Standing s = StandingPolicy.resolve(List.of(withdrawOnly(7, IN_10_DAYS)), 0);

        assertEquals(new Standing(AccountStatus.WITHDRAW_ONLY, false, IN_10_DAYS, 0, 7L), s);
    }

    @Test
    void aSuspensionAloneSuspendsWithoutAWindow() {
        Standing s = StandingPolicy.resolve(List.of(suspend(8)), 0);

        assertEquals(new Standing(AccountStatus.SUSPENDED, false, null, 0, 8L), s);
    }

    @Test
    void aClosureBeforeItCompletesRunsAsWithdrawOnlyWithItsWindow() {
        Standing s = StandingPolicy.resolve(List.of(closing(9, IN_10_DAYS)), 0);

        assertEquals(new Standing(AccountStatus.WITHDRAW_ONLY, false, IN_10_DAYS, 0, 9L), s);
    }

    @Test
    void aCompletedClosureClosesTheAccountAndDropsTheWindow() {
        Standing s = StandingPolicy.resolve(List.of(closed(9, NOW.minusSeconds(60))), 0);

        assertEquals(new Standing(AccountStatus.CLOSED, false, null, 0, 9L), s);
    }

    @Test
    void aFreezeAloneLeavesTheAccountActiveWithWithdrawalsFrozen() {
        Standing s = StandingPolicy.resolve(List.of(freeze(11)), 0);

        assertEquals(AccountStatus.ACTIVE, s.status());
        assertTrue(s.withdrawalsFrozen());
        assertNull(s.windowEndsAt());
        assertEquals(11L, s.restrictionId(), "the freeze is the only restriction behind the standing");
    }

    @Test
    void aLiftInTheListChangesNothing() {
        Standing s = StandingPolicy.resolve(List.of(new InForce(12, Measure.LIFT, null, false)), 1);

        assertEquals(AccountStatus.ACTIVE, s.status());
        assertFalse(s.withdrawalsFrozen());
        assertNull(s.windowEndsAt());
    }

    @Test
    void closedBeatsSuspendedBeatsWithdrawOnlyInAnyOrder() {
        List<InForce> measures = List.of(withdrawOnly(1, IN_10_DAYS), suspend(2), closed(3, NOW.minusSeconds(1)));
        for (List<InForce> order : permutations(measures)) {
            Standing s = StandingPolicy.resolve(order, 0);
            assertEquals(AccountStatus.CLOSED, s.status(), order::toString);
            assertEquals(3L, s.restrictionId(), order::toString);
            assertNull(s.windowEndsAt(), order::toString);
        }
    }

    @Test
    void suspendedBeatsWithdrawOnlyInAnyOrderAndTheWindowIsDropped() {
        for (List<InForce> order : permutations(List.of(withdrawOnly(1, IN_10_DAYS), suspend(2)))) {
            assertEquals(new Standing(AccountStatus.SUSPENDED, false, null, 0, 2L), StandingPolicy.resolve(order, 0),
                    order::toString);
        }
    }

    @Test
    void aSuspensionBeatsAClosureThatHasNotCompleted() {
        for (List<InForce> order : permutations(List.of(closing(1, IN_10_DAYS), suspend(2)))) {
            assertEquals(new Standing(AccountStatus.SUSPENDED, false, null, 0, 2L), StandingPolicy.resolve(order, 0),
                    order::toString);
        }
    }

    @Test
    void aCompletedClosureBeatsASuspension() {
        for (List<InForce> order : permutations(List.of(suspend(2), closed(3, NOW)))) {
            assertEquals(new Standing(AccountStatus.CLOSED, false, null, 0, 3L), StandingPolicy.resolve(order, 0),
                    order::toString);
        }
    }

    @Test
    void aFreezeIsIndependentOfTheStatusAndNeverDefinesIt() {
        List<InForce> cases = List.of(withdrawOnly(1, IN_10_DAYS), suspend(2), closing(3, IN_10_DAYS), closed(4, NOW));
        for (InForce statusMeasure : cases) {
            Standing alone = StandingPolicy.resolve(List.of(statusMeasure), 0);
            for (List<InForce> order : permutations(List.of(freeze(99), statusMeasure))) {
                Standing s = StandingPolicy.resolve(order, 0);
                assertTrue(s.withdrawalsFrozen(), order::toString);
                assertEquals(alone.status(), s.status(), order::toString);
                assertEquals(alone.windowEndsAt(), s.windowEndsAt(), order::toString);
                assertEquals(statusMeasure.restrictionId(), s.restrictionId(), order::toString);
            }
        }
    }

    @Test
    void withTwoWindowsTheLatestEndCountsInAnyOrder() {
        for (List<InForce> order : permutations(List.of(withdrawOnly(1, IN_30_DAYS), withdrawOnly(2, IN_10_DAYS)))) {
            Standing s = StandingPolicy.resolve(order, 0);
            assertEquals(AccountStatus.WITHDRAW_ONLY, s.status(), order::toString);
            assertEquals(IN_30_DAYS, s.windowEndsAt(), order::toString);
        }
    }

    @Test
    void aWithdrawOnlyAndAClosureInProgressShareTheLatestWindow() {
        for (List<InForce> order : permutations(List.of(withdrawOnly(1, IN_10_DAYS), closing(2, IN_30_DAYS)))) {
            Standing s = StandingPolicy.resolve(order, 0);
            assertEquals(AccountStatus.WITHDRAW_ONLY, s.status(), order::toString);
            assertEquals(IN_30_DAYS, s.windowEndsAt(), order::toString);
        }
        for (List<InForce> order : permutations(List.of(withdrawOnly(1, IN_30_DAYS), closing(2, IN_10_DAYS)))) {
            assertEquals(IN_30_DAYS, StandingPolicy.resolve(order, 0).windowEndsAt(), order::toString);
        }
    }

    @Test
    void theWindowIsSetOnlyForWithdrawOnly() {
        assertNull(StandingPolicy.resolve(List.of(), 0).windowEndsAt());
        assertNull(StandingPolicy.resolve(List.of(freeze(1)), 0).windowEndsAt());
        assertNull(StandingPolicy.resolve(List.of(suspend(1), withdrawOnly(2, IN_10_DAYS)), 0).windowEndsAt());
        assertNull(StandingPolicy.resolve(List.of(closed(1, IN_10_DAYS)), 0).windowEndsAt());
        assertNull(StandingPolicy.resolve(List.of(closed(1, NOW), closing(2, IN_30_DAYS)), 0).windowEndsAt());
        assertEquals(IN_10_DAYS, StandingPolicy.resolve(List.of(withdrawOnly(1, IN_10_DAYS)), 0).windowEndsAt());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 17})
    void theOpenPositionsAreCarriedThrough(int positions) {
        assertEquals(positions, StandingPolicy.resolve(List.of(), positions).openDerivativesPositions());
        assertEquals(positions, StandingPolicy.resolve(List.of(withdrawOnly(1, IN_10_DAYS)), positions).openDerivativesPositions());
        assertEquals(positions, StandingPolicy.resolve(List.of(suspend(1), freeze(2)), positions).openDerivativesPositions());
        assertEquals(positions, StandingPolicy.resolve(List.of(closed(1, NOW)), positions).openDerivativesPositions());
    }
}
