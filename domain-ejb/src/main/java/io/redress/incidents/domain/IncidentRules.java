package io.redress.incidents.domain;

import io.redress.shared.domain.DuplicatePending;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StorableText;
import io.redress.shared.domain.WrittenReason;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The rules of declaring an incident and of its bulk actions (four eyes), as plain Java. */
public final class IncidentRules {

    public static final int MIN_TEXT = 10;
    public static final int MAX_KNOWN = 4000;
    public static final int MAX_JUSTIFICATION = 2000;
    /** A decision's note (its column's size). */
    public static final int MAX_NOTE = 2000;
    /** How far back an incident may be suspected to have begun: keys older than that are not the question. */
    public static final Duration MAX_LOOKBACK = Duration.ofDays(3 * 365);

    private IncidentRules() {
    }

    /** Every bad field of a declaration; empty when it may be declared. {@code integrationKnown}: the code exists. */
    public static List<FieldError> check(NewIncident n, boolean integrationKnown, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (n.integration() == null || n.integration().isBlank()) {
            errors.add(FieldError.of("integration", FieldError.Code.REQUIRED_INTEGRATION, "required: the code of the integration (GET /api/v1/integrations)"));
        } else if (!integrationKnown) {
            errors.add(FieldError.of("integration", FieldError.Code.UNKNOWN_INTEGRATION, "no integration " + n.integration() + " (GET /api/v1/integrations)", n.integration()));
        }
        if (severity(n.severity()) == null) {
            errors.add(FieldError.oneOf("severity", List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")));
        }
        if (n.suspectedSince() == null) {
            errors.add(FieldError.of("suspectedSince", FieldError.Code.REQUIRED_TIME, "required: since when the keys are believed exposed (ISO-8601 UTC)"));
        } else if (n.suspectedSince().isAfter(now)) {
            errors.add(FieldError.of("suspectedSince", FieldError.Code.IN_FUTURE, "may not be in the future"));
        } else if (n.suspectedSince().isBefore(now.minus(MAX_LOOKBACK))) {
            errors.add(FieldError.of("suspectedSince", FieldError.Code.TOO_OLD, "at most " + MAX_LOOKBACK.toDays() + " days ago", MAX_LOOKBACK.toDays()));
        }
        text("known", n.known(), MAX_KNOWN, "what is known so far", errors);
        return errors;
    }

    /** Every bad field of a bulk action's request. */
    public static List<FieldError> check(ActionRequest r, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (r.createdBefore() != null && r.createdBefore().isAfter(now)) {
            errors.add(FieldError.of("createdBefore", FieldError.Code.CUT_OFF_IN_PAST, "a cut-off in the past (keys created before it are revoked), or none"));
        }
        text("justification", r.justification(), MAX_JUSTIFICATION, "why these keys and accounts", errors);
        return errors;
    }

    /**
     * Four eyes: the action is still waiting, and whoever approves or rejects it is not who requested it. The role is
     * the permission catalogue's (SECURITY or SUPERVISOR); this is the rule beyond roles.
     */
    public static void checkDecision(ActionState state, String requestedBy, String decidedBy) {
        if (state != ActionState.REQUESTED) {
            throw new RuleViolation("action-state", "This action was already " + state.name().toLowerCase(Locale.ROOT));
        }
        if (requestedBy.equals(decidedBy)) {
            throw new RuleViolation("four-eyes", "A bulk action is approved or rejected by someone other than who requested it");
        }
    }

    /**
     * Every bad field of a decision's note. A rejection says why in writing, as the rejection of a restriction request
     * does ({@link WrittenReason}: at least {@value WrittenReason#MIN_LENGTH} characters): the requester and the audit
     * trail read why the keys were left as they are. An approval's note is optional. Either fits its column and is
     * storable text.
     */
    public static List<FieldError> checkNote(ActionState decision, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (decision == ActionState.REJECTED && (note == null || note.strip().length() < WrittenReason.MIN_LENGTH)) {
            errors.add(FieldError.of("note", FieldError.Code.EXPLANATION_TOO_SHORT, "why the action is rejected, in at least "
                    + WrittenReason.MIN_LENGTH + " characters", WrittenReason.MIN_LENGTH));
        } else if (note != null && note.length() > MAX_NOTE) {
            errors.add(FieldError.tooLong("note", MAX_NOTE));
        } else if (note != null) {
            StorableText.problem(note).ifPresent(p -> errors.add(new FieldError("note", p)));
        }
        return errors;
    }

    /**
     * A bulk action is requested once: while an action of the incident that would do the same (the same keys: cut-off
     * and allowlist filter; the same letters, cases and locks) still waits for its decision or runs as a job, the same
     * request again is refused, naming that action (a second click, a retried call, two people at once). The
     * justification is not compared: it explains the action, it does not change what the action does. Done, rejected
     * and withdrawn actions do not count: asking again after them is a new decision. {@code actionsOfIncident}: every
     * action of the incident.
     *
     * @throws DuplicatePending naming the pending action (its id, requester, incident, and its job when it runs)
     */
    public static void checkNotPending(ActionRequest r, List<ActionView> actionsOfIncident) {
        for (ActionView a : actionsOfIncident) {
            if (pending(a.state()) && sameEffect(r, a)) {
                if (a.state() == ActionState.REQUESTED) {
                    throw new DuplicatePending("Bulk action " + a.id() + " (requested by " + a.requestedBy()
                            + ") does the same on incident " + a.incident() + " and is waiting for a decision: approve"
                            + " or reject it before requesting the same again", a.id(), a.requestedBy(), a.incident());
                }
                throw new DuplicatePending("Bulk action " + a.id() + " (requested by " + a.requestedBy()
                        + ") does the same on incident " + a.incident() + " and is approved, its job " + a.jobId()
                        + " not completed: follow it, or restart it if it stopped, rather than requesting the same again",
                        a.id(), a.requestedBy(), a.incident(), a.jobId());
            }
        }
    }

    /** Waiting for its decision, or approved and its job not completed: what {@link #checkNotPending} counts. */
    static boolean pending(ActionState state) {
        return state == ActionState.REQUESTED || state == ActionState.APPROVED;
    }

    /**
     * Whether the request would do what the action does. The cut-off is compared to the microsecond, the precision
     * both databases store it at (a request's nanoseconds do not make a different action).
     */
    static boolean sameEffect(ActionRequest r, ActionView a) {
        return Objects.equals(micros(r.createdBefore()), micros(a.createdBefore()))
                && r.withoutAllowlistOnly() == a.withoutAllowlistOnly() && r.notifyCustomers() == a.notifyCustomers()
                && r.openCases() == a.openCases() && r.protectiveLock() == a.protectiveLock();
    }

    private static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * What closing the incident does to an action: one still waiting for its decision is withdrawn (it could never be
     * approved any more); an approved one keeps running to its end (its job is not stopped by the close); the others
     * have ended.
     */
    public static boolean withdrawnOnClose(ActionState state) {
        return state == ActionState.REQUESTED;
    }

    /** Only a waiting action is withdrawn. */
    public static void checkWithdrawal(ActionState state) {
        if (!withdrawnOnClose(state)) {
            throw new RuleViolation("action-state", "This action was already " + state.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Only an open incident takes new actions. */
    public static void checkOpen(IncidentState state) {
        if (state != IncidentState.OPEN) {
            throw new RuleViolation("incident-closed", "The incident is closed: no new bulk action");
        }
    }

    public static Severity severity(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Severity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the job's scope says in words, for the console, the audit and the customer's case. */
    public static String describeScope(Instant createdBefore, boolean withoutAllowlistOnly) {
        String keys = withoutAllowlistOnly ? "every key without an IP allowlist" : "every key";
        return keys + " linked to the integration" + (createdBefore == null ? "" : ", created before " + createdBefore);
    }

    private static void text(String field, String value, int max, String what, List<FieldError> errors) {
        if (value == null || value.strip().length() < MIN_TEXT) {
            errors.add(FieldError.of(field, FieldError.Code.EXPLANATION_TOO_SHORT, what + ", in at least " + MIN_TEXT + " characters", MIN_TEXT));
        } else if (value.length() > max) {
            errors.add(FieldError.tooLong(field, max));
        } else {
            StorableText.problem(value).ifPresent(p -> errors.add(new FieldError(field, p)));
        }
    }
}
