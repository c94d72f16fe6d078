package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static io.redress.restrictions.domain.DecisionReason.ACCOUNT_ACTIVE;
import static io.redress.restrictions.domain.DecisionReason.ACCOUNT_CLOSED;
import static io.redress.restrictions.domain.DecisionReason.ACCOUNT_SUSPENDED;
import static io.redress.restrictions.domain.DecisionReason.OPEN_POSITIONS_MAY_BE_REDUCED;
import static io.redress.restrictions.domain.DecisionReason.SUSPENDED_ALLOWS;
import static io.redress.restrictions.domain.DecisionReason.WINDOW_ENDED;
import static io.redress.restrictions.domain.DecisionReason.WITHDRAWALS_FROZEN;
import static io.redress.restrictions.domain.DecisionReason.WITHDRAW_ONLY_ALLOWS;
import static io.redress.restrictions.domain.DecisionReason.WITHDRAW_ONLY_FORBIDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusMatrixTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    private static final Instant WINDOW_OPEN_UNTIL = NOW.plus(Duration.ofDays(3));
    private static final Instant WINDOW_ENDED_AT = NOW.minus(Duration.ofHours(1));
    private static final long RESTRICTION = 42L;

    /** The matrix of the javadoc, for an account that is not frozen and (for WITHDRAW_ONLY) inside its window. */
    private static final Map<AccountStatus, Set<Action>> ALLOWED = Map.of(
            AccountStatus.ACTIVE, EnumSet.allOf(Action.class),
            AccountStatus.WITHDRAW_ONLY, EnumSet.of(Action.LOGIN, Action.REDUCE_ONLY_TRADE, Action.WITHDRAW,
                    Action.WITHDRAW_TO_NEW_ADDRESS),
            AccountStatus.SUSPENDED, EnumSet.of(Action.LOGIN, Action.WITHDRAW, Action.WITHDRAW_TO_NEW_ADDRESS),
            AccountStatus.CLOSED, EnumSet.noneOf(Action.class));

    private static Standing standing(AccountStatus status, boolean frozen, Instant windowEndsAt, int positions) {
        return new Standing(status, frozen, windowEndsAt, positions,
                status == AccountStatus.ACTIVE && !frozen ? null : RESTRICTION);
    }

    /** Inside the window for WITHDRAW_ONLY, no window for the others; no open positions. */
    private static Standing inWindow(AccountStatus status, boolean frozen) {
        return standing(status, frozen, status == AccountStatus.WITHDRAW_ONLY ? WINDOW_OPEN_UNTIL : null, 0);
    }

    static Stream<Arguments> everyStatusAndAction() {
        return Arrays.stream(AccountStatus.values())
                .flatMap(s -> Arrays.stream(Action.values()).map(a -> Arguments.of(s, a)));
    }

    static Stream<Arguments> everyActionWithAndWithoutOpenPositions() {
        return Arrays.stream(Action.values()).flatMap(a -> Stream.of(Arguments.of(a, 0), Arguments.of(a, 3)));
    }

    /** The reasons the javadoc and {@link DecisionReason} give for an account that is not frozen. */
    private static List<DecisionReason> expectedReasons(AccountStatus status, boolean allowed) {
        return switch (status) {
            case ACTIVE -> List.of(ACCOUNT_ACTIVE);
            case WITHDRAW_ONLY -> List.of(allowed ? WITHDRAW_ONLY_ALLOWS : WITHDRAW_ONLY_FORBIDS);
            case SUSPENDED -> allowed ? List.of(ACCOUNT_SUSPENDED, SUSPENDED_ALLOWS) : List.of(ACCOUNT_SUSPENDED);
            case CLOSED -> List.of(ACCOUNT_CLOSED);
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStatusAndAction")
    void everyStatusAllowsExactlyTheActionsOfTheMatrix(AccountStatus status, Action action) {
        Decision d = StatusMatrix.decide(inWindow(status, false), action, NOW);

        boolean expected = ALLOWED.get(status).contains(action);
        assertEquals(expected, d.allowed(), status + " " + action);
        assertEquals(expectedReasons(status, expected), d.reasons(), status + " " + action);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStatusAndAction")
    void aWithdrawalFreezeDeniesWithdrawInEveryStatusAndChangesNothingElse(AccountStatus status, Action action) {
        Decision unfrozen = StatusMatrix.decide(inWindow(status, false), action, NOW);
        Decision frozen = StatusMatrix.decide(inWindow(status, true), action, NOW);

        if (action == Action.WITHDRAW || action == Action.WITHDRAW_TO_NEW_ADDRESS) {
            assertFalse(frozen.allowed(), status.toString());
            assertEquals(WITHDRAWALS_FROZEN, frozen.reasons().get(frozen.reasons().size() - 1), frozen.reasons()::toString);
            assertEquals(unfrozen.reasons(), frozen.reasons().subList(0, frozen.reasons().size() - 1),
                    "the status reasons are kept and the freeze is added");
        } else {
            assertEquals(unfrozen, frozen, status + " " + action);
            assertFalse(frozen.reasons().contains(WITHDRAWALS_FROZEN));
        }
    }

    @ParameterizedTest(name = "{0}, {1} open positions")
    @MethodSource("everyActionWithAndWithoutOpenPositions")
    void afterTheWindowOnlyLoginWithdrawAndReducingOpenPositionsRemain(Action action, int positions) {
        Decision d = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_ENDED_AT, positions), action, NOW);

        boolean expected = action == Action.LOGIN || action == Action.WITHDRAW || action == Action.WITHDRAW_TO_NEW_ADDRESS
                || action == Action.REDUCE_ONLY_TRADE && positions > 0;
        assertEquals(expected, d.allowed(), action + " with " + positions + " positions");
        assertTrue(d.reasons().contains(WINDOW_ENDED), d.reasons()::toString);
    }

    @Test
    void afterTheWindowTheReasonsSayWhy() {
        Standing noPositions = standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_ENDED_AT, 0);
        Standing openPositions = standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_ENDED_AT, 2);

        assertEquals(new Decision(true, List.of(WITHDRAW_ONLY_ALLOWS, WINDOW_ENDED)),
                StatusMatrix.decide(noPositions, Action.LOGIN, NOW));
        assertEquals(new Decision(true, List.of(WITHDRAW_ONLY_ALLOWS, WINDOW_ENDED)),
                StatusMatrix.decide(noPositions, Action.WITHDRAW, NOW));
        assertEquals(new Decision(true, List.of(WINDOW_ENDED, OPEN_POSITIONS_MAY_BE_REDUCED)),
                StatusMatrix.decide(openPositions, Action.REDUCE_ONLY_TRADE, NOW));
        assertEquals(new Decision(false, List.of(WITHDRAW_ONLY_FORBIDS, WINDOW_ENDED)),
                StatusMatrix.decide(noPositions, Action.REDUCE_ONLY_TRADE, NOW));
        assertEquals(new Decision(false, List.of(WITHDRAW_ONLY_FORBIDS, WINDOW_ENDED)),
                StatusMatrix.decide(openPositions, Action.TRADE, NOW));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void aWindowEndingExactlyNowHasEnded(Action action) {
        Decision atEnd = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, false, NOW, 0), action, NOW);
        Decision ended = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_ENDED_AT, 0), action, NOW);

        assertEquals(ended, atEnd);
        assertTrue(atEnd.reasons().contains(WINDOW_ENDED), atEnd.reasons()::toString);
    }

    @Test
    void aWindowEndingInOneSecondIsStillOpen() {
        Standing s = standing(AccountStatus.WITHDRAW_ONLY, false, NOW.plusSeconds(1), 0);

        Decision d = StatusMatrix.decide(s, Action.REDUCE_ONLY_TRADE, NOW);

        assertEquals(new Decision(true, List.of(WITHDRAW_ONLY_ALLOWS)), d);
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void aWithdrawOnlyAccountWithoutAWindowEndIsInsideTheWindow(Action action) {
        Decision noEnd = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, false, null, 0), action, NOW);
        Decision open = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_OPEN_UNTIL, 0), action, NOW);

        assertEquals(open, noEnd);
        assertFalse(noEnd.reasons().contains(WINDOW_ENDED));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void insideTheWindowOpenPositionsChangeNothing(Action action) {
        Decision none = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_OPEN_UNTIL, 0), action, NOW);
        Decision some = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_OPEN_UNTIL, 5), action, NOW);

        assertEquals(none, some);
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void afterTheWindowAFreezeStillOnlyTakesAwayWithdrawals(Action action) {
        Decision unfrozen = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, false, WINDOW_ENDED_AT, 2), action, NOW);
        Decision frozen = StatusMatrix.decide(standing(AccountStatus.WITHDRAW_ONLY, true, WINDOW_ENDED_AT, 2), action, NOW);

        if (action == Action.WITHDRAW || action == Action.WITHDRAW_TO_NEW_ADDRESS) {
            assertEquals(new Decision(false, List.of(WITHDRAW_ONLY_ALLOWS, WINDOW_ENDED, WITHDRAWALS_FROZEN)), frozen);
        } else {
            assertEquals(unfrozen, frozen);
        }
    }

    @Test
    void aFrozenWithdrawalKeepsTheStatusReasonsFirst() {
        assertEquals(new Decision(false, List.of(ACCOUNT_ACTIVE, WITHDRAWALS_FROZEN)),
                StatusMatrix.decide(inWindow(AccountStatus.ACTIVE, true), Action.WITHDRAW, NOW));
        assertEquals(new Decision(false, List.of(ACCOUNT_SUSPENDED, SUSPENDED_ALLOWS, WITHDRAWALS_FROZEN)),
                StatusMatrix.decide(inWindow(AccountStatus.SUSPENDED, true), Action.WITHDRAW, NOW));
        assertEquals(new Decision(false, List.of(ACCOUNT_CLOSED, WITHDRAWALS_FROZEN)),
                StatusMatrix.decide(inWindow(AccountStatus.CLOSED, true), Action.WITHDRAW, NOW));
        assertEquals(new Decision(false, List.of(WITHDRAW_ONLY_ALLOWS, WITHDRAWALS_FROZEN)),
                StatusMatrix.decide(inWindow(AccountStatus.WITHDRAW_ONLY, true), Action.WITHDRAW, NOW));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void aSuspendedOrClosedAccountIgnoresWindowsAndPositions(Action action) {
        for (AccountStatus status : List.of(AccountStatus.SUSPENDED, AccountStatus.CLOSED)) {
            Decision plain = StatusMatrix.decide(standing(status, false, null, 0), action, NOW);
            assertEquals(plain, StatusMatrix.decide(standing(status, false, WINDOW_ENDED_AT, 4), action, NOW), status.toString());
            assertEquals(plain, StatusMatrix.decide(standing(status, false, WINDOW_OPEN_UNTIL, 4), action, NOW), status.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("everyStatusAndAction")
    void aProtectiveLockRefusesApiTradingAndNewAddressesAndNamesItselfOnWithdrawals(AccountStatus status, Action action) {
        Standing open = inWindow(status, false);
        Decision without = StatusMatrix.decide(open, action, NOW);
        Decision with = StatusMatrix.decide(open.withProtectiveLock(true), action, NOW);
        switch (action) {
            case API_TRADE, WITHDRAW_TO_NEW_ADDRESS -> {
                assertFalse(with.allowed(), status + " " + action);
                assertTrue(with.reasons().contains(DecisionReason.PROTECTIVE_LOCK), with.toString());
            }
            case WITHDRAW -> {
                assertEquals(without.allowed(), with.allowed(), "to addresses already used: as the status says");
                assertTrue(with.reasons().contains(DecisionReason.PROTECTIVE_LOCK), "the exchange learns of the lock");
            }
            default -> assertEquals(without, with, "a protective lock is no restriction: " + status + " " + action);
        }
    }

    @Test
    void aProtectiveLockAndAFreezeBothSayWhy() {
        Decision d = StatusMatrix.decide(inWindow(AccountStatus.ACTIVE, true).withProtectiveLock(true),
                Action.WITHDRAW_TO_NEW_ADDRESS, NOW);
        assertEquals(new Decision(false, List.of(DecisionReason.ACCOUNT_ACTIVE, DecisionReason.WITHDRAWALS_FROZEN,
                DecisionReason.PROTECTIVE_LOCK)), d);
    }

    @Test
    void theReasonsOfADecisionCannotBeChanged() {
        Decision d = StatusMatrix.decide(Standing.active(0), Action.TRADE, NOW);

        assertThrows(UnsupportedOperationException.class,
                () -> d.reasons().add(WITHDRAWALS_FROZEN));
    }
}
