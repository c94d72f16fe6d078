package io.redress.publicposts.domain;

import io.redress.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which posts of a campaign a bulk action changes, leaves as they are, or refuses, and why. A bulk action never
 * overturns what a person decided about one post (its classification, its case), never classifies a separation kind
 * (decided post by post, on the screening's evidence) and never puts one customer's post on another's case. Plain Java.
 */
public final class BulkPostRules {

    /** The post was classified by a person as another kind: changed one by one, not in bulk. */
    public static final String CLASSIFIED_OTHERWISE = "classified-otherwise";
    /** A screening suggested a separation kind: its evidence is read post by post. */
    public static final String SEPARATION_SUGGESTED = "separation-suggested";
    /** The post's suggestion is another kind: overriding it needs a written reason. */
    public static final String OVERRIDE_NEEDS_NOTE = "override-needs-note";
    /** The post is on another case already. */
    public static final String LINKED_ELSEWHERE = "linked-elsewhere";
    /** The post is a customer's and the case is not that customer's. */
    public static final String OTHER_ACCOUNT = "other-account";
    /** Someone changed the post while the bulk action ran. */
    public static final String CHANGED_MEANWHILE = "changed-meanwhile";
    public static final List<String> REFUSALS = List.of(CLASSIFIED_OTHERWISE, SEPARATION_SUGGESTED, OVERRIDE_NEEDS_NOTE,
            LINKED_ELSEWHERE, OTHER_ACCOUNT, CHANGED_MEANWHILE);
    public static final int NOTE_MIN = 10;
    public static final int NOTE_MAX = 2000;

    /** What a bulk action does to one post. */
    public enum Verdict { CHANGE, ALREADY, REFUSED }

    /** The verdict, and for a refusal the rule that refused it. */
    public record Decision(Verdict verdict, String refusal) {
        static final Decision CHANGE = new Decision(Verdict.CHANGE, null);
        static final Decision ALREADY = new Decision(Verdict.ALREADY, null);

        static Decision refused(String rule) {
            return new Decision(Verdict.REFUSED, rule);
        }
    }

    private BulkPostRules() {
    }

    /** The request as a whole: a kind a bulk action may give, and a note (when given) of 10 to 2000 characters. */
    public static List<FieldError> checkClassifyAll(ComplaintKind kind, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(FieldError.requiredOneOf("kind", List.of("USER_ERROR", "FUD_CAMPAIGN", "LONG_TAIL")));
        } else if (separation(kind)) {
            errors.add(FieldError.of("kind", FieldError.Code.SEPARATION_POST_BY_POST, "a separation kind is decided post by post, on the screening's evidence"));
        }
        if (note != null && !note.isBlank() && (note.strip().length() < NOTE_MIN || note.strip().length() > NOTE_MAX)) {
            errors.add(FieldError.of("note", FieldError.Code.LENGTH, NOTE_MIN + " to " + NOTE_MAX + " characters", NOTE_MIN, NOTE_MAX));
        }
        return errors;
    }

    /** Classifying one post as {@code kind}; {@code noteGiven}: the person wrote why (needed to override a suggestion). */
    public static Decision classify(PostView post, ComplaintKind kind, boolean noteGiven) {
        if (post.confirmedKind() == kind) {
            return Decision.ALREADY;
        }
        if (post.confirmedKind() != null) {
            return Decision.refused(CLASSIFIED_OTHERWISE);
        }
        if (post.screeningId() != null || separation(post.suggestedKind())) {
            return Decision.refused(SEPARATION_SUGGESTED);
        }
        if (post.suggestedKind() != null && post.suggestedKind() != kind && !noteGiven) {
            return Decision.refused(OVERRIDE_NEEDS_NOTE);
        }
        return Decision.CHANGE;
    }

    /** Linking one post to the case {@code caseId} of account {@code caseAccountId} (null: a case of no account). */
    public static Decision link(PostView post, long caseId, String caseAccountId) {
        if (post.caseId() != null && post.caseId() == caseId) {
            return Decision.ALREADY;
        }
        if (post.caseId() != null) {
            return Decision.refused(LINKED_ELSEWHERE);
        }
        if (post.accountId() != null && !Objects.equals(post.accountId(), caseAccountId)) {
            return Decision.refused(OTHER_ACCOUNT);
        }
        return Decision.CHANGE;
    }

    private static boolean separation(ComplaintKind kind) {
        return kind == ComplaintKind.ONE_DEGREE || kind == ComplaintKind.TWO_DEGREES;
    }
}
