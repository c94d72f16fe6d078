package io.redress.apikeys.domain;

import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyStatus;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An exchange API key as the registry knows it. The exchange describes it (upsert); Redress owns its status (the
 * key policy expires it and takes permissions away, SECURITY revokes it). EXPIRED and REVOKED are final.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_KEY_ID, query = "SELECT k FROM ApiKey k WHERE k.keyId = :keyId")
@NamedQuery(name = ApiKey.BY_ACCOUNT, query = "SELECT k FROM ApiKey k WHERE k.accountId = :account ORDER BY k.keyId")
@NamedQuery(name = ApiKey.POLICY_DUE, query = "SELECT k.keyId FROM ApiKey k WHERE k.policyCheckAt <= :now ORDER BY k.policyCheckAt")
public class ApiKey {

    public static final String BY_KEY_ID = "ApiKey.byKeyId";
    public static final String BY_ACCOUNT = "ApiKey.byAccount";
    public static final String POLICY_DUE = "ApiKey.policyDue";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    private Long id;
    @Column(name = "key_id", nullable = false, updatable = false)
    private String keyId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    private String label;
    @Column(nullable = false)
    private String permissions;
    @Column(nullable = false)
    private String granted;
    @Column(name = "ip_allowlist", nullable = false)
    private String ipAllowlist;
    @Column(name = "has_allowlist", nullable = false)
    private boolean hasAllowlist;
    @Column(name = "integration_id")
    private Long integrationId;
    private String fingerprint;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_from_ip")
    private String createdFromIp;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyStatus status;
    @Column(name = "status_by")
    private String statusBy;
    @Column(name = "status_at")
    private Instant statusAt;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "policy_check_at")
    private Instant policyCheckAt;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private Long version;

    protected ApiKey() {
    }

    public ApiKey(String keyId, String accountId, Instant now) {
        this.keyId = keyId;
        this.accountId = accountId;
        this.status = KeyStatus.ACTIVE;
        this.registeredAt = now;
        this.updatedAt = now;
        this.permissions = "";
        this.granted = "";
        this.ipAllowlist = "";
    }

    /**
     * The address this key was created from, with its creation time, when {@code d} names another (else empty): the
     * unfamiliar-address rule counts a key's creation address as seen without storing it, so the one the exchange
     * no longer names is kept with the addresses the key traded from.
     */
    public Map<String, Instant> creationAddressLeftBy(KeyDescription d) {
        return createdFromIp == null || createdFromIp.equals(d.createdFromIp()) ? Map.of() : Map.of(createdFromIp, createdAt);
    }

    /** What the exchange says about the key now. Returns whether anything it describes changed. */
    public boolean describe(KeyDescription d, Long integrationId, Instant now) {
        String allowlist = d.allowlist().toString();
        String grantedText = names(d.permissions());
        boolean changed = !eq(label, d.label()) || !granted.equals(grantedText) || !ipAllowlist.equals(allowlist)
                || !eq(this.integrationId, integrationId) || !eq(fingerprint, d.fingerprint())
                || !eq(createdAt, d.createdAt()) || !eq(createdFromIp, d.createdFromIp()) || !eq(lastUsedAt, later(lastUsedAt, d.lastUsedAt()));
        label = d.label();
        granted = grantedText;
        ipAllowlist = allowlist;
        hasAllowlist = !d.allowlist().isEmpty();
        this.integrationId = integrationId;
        fingerprint = d.fingerprint();
        createdAt = d.createdAt();
        createdFromIp = d.createdFromIp();
        lastUsedAt = later(lastUsedAt, d.lastUsedAt());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /**
     * The policy's verdict applied to an active key: it keeps {@code v.permissions()}, or expires. Returns what this
     * took away that the key had not lost before (the lapse the exchange must apply), given what the policy had
     * removed before ({@code removedBefore}); on expiry, everything it held.
     */
    public Set<KeyPermission> applyPolicy(KeyPolicy.Verdict v, Set<KeyPermission> removedBefore, Instant now) {
        if (status != KeyStatus.ACTIVE) {
            policyCheckAt = null;
            return Set.of();
        }
        if (v.expired()) {
            Set<KeyPermission> held = permissions();
            status = KeyStatus.EXPIRED;
            statusBy = "system";
            statusAt = now;
            statusReason = "key policy: no IP allowlist and unused since " + (lastUsedAt == null ? createdAt : lastUsedAt);
            permissions = "";
            policyCheckAt = null;
            updatedAt = now;
            return held;
        }
        EnumSet<KeyPermission> lost = EnumSet.noneOf(KeyPermission.class);
        lost.addAll(v.removed());
        lost.removeAll(removedBefore);
        String kept = names(v.permissions());
        if (!kept.equals(permissions)) {
            updatedAt = now;
        }
        permissions = kept;
        policyCheckAt = v.nextCheckAt();
        return lost;
    }

    /** What the policy had taken away: granted but not held (nothing for a key that is not active). */
    public Set<KeyPermission> removedByPolicy() {
        EnumSet<KeyPermission> removed = EnumSet.noneOf(KeyPermission.class);
        if (status == KeyStatus.ACTIVE) {
            removed.addAll(parse(granted));
            removed.removeAll(permissions());
        }
        return removed;
    }

    public Instant policyCheckAt() {
        return policyCheckAt;
    }

    public void revoke(String by, String reason, Instant now) {
        if (status != KeyStatus.ACTIVE) {
            throw RuleViolation.of("key-not-active", "Key " + keyId + " is already " + status, keyId);
        }
        status = KeyStatus.REVOKED;
        statusBy = by;
        statusAt = now;
        statusReason = reason;
        policyCheckAt = null;
        permissions = "";
        updatedAt = now;
    }

    public KeyPolicy.Facts policyFacts() {
        return new KeyPolicy.Facts(parse(granted), hasAllowlist, createdAt, lastUsedAt);
    }

    public Long id() {
        return id;
    }

    public String keyId() {
        return keyId;
    }

    public String accountId() {
        return accountId;
    }

    public KeyStatus status() {
        return status;
    }

    public Long integrationId() {
        return integrationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdFromIp() {
        return createdFromIp;
    }

    /** When the key was last used as far as Redress knows (to the minute: {@link KeyUses#STEP}), or null. */
    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public IpAllowlist allowlist() {
        return IpAllowlist.stored(ipAllowlist);
    }

    public Set<KeyPermission> permissions() {
        return parse(permissions);
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Snapshot snapshot() {
        return record().snapshot();
    }

    public ApiKeyView view(String integrationCode) {
        return record().view(integrationCode);
    }

    /** The key's columns as a plain value (see {@link KeyRecord}); the id of a key not yet stored is 0. */
    public KeyRecord record() {
        return new KeyRecord(id == null ? 0 : id, keyId, accountId, label, permissions, granted, ipAllowlist, integrationId,
                fingerprint, createdAt, createdFromIp, lastUsedAt, status, statusBy, statusAt, statusReason, policyCheckAt,
                registeredAt, updatedAt, version());
    }

    public static String names(Set<KeyPermission> set) {
        return set.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    public static Set<KeyPermission> parse(String text) {
        EnumSet<KeyPermission> out = EnumSet.noneOf(KeyPermission.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.trim().split(" +")).map(KeyPermission::valueOf).forEach(out::add);
        }
        return out;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || b.isBefore(a) ? a : b;
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
