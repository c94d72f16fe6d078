package io.redress.cases.application;

import io.redress.cases.domain.SlaTargets;
import io.redress.shared.application.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SLA targets per priority, from {@code redress.sla.targets} (environment {@code REDRESS_SLA_TARGETS}),
 * e.g. {@code P1=15m/4h,P2=1h/24h}; priorities not named keep their defaults. A bad setting stops the
 * deployment with the reason rather than running with targets nobody chose.
 */
@ApplicationScoped
public class SlaPolicy {

    @Inject
    @ConfigProperty(name = Setting.SLA_TARGETS, defaultValue = " ")
    String spec;

    private SlaTargets targets;

    @PostConstruct
    void load() {
        try {
            targets = SlaTargets.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(Setting.SLA_TARGETS + ": " + e.getMessage(), e);
        }
    }

    public SlaTargets targets() {
        return targets;
    }
}
