package io.redress.cases.domain;

import io.redress.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What the queue shows: each filter optional. {@code state} is a case state or {@code ACTIVE} (every open
 * state); {@code sla} a clock state or a {@link SlaBucket} ({@code DUE_SOON}, {@code ON_TIME}); {@code text} is a
 * ticket number, an {@code @handle}, or a phrase searched in subject, description and contact; {@code assignee} the
 * user name of the staff member the cases are assigned to.
 */
public record QueueFilter(String queue, String state, String priority, String category, String sla, String text,
                          String assignee) {

    public static final String ACTIVE = "ACTIVE";

    public QueueFilter(String queue, String state, String priority, String category, String sla, String text) {
        this(queue, state, priority, category, sla, text, null);
    }

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null, null);
    }

    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (queue != null && !Queues.ALL.contains(queue)) {
            errors.add(FieldError.oneOf("queue", Queues.ALL));
        }
        if (state != null && !ACTIVE.equals(state)) {
            CaseRules.parse(CaseState.class, state, "state", false, errors);
        }
        CaseRules.parse(Priority.class, priority, "priority", false, errors);
        CaseRules.parse(Category.class, category, "category", false, errors);
        if (sla != null && SlaBucket.statesFor(sla).isEmpty()) {
            errors.add(new FieldError("sla", "one of BREACHED, DUE_SOON, ON_TIME or a clock state: "
                    + java.util.Arrays.toString(SlaClock.State.values())));
        }
        if (assignee != null && (assignee.isBlank() || assignee.length() > 64)) {
            errors.add(FieldError.of("assignee", FieldError.Code.STAFF_USERNAME, "a staff member's user name, at most 64 characters"));
        }
        if (text != null && text.strip().length() > 200) {
            errors.add(FieldError.tooLong("q", 200));
        }
        if (text != null && !text.isBlank() && text.strip().length() < 3 && !text.strip().startsWith("@")) {
            errors.add(FieldError.of("q", FieldError.Code.TOO_SHORT, "at least 3 characters", 3));
        }
        return errors;
    }
}
