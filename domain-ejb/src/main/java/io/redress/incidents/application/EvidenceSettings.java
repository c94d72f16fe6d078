package io.redress.incidents.application;

import io.redress.incidents.domain.AttributionWeights;
import io.redress.shared.application.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The leak-attribution score's weights and bands as configured ({@code REDRESS_EVIDENCE_SCORE}); a bad setting stops the deployment. */
@ApplicationScoped
public class EvidenceSettings {

    @Inject
    @ConfigProperty(name = Setting.EVIDENCE_SCORE, defaultValue = AttributionWeights.DEFAULTS)
    String weightsText;

    private AttributionWeights weights;

    @PostConstruct
    void read() {
        weights = AttributionWeights.parse(weightsText);
    }

    public AttributionWeights weights() {
        return weights;
    }
}
