package io.redress.apikeys.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A key as the exchange describes it (PUT, idempotent). Unchecked: the registry names every bad field.
 *
 * @param integration the code of the third-party integration the key was given to, or null
 * @param fingerprint at most a fingerprint of the secret ({@code sha256:} and 64 hex digits); never the secret
 * @param version     the version read, to refuse a stale change (409); null to upsert whatever is there
 */
public record KeyUpsert(String accountId, String label, Set<KeyPermission> permissions, List<String> ipAllowlist,
                        String integration, String fingerprint, Instant createdAt, String createdFromIp,
                        Instant lastUsedAt, Long version) {
}
