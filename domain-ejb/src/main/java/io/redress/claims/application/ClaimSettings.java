package io.redress.claims.application;

import io.redress.shared.application.Setting;
import io.redress.claims.domain.ApprovalLimits;
import io.redress.claims.domain.AssetCatalogue;
import io.redress.claims.domain.ReferenceRates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The claims policy's configuration (keys in {@code Setting}), read once: the asset catalogue, the reference rates,
 * the approval limits and the appeal window. A malformed value stops the application at start, never a claim later.
 */
@ApplicationScoped
public class ClaimSettings {

    @Inject
    @ConfigProperty(name = Setting.CLAIMS_ASSETS, defaultValue = AssetCatalogue.DEFAULT)
    String assetsText;
    @Inject
    @ConfigProperty(name = Setting.CLAIMS_REFERENCE_RATES, defaultValue = ReferenceRates.DEFAULT)
    String ratesText;
    @Inject
    @ConfigProperty(name = Setting.CLAIMS_REFERENCE_CURRENCY, defaultValue = "USD")
    String currency;
    @Inject
    @ConfigProperty(name = Setting.CLAIMS_APPROVAL_LIMITS, defaultValue = ApprovalLimits.DEFAULT)
    String limitsText;
    @Inject
    @ConfigProperty(name = Setting.CLAIMS_APPEAL_WINDOW_DAYS, defaultValue = "30")
    int appealWindowDays;

    private AssetCatalogue assets;
    private ReferenceRates rates;
    private ApprovalLimits limits;

    @PostConstruct
    void read() {
        assets = AssetCatalogue.parse(assetsText);
        rates = ReferenceRates.parse(ratesText);
        limits = ApprovalLimits.parse(limitsText, currency);
        if (appealWindowDays < 1 || appealWindowDays > 365) {
            throw new IllegalArgumentException("redress.claims.appeal-window-days is 1 to 365, not " + appealWindowDays);
        }
    }

    /** Created with the application, so that a malformed value is found at start. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer runs on the instance, after read()
    }

    public AssetCatalogue assets() {
        return assets;
    }

    public ReferenceRates rates() {
        return rates;
    }

    public ApprovalLimits limits() {
        return limits;
    }

    public int appealWindowDays() {
        return appealWindowDays;
    }
}
