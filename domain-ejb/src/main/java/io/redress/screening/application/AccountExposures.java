package io.redress.screening.application;

import io.redress.screening.api.AccountExposure;
import io.redress.screening.api.ScreeningExposures;
import io.redress.screening.domain.DepositScreening;
import io.redress.screening.domain.Investigation;
import io.redress.screening.domain.ScreeningView;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link ScreeningExposures} on the screenings as kept: the exposure each was answered with (its JSON), the newest first.
 * A deposit whose screening found nothing is passed over; an account's last {@value #LOOK_BACK} screenings are read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountExposures implements ScreeningExposures {

    static final int LOOK_BACK = 50;
    private static final List<Investigation.State> OPEN_STATES = List.of(Investigation.State.OPEN,
            Investigation.State.RELEASE_PROPOSED, Investigation.State.REPORT_PROPOSED, Investigation.State.REPORTED);

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public Optional<AccountExposure> latestOf(String accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        List<DepositScreening> recent = em.createNamedQuery(DepositScreening.OF_ACCOUNT, DepositScreening.class)
                .setParameter("account", accountId).setMaxResults(LOOK_BACK).getResultList();
        for (DepositScreening s : recent) {
            List<ScreeningView.ExposureView> found = ExposureJson.read(s.exposureJson());
            if (!found.isEmpty()) {
                return Optional.of(of(s, found, riskReviewOpen(accountId)));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean riskReviewOpen(String accountId) {
        return accountId != null && !em.createNamedQuery(Investigation.OF_ACCOUNT, Investigation.class)
                .setParameter("account", accountId).setParameter("states", OPEN_STATES).setMaxResults(1).getResultList().isEmpty();
    }

    /** Direct when any category is met at the sender itself (its categories then); else indirect, by the nearest. */
    static AccountExposure of(DepositScreening s, List<ScreeningView.ExposureView> found, boolean reviewOpen) {
        List<ScreeningView.ExposureView> direct = found.stream().filter(e -> "DIRECT".equals(e.degree())).toList();
        boolean isDirect = !direct.isEmpty();
        List<ScreeningView.ExposureView> counted = isDirect ? direct : found;
        ScreeningView.ExposureView nearest = counted.stream()
                .min(Comparator.comparingInt(ScreeningView.ExposureView::nearestHops)).orElseThrow();
        List<ScreeningView.PathStep> path = isDirect ? List.of() : nearest.path();
        String listed = path.isEmpty() ? s.sendingAddress() : path.get(0).from();
        return new AccountExposure(s.accountId(), s.id(), isDirect ? AccountExposure.Degree.DIRECT : AccountExposure.Degree.INDIRECT,
                counted.stream().map(e -> e.category().name()).toList(), s.sendingAddress(), listed,
                isDirect ? 1 : nearest.nearestHops(),
                path.stream().map(p -> new AccountExposure.PathStep(p.from(), p.to(), p.txHash(), p.outputIndex(), p.amount())).toList(),
                s.measure().name(), s.screenedAt(), reviewOpen);
    }
}
