package io.redress.screening.api;

import java.util.Optional;

/**
 * Screening's answer to another context (public posts) about an account's exposure. A port, not a permission check:
 * the caller authorizes its own user and decides what of the answer that user may see (see {@link AccountExposure}).
 */
public interface ScreeningExposures {

    /** The account's latest screening that found exposure, if any. */
    Optional<AccountExposure> latestOf(String accountId);

    /** Whether a confidential risk review is open on the account now (what any staff member may know). */
    boolean riskReviewOpen(String accountId);
}
