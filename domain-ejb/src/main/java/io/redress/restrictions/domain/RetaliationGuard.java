package io.redress.restrictions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A punitive measure against a customer who complained in the last 30 days is not forbidden, but it needs
 * a compliance officer, a written attestation that it is unrelated to the complaint, and it goes on the
 * "restrictions after complaints" report. Criticism is never a reason; this makes sure it is not a motive.
 */
public final class RetaliationGuard {

    public static final Duration LOOKBACK = Duration.ofDays(30);
    public static final int MIN_ATTESTATION = 40;

    private RetaliationGuard() {
    }

    public record Assessment(boolean applies, String summary) {
    }

    public static Instant lookbackStart(Instant now) {
        return now.minus(LOOKBACK);
    }

    public static Assessment assess(Measure measure, List<ComplaintSignal> recent) {
        if (!measure.punitive() || recent.isEmpty()) {
            return new Assessment(false, null);
        }
        String summary = recent.stream().map(s -> s.kind() + " " + s.reference() + " on " + s.at())
                .collect(Collectors.joining("; "));
        return new Assessment(true, summary.length() > 2000 ? summary.substring(0, 2000) : summary);
    }
}
