package io.redress.screening.application;

import io.redress.screening.domain.DeadlineRules;
import io.redress.screening.domain.ScreeningPolicy;
import io.redress.screening.domain.TraceRules;
import io.redress.shared.application.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The screening's configuration (keys in {@code Setting}), read once: a malformed value stops the application at start. */
@ApplicationScoped
public class ScreeningSettings {

    @Inject
    @ConfigProperty(name = Setting.SCREENING_TRACE, defaultValue = TraceRules.DEFAULT)
    String traceText;
    @Inject
    @ConfigProperty(name = Setting.SCREENING_POLICY, defaultValue = ScreeningPolicy.DEFAULT)
    String policyText;
    @Inject
    @ConfigProperty(name = Setting.SCREENING_REPORT_DEADLINES, defaultValue = DeadlineRules.DEFAULT)
    String deadlinesText;
    @Inject
    @ConfigProperty(name = Setting.SCREENING_RESCREEN_DAYS, defaultValue = "" + DEFAULT_RESCREEN_DAYS)
    String rescreenDaysText;

    public static final int DEFAULT_RESCREEN_DAYS = 90;
    public static final int MAX_RESCREEN_DAYS = 3650;

    private TraceRules trace;
    private ScreeningPolicy policy;
    private Duration rescreenLookBack;
    private DeadlineRules deadlines;

    @PostConstruct
    void read() {
        trace = TraceRules.parse(traceText);
        policy = ScreeningPolicy.parse(policyText);
        rescreenLookBack = Duration.ofDays(days(rescreenDaysText));
        try {
            deadlines = DeadlineRules.parse(deadlinesText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Setting.SCREENING_REPORT_DEADLINES + ": " + e.getMessage(), e);
        }
    }

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // created with the application, so that a malformed value is found at start
    }

    public TraceRules trace() {
        return trace;
    }

    public ScreeningPolicy policy() {
        return policy;
    }

    /** Report deadlines per jurisdiction. */
    public DeadlineRules deadlines() {
        return deadlines;
    }

    /** How far back from a list import that adds addresses the screened deposits are re-screened. */
    public Duration rescreenLookBack() {
        return rescreenLookBack;
    }

    static int days(String text) {
        try {
            int d = Integer.parseInt(text.strip());
            if (d >= 1 && d <= MAX_RESCREEN_DAYS) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Setting.SCREENING_RESCREEN_DAYS + ": whole days from 1 to " + MAX_RESCREEN_DAYS
                + ", not '" + text + "'");
    }
}
