package io.redress.restrictions.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A restriction as the customer may see it through the exchange: only a measure in force, with the reason the
 * customer may be told and the window; never who asked, the justification, the evidence or the reason code.
 * Plain Java, so what leaves Redress towards the customer is tested as policy.
 */
public record CustomerMeasure(long restrictionId, String accountId, Measure measure, String reason, String termsClause,
                              Instant since, Instant windowEndsAt, Instant endsAt) {

    /**
     * The customer's view of a restriction, or empty when the customer may not learn of it (pending, rejected,
     * cancelled, ended, or a LIFT record). The reason is neutral when it may not be disclosed or when compliance
     * marked the account confidential (tipping off), and when the reason is unknown.
     */
    public static Optional<CustomerMeasure> of(RestrictionView r, Optional<ReasonView> reason, boolean confidentialAccount) {
        if (r.state() != RestrictionState.APPROVED || r.measure() == Measure.LIFT) {
            return Optional.empty();
        }
        boolean disclose = NoticeWriter.discloses(reason.orElse(null), confidentialAccount);
        return Optional.of(new CustomerMeasure(r.id(), r.accountId(), r.measure(),
                disclose ? reason.get().noticeText() : NoticeWriter.NEUTRAL,
                disclose ? reason.get().termsClause() : null,
                r.decidedAt(), r.windowEndsAt(), r.endsAt()));
    }
}
