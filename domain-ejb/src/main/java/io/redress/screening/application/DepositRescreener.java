package io.redress.screening.application;

import io.redress.alerts.api.AlertRaised;
import io.redress.audit.application.AuditTrail;
import io.redress.screening.domain.DepositRescreen;
import io.redress.screening.domain.DepositScreening;
import io.redress.screening.domain.Exposure;
import io.redress.screening.domain.ExposureCalculator;
import io.redress.screening.domain.FlaggedAddress;
import io.redress.screening.domain.Rescreening;
import io.redress.screening.domain.ScreeningPolicy;
import io.redress.screening.domain.ScreeningView;
import io.redress.screening.infrastructure.ScreeningGraph;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Re-screens deposits after a list import gained addresses (the {@link RescreenJobWork}'s items, each in its own
 * transaction, after the import committed): traces the deposit again through this instance's graph and compares with
 * what it was last found to have ({@link Rescreening}). New exposure is recorded as a re-screening of the deposit and
 * raises one alert for COMPLIANCE with the evidence; the deposit's measure is not touched (no hold, no freeze) and the
 * customer is told nothing (tipping-off). Nothing new: nothing recorded, nothing raised.
 */
@Stateless
public class DepositRescreener {

    public static final String ALERT_KIND = "SCREENING_NEW_EXPOSURE";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    ScreeningGraph graph;
    @Inject
    ScreeningSettings settings;
    @Inject
    WalletProofs proofs;
    @Inject
    Event<AlertRaised> alerts;
    @Inject
    Clock clock;

    /** How many deposits were screened in the window (a re-screening job's 100 %). */
    public long countScreened(Instant since, Instant until) {
        return em.createNamedQuery(DepositScreening.COUNT_SCREENED_BETWEEN, Long.class).setParameter("since", since)
                .setParameter("until", until).getSingleResult();
    }

    /** The next page of deposits screened in the window, by id. */
    public List<Long> screenedBetween(Instant since, Instant until, long afterId, int max) {
        return em.createNamedQuery(DepositScreening.SCREENED_BETWEEN, Long.class).setParameter("since", since)
                .setParameter("until", until).setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * Makes this instance's graph list the import's addresses as the database does now. The import's own instance did
     * so when it committed, but the job may start before that (both follow the commit) or run on another instance.
     */
    public void refreshFlags(long importId) {
        List<String> addresses = em.createNamedQuery(FlaggedAddress.ADDRESSES_OF_IMPORT, String.class)
                .setParameter("import", importId).getResultList();
        Listings.categoriesOf(em, addresses).forEach(graph.graph()::flag);
    }

    /** Re-screens one deposit for the import; answers what it found, in a few words (the job item's note). */
    public String rescreen(long screeningId, long importId, Long jobId) {
        // one re-screening of a deposit at a time: two imports' jobs compare against each other's findings, not both
        // against the screening (a read lock: the version does not move)
        DepositScreening s = em.find(DepositScreening.class, screeningId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            return "no such screening";
        }
        boolean already = em.createNamedQuery(DepositRescreen.LATEST_OF_SCREENING, DepositRescreen.class)
                .setParameter("screening", screeningId).getResultStream().anyMatch(r -> r.listImportId() == importId);
        if (already) {
            return "re-screened for this import already";
        }
        List<ScreeningView.ExposureView> before = ExposureJson.read(latestExposure(s));
        Exposure exposure = ExposureCalculator.trace(graph.graph(), s.asset(), s.sendingAddress(), settings.trace());
        List<ScreeningView.ExposureView> now = ExposureViews.of(em, exposure, s.amount());
        List<Rescreening.NewExposure> found = Rescreening.newExposure(before, now);
        if (found.isEmpty()) {
            return "nothing new";
        }
        ScreeningPolicy.Verdict wouldBe = settings.policy().decide(exposure, new ScreeningPolicy.Deposit(s.selfHosted(),
                s.valueEur(), s.selfHosted() && proofs.proven(s.accountId(), s.chain(), s.sendingAddress())));
        DepositRescreen r = new DepositRescreen(s.id(), importId, jobId, wouldBe, ExposureJson.write(now), clock.instant());
        em.persist(r);
        em.flush();
        String what = Rescreening.describe(found);
        boolean direct = found.stream().anyMatch(n -> "DIRECT".equals(n.now().degree()));
        alerts.fire(new AlertRaised(ALERT_KIND, direct ? AlertRaised.Severity.CRITICAL : AlertRaised.Severity.WARNING,
                s.accountId(), r.alertSubject(), Role.COMPLIANCE, cut("New exposure on re-screening deposit " + s.txHash() + " ("
                + ExposureViews.plain(s.amount()).toPlainString() + " " + s.asset() + " from " + s.sendingAddress() + ") to "
                + s.accountId() + " after list import " + importId + ": " + what + evidence(found) + ". Its screening was "
                + s.measure() + "; the policy would now say " + wouldBe.measure() + ". Nothing was held or frozen: review it"
                + " (GET /api/v1/deposit-screenings/" + s.id() + ").", 2000)));
        audit.record(Actor.system(), "SYSTEM", "DEPOSIT_RESCREENED", "DepositScreening", Long.toString(s.id()), null,
                r.snapshot().toJson(), cut(what, 1000));
        return cut("new exposure: " + what, 400);
    }

    private String latestExposure(DepositScreening s) {
        return em.createNamedQuery(DepositRescreen.LATEST_OF_SCREENING, DepositRescreen.class).setParameter("screening", s.id())
                .setMaxResults(1).getResultStream().findFirst().map(DepositRescreen::exposureJson).orElse(s.exposureJson());
    }

    /** The nearest listed address of each new category and the hops to it; the full path is in the re-screening. */
    private static String evidence(List<Rescreening.NewExposure> found) {
        StringBuilder out = new StringBuilder();
        for (Rescreening.NewExposure n : found) {
            List<ScreeningView.PathStep> path = n.now().path();
            out.append("; ").append(n.category()).append(" listed at ")
                    .append(path.isEmpty() ? "the sender" : path.get(0).from() + " via " + path.size() + " transfer(s), first "
                            + path.get(0).txHash() + ":" + path.get(0).outputIndex());
        }
        return out.toString();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
