package io.redress.screening.application;

import io.redress.screening.domain.ScreeningPolicy;
import io.redress.screening.domain.TraceRules;
import io.redress.shared.application.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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

    private TraceRules trace;
    private ScreeningPolicy policy;

    @PostConstruct
    void read() {
        trace = TraceRules.parse(traceText);
        policy = ScreeningPolicy.parse(policyText);
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
}
