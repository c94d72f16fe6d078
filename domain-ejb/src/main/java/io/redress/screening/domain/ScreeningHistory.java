package io.redress.screening.domain;

import java.util.List;

/**
 * A deposit's screening as compliance reads it: the screening the exchange was answered with, and the re-screenings
 * that found new exposure since, oldest first. The exchange's answer never carries the re-screenings (tipping-off).
 */
public record ScreeningHistory(ScreeningView screening, List<RescreenView> rescreens) {
}
