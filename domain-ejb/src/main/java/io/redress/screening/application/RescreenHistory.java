package io.redress.screening.application;

import io.redress.screening.domain.DepositRescreen;
import io.redress.screening.domain.DepositScreening;
import io.redress.screening.domain.RescreenView;
import io.redress.screening.domain.Rescreening;
import io.redress.screening.domain.ScreeningView;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A deposit's re-screenings as compliance reads them: each with what was new against the one before it. */
final class RescreenHistory {

    private RescreenHistory() {
    }

    /** The re-screenings of these screenings that found something, oldest first, each with what was new then. */
    static Map<Long, List<RescreenView>> of(EntityManager em, List<DepositScreening> screenings) {
        Map<Long, List<RescreenView>> out = new HashMap<>();
        if (screenings.isEmpty()) {
            return out;
        }
        Map<Long, DepositScreening> byId = new HashMap<>();
        screenings.forEach(s -> byId.put(s.id(), s));
        Map<Long, List<ScreeningView.ExposureView>> last = new HashMap<>();
        for (DepositRescreen r : em.createNamedQuery(DepositRescreen.OF_SCREENINGS, DepositRescreen.class)
                .setParameter("screenings", new ArrayList<>(byId.keySet())).getResultList()) {
            List<ScreeningView.ExposureView> before = last.computeIfAbsent(r.screeningId(),
                    id -> ExposureJson.read(byId.get(id).exposureJson()));
            List<ScreeningView.ExposureView> now = ExposureJson.read(r.exposureJson());
            out.computeIfAbsent(r.screeningId(), id -> new ArrayList<>()).add(new RescreenView(r.id(), r.rescreenedAt(),
                    r.listImportId(), r.jobId(), Rescreening.newExposure(before, now), r.wouldBe(), r.wouldBeReasons(),
                    r.alertSubject()));
            last.put(r.screeningId(), now);
        }
        return out;
    }
}
