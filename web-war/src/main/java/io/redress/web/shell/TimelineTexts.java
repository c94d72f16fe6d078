package io.redress.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes inside a timeline's stored texts in the page's language: a case event's detail ({@code ACKNOWLEDGEMENT
 * (en): ...}, {@code via EMAIL into queue frontline}, {@code CLAIM 42}, {@code OPEN → RESOLVED}) and an audit entry's
 * reason about a customer message ({@code ACKNOWLEDGEMENT: ...}). The domain keeps writing these texts as they are
 * (they are history); only their codes are read here, through {@link Labels}. A text of another shape is shown as
 * written.
 */
@Named("timelineText")
@RequestScoped
public class TimelineTexts {

    /** What the texts need from the bundle: a code as words, a sentence with its values. */
    interface Wording {
        String label(String kind, String code);

        String text(String key, Object... args);
    }

    private static final Pattern MESSAGE_QUEUED = Pattern.compile("(?s)([A-Z][A-Z0-9_]*) \\(([a-z]{2,3})\\): (.*)");
    private static final Pattern OPENED = Pattern.compile("(?s)via ([A-Z][A-Z0-9_]*) into queue ([a-z][a-z0-9_-]*)(.*)");
    private static final String NO_ACKNOWLEDGEMENT = "; no acknowledgement: the customer's letter quotes this case";
    private static final Pattern LINKED = Pattern.compile("(?s)(ACCOUNT|RESTRICTION|CASE|CLAIM|INCIDENT|EVIDENCE) (.+)");
    private static final Pattern STATE_CHANGE = Pattern.compile("([A-Z][A-Z_]*) → ([A-Z][A-Z_]*)( \\(reopened within 14 days of resolution\\))?");
    private static final Pattern MESSAGE_REASON = Pattern.compile("(?s)([A-Z][A-Z0-9_]*)(?:: (.*))?");
    private static final Pattern ASSIGNED = Pattern.compile("assigned to (.+?)(?:, ([A-Z][A-Z_]*) → ([A-Z][A-Z_]*))?");
    private static final Pattern PRIORITY = Pattern.compile("priority (P\\d) → (P\\d)");
    private static final Pattern CATEGORY = Pattern.compile("category ([A-Z][A-Z0-9_]*)(?: / (.+))?");
    private static final Pattern QUEUE = Pattern.compile("queue ([a-z][a-z0-9_-]*) → ([a-z][a-z0-9_-]*)");
    private static final Pattern STATE = Pattern.compile("state ([A-Z][A-Z_]*) → ([A-Z][A-Z_]*)(?: \\(([A-Z][A-Z_]*)\\))?");

    @Inject
    Labels label;
    @Inject
    FacesContext faces;

    /** A case event's detail, its codes in words. */
    public String caseDetail(String kind, String detail) {
        return caseDetail(kind, detail, wording());
    }

    /** An account timeline entry's reason, the message kind in words when the entry is about a customer message. */
    public String auditReason(String action, String reason) {
        return auditReason(action, reason, wording());
    }

    static String caseDetail(String kind, String detail, Wording w) {
        if (kind == null || detail == null) {
            return detail;
        }
        Matcher m;
        switch (kind) {
            case "MESSAGE_QUEUED" -> {
                if ((m = MESSAGE_QUEUED.matcher(detail)).matches()) {
                    return w.text("timeline.messageQueued", w.label("messageKind", m.group(1)), w.label("language", m.group(2)),
                            m.group(3));
                }
            }
            case "OPENED" -> {
                if ((m = OPENED.matcher(detail)).matches()) {
                    String rest = m.group(3);
                    String channel = w.label("channel", m.group(1));
                    String queue = w.label("queue", m.group(2));
                    return NO_ACKNOWLEDGEMENT.equals(rest) ? w.text("timeline.opened.noAcknowledgement", channel, queue)
                            : w.text("timeline.opened", channel, queue) + rest;
                }
            }
            case "LINKED" -> {
                if ((m = LINKED.matcher(detail)).matches()) {
                    return w.label("linkKind", m.group(1)) + " " + m.group(2);
                }
            }
            case "CHANGED" -> {
                return changed(detail, w);
            }
            case "CUSTOMER_REPLIED" -> {
                if ((m = STATE_CHANGE.matcher(detail)).matches()) {
                    return w.text(m.group(3) == null ? "timeline.stateChange" : "timeline.stateChange.reopened",
                            w.label("caseState", m.group(1)), w.label("caseState", m.group(2)));
                }
            }
            default -> {
                return detail;
            }
        }
        return detail;
    }

    /**
     * A case's changes ({@code assigned to ana, NEW → OPEN; priority P3 → P1 — the note}): each change the domain
     * writes in words, one of another shape as written, the note as written.
     */
    private static String changed(String detail, Wording w) {
        int dash = detail.indexOf(" — ");
        String summary = dash < 0 ? detail : detail.substring(0, dash);
        String text = null;
        for (String part : summary.split("; ")) {
            String said = change(part, w);
            text = text == null ? said : w.text("timeline.changed.and", text, said);
        }
        return dash < 0 ? text : w.text("timeline.changed.note", text, detail.substring(dash + 3));
    }

    private static String change(String part, Wording w) {
        Matcher m;
        if ((m = ASSIGNED.matcher(part)).matches()) {
            return m.group(2) == null ? w.text("timeline.changed.assigned", m.group(1))
                    : w.text("timeline.changed.assigned.state", m.group(1), w.label("caseState", m.group(2)), w.label("caseState", m.group(3)));
        }
        if ((m = PRIORITY.matcher(part)).matches()) {
            return w.text("timeline.changed.priority", w.label("priority", m.group(1)), w.label("priority", m.group(2)));
        }
        if ((m = CATEGORY.matcher(part)).matches()) {
            return m.group(2) == null ? w.text("timeline.changed.category", w.label("caseCategory", m.group(1)))
                    : w.text("timeline.changed.category.sub", w.label("caseCategory", m.group(1)), m.group(2));
        }
        if ((m = QUEUE.matcher(part)).matches()) {
            return w.text("timeline.changed.queue", w.label("queue", m.group(1)), w.label("queue", m.group(2)));
        }
        if ((m = STATE.matcher(part)).matches()) {
            return m.group(3) == null ? w.text("timeline.changed.state", w.label("caseState", m.group(1)), w.label("caseState", m.group(2)))
                    : w.text("timeline.changed.state.outcome", w.label("caseState", m.group(1)), w.label("caseState", m.group(2)),
                            w.label("caseOutcome", m.group(3)));
        }
        return switch (part) {
            case "unassigned" -> w.text("timeline.changed.unassigned");
            case "marked as a complaint" -> w.text("timeline.changed.complaint");
            case "marked as not a complaint" -> w.text("timeline.changed.notComplaint");
            default -> part;
        };
    }

    static String auditReason(String action, String reason, Wording w) {
        if (reason == null || !("MESSAGE_QUEUED".equals(action) || "MESSAGE_DELIVERED".equals(action))) {
            return reason;
        }
        Matcher m = MESSAGE_REASON.matcher(reason);
        if (!m.matches()) {
            return reason;
        }
        String kind = w.label("messageKind", m.group(1));
        return m.group(2) == null ? kind : w.text("timeline.messageReason", kind, m.group(2));
    }

    private Wording wording() {
        return new Wording() {
            @Override
            public String label(String kind, String code) {
                return label.of(kind, code);
            }

            @Override
            public String text(String key, Object... args) {
                return Messages.text(faces, key, args);
            }
        };
    }
}
