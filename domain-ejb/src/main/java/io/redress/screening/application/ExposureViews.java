package io.redress.screening.application;

import io.redress.screening.domain.ChainTransfer;
import io.redress.screening.domain.Exposure;
import io.redress.screening.domain.FlaggedAddress;
import io.redress.screening.domain.ScreeningView;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A traced exposure as staff and the exchange read it: shares at six decimals, the traced amount, the listings behind
 * each category and the evidence path with each transfer's hash and output. Shared by the screening and the
 * re-screening, so that the two compare like with like.
 */
final class ExposureViews {

    private static final int SHARE_SCALE = 6;
    private static final int MAX_LISTINGS = 5;
    private static final String READ_ONLY = "eclipselink.read-only";

    private ExposureViews() {
    }

    static List<ScreeningView.ExposureView> of(EntityManager em, Exposure exposure, BigDecimal amount) {
        Set<Long> rowIds = new HashSet<>();
        Set<String> listedAddresses = new HashSet<>();
        for (Exposure.CategoryExposure c : exposure.categories()) {
            c.path().forEach(step -> rowIds.add(step.transferId()));
            listedAddresses.add(c.path().isEmpty() ? exposure.sender() : c.path().get(0).from());
        }
        // read-only: only read for the view, so the transaction's flushes and its commit need not compare them
        Map<Long, ChainTransfer> rows = new HashMap<>();
        if (!rowIds.isEmpty()) {
            em.createNamedQuery(ChainTransfer.BY_IDS, ChainTransfer.class).setParameter("ids", new ArrayList<>(rowIds))
                    .setHint(READ_ONLY, "true").getResultList().forEach(t -> rows.put(t.id(), t));
        }
        List<FlaggedAddress> listings = listedAddresses.isEmpty() ? List.of()
                : em.createNamedQuery(FlaggedAddress.ACTIVE_OF_ADDRESSES, FlaggedAddress.class)
                .setParameter("addresses", new ArrayList<>(listedAddresses)).setHint(READ_ONLY, "true").getResultList();
        List<ScreeningView.ExposureView> out = new ArrayList<>();
        for (Exposure.CategoryExposure c : exposure.categories()) {
            String listedAddress = c.path().isEmpty() ? exposure.sender() : c.path().get(0).from();
            List<ScreeningView.ListingView> why = listings.stream()
                    .filter(f -> f.address().equals(listedAddress) && f.category() == c.category()).limit(MAX_LISTINGS)
                    .map(f -> {
                        var v = f.view();
                        return new ScreeningView.ListingView(v.address(), v.source(), v.asset(), v.severity(), v.label());
                    }).toList();
            List<ScreeningView.PathStep> path = new ArrayList<>();
            for (Exposure.Step step : c.path()) {
                ChainTransfer t = rows.get(step.transferId());
                path.add(new ScreeningView.PathStep(step.from(), step.to(), t == null ? "?" : t.txHash(),
                        t == null ? -1 : t.outputIndex(), t == null ? BigDecimal.valueOf(step.amount()) : plain(t.amount())));
            }
            List<BigDecimal> byHop = new ArrayList<>();
            for (int h = 1; h < c.byHop().length; h++) {
                byHop.add(share(c.byHop()[h]));
            }
            BigDecimal share = share(c.share());
            out.add(new ScreeningView.ExposureView(c.category(), c.direct() > 0 ? "DIRECT" : "INDIRECT", share,
                    share(c.direct()), share(c.indirect()), byHop,
                    plain(amount.multiply(share).setScale(18, RoundingMode.HALF_UP)),
                    c.nearestHops(), why, path));
        }
        return out;
    }

    private static BigDecimal share(double v) {
        return plain(BigDecimal.valueOf(Math.max(0, Math.min(1, v))).setScale(SHARE_SCALE, RoundingMode.HALF_UP));
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

}
