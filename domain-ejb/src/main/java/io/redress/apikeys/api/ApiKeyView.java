package io.redress.apikeys.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A key as the registry holds it. Never a secret: at most the fingerprint the exchange chose to send.
 *
 * @param permissions what the key holds now (the key policy may have taken some of {@code granted} away)
 * @param granted     what the exchange last said the key was given
 * @param ipAllowlist canonical addresses and CIDR ranges; empty: any address
 * @param policyCheckAt when the key policy looks at the key next (a lapse or expiry by time alone), or null
 */
public record ApiKeyView(String keyId, String accountId, String label, Set<KeyPermission> permissions,
                         Set<KeyPermission> granted, List<String> ipAllowlist, String integration, String fingerprint,
                         Instant createdAt, String createdFromIp, Instant lastUsedAt, KeyStatus status, String statusBy,
                         Instant statusAt, String statusReason, Instant policyCheckAt, Instant registeredAt,
                         Instant updatedAt, long version) {
}
