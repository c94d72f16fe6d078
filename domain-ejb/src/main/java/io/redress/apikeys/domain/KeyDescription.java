package io.redress.apikeys.domain;

import io.redress.apikeys.api.KeyPermission;
import java.time.Instant;
import java.util.Set;

/** What the exchange says about a key, checked ({@link KeyRules}): never its secret. */
public record KeyDescription(String accountId, String label, Set<KeyPermission> permissions, IpAllowlist allowlist,
                             String integration, String fingerprint, Instant createdAt, String createdFromIp,
                             Instant lastUsedAt) {
}
