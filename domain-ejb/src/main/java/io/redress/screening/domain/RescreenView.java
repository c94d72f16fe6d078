package io.redress.screening.domain;

import java.time.Instant;
import java.util.List;

/**
 * A re-screening that found new exposure on a deposit, as compliance reads it: when, after which list import (and by
 * which job), what is new against what was known before, and what the policy would decide today. Nothing was put on
 * the deposit: {@code alertSubject} names the alert that asked compliance to look.
 */
public record RescreenView(long id, Instant rescreenedAt, long listImportId, Long jobId, List<Rescreening.NewExposure> found,
                           ScreeningPolicy.Measure wouldBe, List<String> wouldBeReasons, String alertSubject) {
}
