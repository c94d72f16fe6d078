package io.redress.bench;

import io.redress.accounts.api.AccountStatus;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.Decision;
import io.redress.restrictions.domain.DecisionReason;
import io.redress.restrictions.domain.Standing;
import io.redress.restrictions.domain.StatusMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process decision: {@link StatusMatrix#decide(Standing, Action, Instant)}, the pure function behind
 * GET /api/v1/accounts/{id}/decision and POST /api/v1/decisions, without HTTP, security or the database.
 * One benchmark per path through the matrix; the standings are built once and the clock is fixed, so only
 * the decision itself is measured. Each benchmark returns the Decision, so JMH consumes it (no dead code).
 * Target (issue): at most 2 microseconds median.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {

    // not final: the JIT must not constant-fold the inputs
    Instant now;
    Standing active;
    Standing withdrawOnlyInWindow;
    Standing withdrawOnlyAfterWindowWithPositions;
    Standing frozen;
    Action withdraw;
    Action reduceOnlyTrade;

    @Setup
    public void setUp() {
        now = Instant.parse("2025-06-01T12:00:00Z");
        active = new Standing(AccountStatus.ACTIVE, false, null, 2, null);
        withdrawOnlyInWindow = new Standing(AccountStatus.WITHDRAW_ONLY, false, now.plus(Duration.ofDays(14)), 0, 1_050L);
        withdrawOnlyAfterWindowWithPositions =
                new Standing(AccountStatus.WITHDRAW_ONLY, false, now.minus(Duration.ofDays(3)), 3, 1_100L);
        frozen = new Standing(AccountStatus.ACTIVE, true, null, 0, 1_150L);
        withdraw = Action.WITHDRAW;
        reduceOnlyTrade = Action.REDUCE_ONLY_TRADE;

        // the benchmarks must measure the path their name says
        expect(decideActive(), true, List.of(DecisionReason.ACCOUNT_ACTIVE));
        expect(decideWithdrawOnlyInWindow(), true, List.of(DecisionReason.WITHDRAW_ONLY_ALLOWS));
        expect(decideWithdrawOnlyAfterWindowOpenPositions(), true,
                List.of(DecisionReason.WINDOW_ENDED, DecisionReason.OPEN_POSITIONS_MAY_BE_REDUCED));
        expect(decideFrozenWithdrawal(), false, List.of(DecisionReason.ACCOUNT_ACTIVE, DecisionReason.WITHDRAWALS_FROZEN));
    }

    private static void expect(Decision d, boolean allowed, List<DecisionReason> reasons) {
        if (d.allowed() != allowed || !d.reasons().equals(reasons)) {
            throw new IllegalStateException("unexpected decision " + d + ", expected allowed=" + allowed + " " + reasons);
        }
    }

    /** ACTIVE account asking to withdraw: allowed. */
    @Benchmark
    public Decision decideActive() {
        return StatusMatrix.decide(active, withdraw, now);
    }

    /** WITHDRAW_ONLY, inside its withdrawal window, asking to withdraw: allowed. */
    @Benchmark
    public Decision decideWithdrawOnlyInWindow() {
        return StatusMatrix.decide(withdrawOnlyInWindow, withdraw, now);
    }

    /** WITHDRAW_ONLY, window ended, derivatives positions still open, asking a reduce-only trade: allowed. */
    @Benchmark
    public Decision decideWithdrawOnlyAfterWindowOpenPositions() {
        return StatusMatrix.decide(withdrawOnlyAfterWindowWithPositions, reduceOnlyTrade, now);
    }

    /** ACTIVE but under a withdrawal freeze, asking to withdraw: denied (the path that builds a new reason list). */
    @Benchmark
    public Decision decideFrozenWithdrawal() {
        return StatusMatrix.decide(frozen, withdraw, now);
    }
}
