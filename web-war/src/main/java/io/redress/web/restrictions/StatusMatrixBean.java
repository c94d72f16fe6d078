package io.redress.web.restrictions;

import io.redress.accounts.api.AccountStatus;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.Decision;
import io.redress.restrictions.domain.DecisionReason;
import io.redress.restrictions.domain.Standing;
import io.redress.restrictions.domain.StatusMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The status/action matrix, asked of {@link StatusMatrix} itself rather than copied from its javadoc, so the
 * page cannot drift from what the decision service answers. Footnote marks are found by asking again with one
 * circumstance changed: a withdrawal freeze (*), the window still open (**), open positions after it (***).
 */
@Named
@ApplicationScoped
public class StatusMatrixBean {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant WINDOW_OPEN = NOW.plus(Duration.ofDays(1));
    private static final Instant WINDOW_ENDED = NOW.minus(Duration.ofDays(1));

    public record Cell(Action action, boolean allowed, String marks, List<DecisionReason> reasons) {
    }

    public record Row(String key, AccountStatus status, boolean afterWindow, List<Cell> cells) {
    }

    private final List<Row> rows = List.of(
            row("ACTIVE", AccountStatus.ACTIVE, null),
            row("WITHDRAW_ONLY", AccountStatus.WITHDRAW_ONLY, WINDOW_OPEN),
            row("WITHDRAW_ONLY_AFTER", AccountStatus.WITHDRAW_ONLY, WINDOW_ENDED),
            row("SUSPENDED", AccountStatus.SUSPENDED, null),
            row("CLOSED", AccountStatus.CLOSED, null));

    private static Row row(String key, AccountStatus status, Instant windowEndsAt) {
        List<Cell> cells = new ArrayList<>();
        for (Action action : Action.values()) {
            Decision withPositions = StatusMatrix.decide(new Standing(status, false, windowEndsAt, 1, null), action, NOW);
            Decision withoutPositions = StatusMatrix.decide(new Standing(status, false, windowEndsAt, 0, null), action, NOW);
            Decision frozen = StatusMatrix.decide(new Standing(status, true, windowEndsAt, 1, null), action, NOW);
            StringBuilder marks = new StringBuilder();
            if (withPositions.allowed() && !frozen.allowed()) {
                marks.append('*');
            }
            if (withPositions.allowed() && windowEndsAt == WINDOW_OPEN && !StatusMatrix.decide(
                    new Standing(status, false, WINDOW_ENDED, 0, null), action, NOW).allowed()) {
                marks.append(marks.isEmpty() ? "**" : " **");
            }
            if (withPositions.allowed() && !withoutPositions.allowed()) {
                marks.append(marks.isEmpty() ? "***" : " ***");
            }
            cells.add(new Cell(action, withPositions.allowed(), marks.toString(),
                    List.copyOf(withPositions.reasons())));
        }
        return new Row(key, status, windowEndsAt == WINDOW_ENDED, List.copyOf(cells));
    }

    public List<Row> getRows() {
        return rows;
    }

    /** A cell's reasons in words, for its tooltip ({@code labels}: the page's {@code #{label}}). */
    public String reasons(Cell cell, io.redress.web.shell.Labels labels) {
        return String.join("; ", cell.reasons().stream().map(r -> labels.of("decisionReason", r)).toList());
    }

    public List<Action> getActions() {
        return Arrays.asList(Action.values());
    }
}
