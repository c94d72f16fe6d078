package io.redress.apikeys.domain;

import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.KeyStatus;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.Snapshot;
import java.time.Instant;

/**
 * A key's stored columns as a plain value, the same facts as {@link ApiKey}: its audit snapshot and its view are made
 * here for both. A bulk revocation reads a chunk's rows locked, as these, without building, tracking and detaching an
 * entity per key, and writes {@link #revoked} with one statement for them all.
 */
public record KeyRecord(long id, String keyId, String accountId, String label, String permissions, String granted,
                        String ipAllowlist, Long integrationId, String fingerprint, Instant createdAt,
                        String createdFromIp, Instant lastUsedAt, KeyStatus status, String statusBy, Instant statusAt,
                        String statusReason, Instant policyCheckAt, Instant registeredAt, Instant updatedAt,
                        long version) {

    /** The key as the audit trail keeps it, before and after a change. */
    public Snapshot snapshot() {
        return Snapshot.of().with("accountId", accountId).with("label", label).with("permissions", permissions)
                .with("granted", granted).with("ipAllowlist", ipAllowlist).with("integrationId", integrationId)
                .with("fingerprint", fingerprint).with("createdAt", createdAt).with("createdFromIp", createdFromIp)
                .with("lastUsedAt", lastUsedAt).with("status", status.name()).with("statusBy", statusBy)
                .with("statusReason", statusReason);
    }

    /**
     * The key as {@link ApiKey#revoke} leaves it, its version moved by one as the row's is: revoked by {@code by} for
     * {@code reason} at {@code now}, holding nothing, no longer looked at by the key policy. Only an active key.
     */
    public KeyRecord revoked(String by, String reason, Instant now) {
        if (status != KeyStatus.ACTIVE) {
            throw RuleViolation.of("key-not-active", "Key " + keyId + " is already " + status, keyId);
        }
        return new KeyRecord(id, keyId, accountId, label, "", granted, ipAllowlist, integrationId, fingerprint, createdAt,
                createdFromIp, lastUsedAt, KeyStatus.REVOKED, by, now, reason, null, registeredAt, now, version + 1);
    }

    public ApiKeyView view(String integrationCode) {
        return new ApiKeyView(keyId, accountId, label, ApiKey.parse(permissions), ApiKey.parse(granted),
                IpAllowlist.stored(ipAllowlist).entries(), integrationCode, fingerprint, createdAt, createdFromIp, lastUsedAt,
                status, statusBy, statusAt, statusReason, policyCheckAt, registeredAt, updatedAt, version);
    }
}
