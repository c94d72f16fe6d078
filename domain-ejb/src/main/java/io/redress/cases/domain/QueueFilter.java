package io.redress.cases.domain;

import io.redress.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What the queue shows: each filter optional. {@code state} is a case state or {@code ACTIVE} (every open
 * state); {@code text} is a ticket number, an {@code @handle}, or a phrase searched in subject, description
 * and contact.
 */
public record QueueFilter(String queue, String state, String priority, String category, String sla, String text) {

    public static final String ACTIVE = "ACTIVE";

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null);
    }

    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (queue != null && !Queues.ALL.contains(queue)) {
            errors.add(new FieldError("queue", "one of " + String.join(", ", Queues.ALL)));
        }
        if (state != null && !ACTIVE.equals(state)) {
            CaseRules.parse(CaseState.class, state, "state", false, errors);
        }
        CaseRules.parse(Priority.class, priority, "priority", false, errors);
        CaseRules.parse(Category.class, category, "category", false, errors);
        CaseRules.parse(SlaClock.State.class, sla, "sla", false, errors);
        if (text != null && text.strip().length() > 200) {
            errors.add(new FieldError("q", "at most 200 characters"));
        }
        if (text != null && !text.isBlank() && text.strip().length() < 3 && !text.strip().startsWith("@")) {
            errors.add(new FieldError("q", "at least 3 characters"));
        }
        return errors;
    }
}
