package io.redress.incidents.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Leak-attribution reports as other contexts see them: a claim checks that the report it relies on exists and is
 * about its account. Records only; the reports are the incidents context's own.
 */
public interface EvidenceReports {

    /** A report by its reference ({@code EVR-...}); empty for an unknown or malformed one. */
    Optional<EvidenceSummary> find(String reference);

    /** The account's latest report, if any. */
    Optional<EvidenceSummary> latestFor(String accountId);

    /**
     * @param conclusion the band's name: THIRD_PARTY_LEAK_LIKELY, UNDETERMINED or OWN_ACTIVITY_LIKELY
     */
    record EvidenceSummary(String reference, int version, String accountId, String conclusion, Instant issuedAt) {
    }
}
