package io.redress.apikeys.application;

import io.redress.shared.application.Setting;
import io.redress.apikeys.domain.AnomalyThresholds;
import io.redress.apikeys.domain.KeyPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key policy and the anomaly thresholds as configured ({@code REDRESS_APIKEYS_POLICY},
 * {@code REDRESS_APIKEYS_ANOMALIES}); a bad setting stops the deployment with the part that is wrong.
 */
@ApplicationScoped
public class KeySettings {

    @Inject
    @ConfigProperty(name = Setting.APIKEYS_POLICY, defaultValue = KeyPolicy.DEFAULTS)
    String policyText;
    @Inject
    @ConfigProperty(name = Setting.APIKEYS_ANOMALIES, defaultValue = AnomalyThresholds.DEFAULTS)
    String anomalyText;

    private KeyPolicy policy;
    private AnomalyThresholds thresholds;

    @PostConstruct
    void read() {
        policy = KeyPolicy.parse(policyText);
        thresholds = AnomalyThresholds.parse(anomalyText);
    }

    public KeyPolicy policy() {
        return policy;
    }

    public AnomalyThresholds thresholds() {
        return thresholds;
    }
}
