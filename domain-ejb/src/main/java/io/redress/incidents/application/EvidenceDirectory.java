package io.redress.incidents.application;

import io.redress.incidents.api.EvidenceReports;
import io.redress.incidents.domain.EvidenceReport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** {@link EvidenceReports} for other contexts (a claim checks the report it relies on). */
@Stateless
public class EvidenceDirectory implements EvidenceReports {

    @Inject
    EvidenceService reports;

    @Override
    public Optional<EvidenceSummary> find(String reference) {
        return reports.find(reference).map(EvidenceDirectory::summary);
    }

    @Override
    public Optional<EvidenceSummary> latestFor(String accountId) {
        return reports.latest(accountId).map(EvidenceDirectory::summary);
    }

    private static EvidenceSummary summary(EvidenceReport r) {
        return new EvidenceSummary(r.reference(), r.reportVersion(), r.accountId(), r.conclusion().name(), r.issuedAt());
    }
}
