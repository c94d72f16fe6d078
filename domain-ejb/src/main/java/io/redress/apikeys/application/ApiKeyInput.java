package io.redress.apikeys.application;

import io.redress.apikeys.application.IntegrationCatalogue;
import io.redress.apikeys.domain.KeyRules;
import io.redress.apikeys.domain.TradeRules;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.IpAddresses;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The registry's input rules as the API layer needs them before it calls a service: one source for both. */
public final class ApiKeyInput {

    /** Trade events per call at most. */
    public static final int MAX_TRADE_BATCH = TradeRules.MAX_BATCH;
    /** Field names a client might use to send a key's secret: refused with a message that says why. */
    public static final Set<String> SECRET_FIELDS = KeyRules.SECRET_FIELDS;

    private ApiKeyInput() {
    }

    public static List<FieldError> checkKeyId(String keyId) {
        return KeyRules.checkKeyId(keyId);
    }

    public static List<FieldError> checkReason(String reason) {
        return KeyRules.checkReason(reason);
    }

    public static boolean validIntegrationCode(String code) {
        return code != null && IntegrationCatalogue.CODE.matcher(code).matches();
    }

    /** What is wrong with a source address (one IPv4 or IPv6 address, strictly), if anything. */
    public static Optional<String> sourceIpProblem(String ip) {
        try {
            IpAddresses.address(ip);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
