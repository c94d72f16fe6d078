package io.redress.api.apikeys;

import io.redress.apikeys.api.KeyPermission;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the API-key resources read field by field, as {@code /openapi} documents them. */
final class ApiKeyBodies {

    private ApiKeyBodies() {
    }

    @Schema(name = "ApiKeyDescription", description = "An exchange API key as the exchange describes it. Never the secret:"
            + " a field named like one (secret, secretKey, apiSecret, privateKey, passphrase, password) is refused.")
    record KeyDescription(
            @Schema(required = true, description = "The account the key belongs to (mirrored first); never changes",
                    maxLength = 64) String accountId,
            @Schema(description = "The customer's label for the key; refused when it looks like a credential",
                    maxLength = 200) String label,
            @Schema(required = true, description = "What the key may do (may be empty)") List<KeyPermission> permissions,
            @Schema(description = "IPv4/IPv6 addresses and CIDR ranges (no host bits below the prefix, no leading zeros,"
                    + " no zone id); empty or absent: no allowlist", maxItems = 100) List<String> ipAllowlist,
            @Schema(description = "Code of the third-party integration the key was given to (GET /api/v1/integrations),"
                    + " or null", maxLength = 64) String integration,
            @Schema(description = "At most a fingerprint of the secret: sha256: and 64 lower-case hex digits",
                    pattern = "^sha256:[0-9a-f]{64}$",
                    example = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String fingerprint,
            @Schema(required = true, description = "When the key was created (ISO-8601 UTC)") Instant createdAt,
            @Schema(description = "The address it was created from", maxLength = 64, example = "198.51.100.4")
            String createdFromIp,
            @Schema(description = "When it was last used (ISO-8601 UTC); only ever moves forward") Instant lastUsedAt,
            @Schema(description = "The version read; 409 when the key changed since (absent: upsert whatever is there)")
            Long version) {
    }

    @Schema(name = "ApiKeyRevocation", description = "Revoking a key")
    record Revocation(
            @Schema(required = true, description = "Why the key is revoked (audited, sent to the exchange)",
                    maxLength = 2000) String reason,
            @Schema(description = "The version read; 409 when the key changed since") Long version) {
    }

    @Schema(name = "IntegrationCreation", description = "A new third-party integration")
    record IntegrationCreation(
            @Schema(required = true, description = "2 to 64 lower-case letters, digits or '-'; never changes",
                    pattern = "^[a-z0-9][a-z0-9-]{1,63}$", example = "tradebot-pro") String code,
            @Schema(required = true, description = "Its name as staff read it", maxLength = 200) String name) {
    }

    @Schema(name = "IntegrationRename", description = "A new name for an integration")
    record IntegrationRename(
            @Schema(required = true, description = "Its new name", maxLength = 200) String name,
            @Schema(required = true, description = "The version read") Long version) {
    }

    @Schema(name = "IntegrationRetirement", description = "Retiring an integration: no key is linked to it any more")
    record IntegrationRetirement(
            @Schema(required = true, description = "The version read") Long version,
            @Schema(description = "Why", maxLength = 2000) String reason) {
    }

    @Schema(name = "ApiTradeEvents", description = "A batch of API trades the exchange executed")
    record TradeEvents(
            @Schema(required = true, description = "1 to 1,000 trades", maxItems = 1000) List<TradeEvent> events) {
    }

    @Schema(name = "ApiTradeEvent", description = "One API trade. Decimals as strings (\"0.25\") or JSON numbers without exponent.")
    record TradeEvent(
            @Schema(required = true, description = "The key the order was placed with", maxLength = 64) String keyId,
            @Schema(required = true, description = "The key's account", maxLength = 64) String accountId,
            @Schema(required = true, description = "The pair", maxLength = 32, example = "PUMPUSDT") String symbol,
            @Schema(required = true, description = "BUY or SELL", enumeration = {"BUY", "SELL"}) String side,
            @Schema(required = true, description = "Quantity of the base asset, more than zero", example = "25000")
            String quantity,
            @Schema(required = true, description = "Execution price, more than zero", example = "0.48") String price,
            @Schema(required = true, description = "The market's reference price at that moment", example = "0.012")
            String referencePrice,
            @Schema(required = true, description = "The pair's 24-hour volume in the quote currency at that moment",
                    example = "1800") String volume24h,
            @Schema(description = "The address the order came from", maxLength = 64, example = "198.51.100.4")
            String sourceIp,
            @Schema(required = true, description = "When it executed (ISO-8601 UTC), at most 30 days ago") Instant tradedAt,
            @Schema(description = "The account on the other side of the trade, when the exchange knows it (shown in"
                    + " leak-attribution reports)", maxLength = 64, pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
            String counterpartyAccountId,
            @Schema(description = "The exchange's own id of the trade. A trade of the same key with the same id is kept"
                    + " once: sent again, the row is answered in alreadyKept and not kept or judged a second time",
                    maxLength = 64, pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", example = "T-88412377")
            String tradeId) {
    }
}
