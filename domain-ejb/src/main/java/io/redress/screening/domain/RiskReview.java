package io.redress.screening.domain;

import java.util.List;

/**
 * Whether an account is under a risk review, as any staff member may know it ({@code open}); the investigations
 * themselves only for those who may read them (compliance and auditors), empty for everyone else: no category, no
 * path, no amount, no note.
 */
public record RiskReview(String accountId, boolean open, List<InvestigationView> investigations) {
}
