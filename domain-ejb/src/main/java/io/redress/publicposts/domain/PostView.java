package io.redress.publicposts.domain;

import java.time.Instant;
import java.util.List;

/**
 * A public post as screens and the REST API show it. {@code caseId} is internal; the API shows the ticket.
 * {@code needsTriage}: no signal pointed to any kind and nobody has classified it yet, so a person must look.
 * {@code screeningId}: the deposit screening behind a ONE_DEGREE or TWO_DEGREES suggestion, shown (with its evidence)
 * only to who may read screenings; see {@link PublicPost#view(Audience, boolean)}.
 */
public record PostView(long id, String url, String platform, String authorHandle, String text, long reach,
                       Instant postedAt, Instant receivedAt, String accountId, String quotedTicket, Long caseId,
                       boolean caseOpened, Long campaignId, ComplaintKind suggestedKind, Integer suggestionScore,
                       List<String> evidence, Long screeningId, ComplaintKind confirmedKind, String confirmedBy, Instant confirmedAt,
                       String reviewNote, boolean needsTriage, long version) {

    /** Who reads a post: who may read screenings, other staff, or the integration login (which may not read posts). */
    public enum Audience {
        SCREENING, STAFF, INTEGRATION
    }

    public boolean reviewed() {
        return confirmedKind != null;
    }

    public boolean overridden() {
        return confirmedKind != null && confirmedKind != suggestedKind;
    }
}
