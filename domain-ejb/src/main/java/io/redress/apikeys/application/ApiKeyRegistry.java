package io.redress.apikeys.application;

import io.redress.accounts.api.Accounts;
import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.KeyFeedView;
import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyStatus;
import io.redress.apikeys.api.KeyUpsert;
import io.redress.apikeys.domain.ApiKey;
import io.redress.apikeys.domain.Integration;
import io.redress.apikeys.domain.KeyAddresses;
import io.redress.apikeys.domain.KeyDescription;
import io.redress.apikeys.domain.KeyFeedEntry;
import io.redress.apikeys.domain.KeyPolicy;
import io.redress.apikeys.domain.KeyRecord;
import io.redress.apikeys.domain.KeyRules;
import io.redress.audit.application.AuditRecorder;
import io.redress.audit.application.AuditTrail;
import io.redress.shared.application.Access;
import io.redress.shared.domain.AccountIdentifier;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.infrastructure.CommitWait;
import io.redress.shared.infrastructure.RowSetStatements;
import io.redress.shared.infrastructure.SqlInstants;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key registry: the exchange describes its keys (idempotent upsert), the key policy takes away what a key may
 * not keep and expires unused keys without an allowlist, SECURITY revokes keys. Every revocation, expiry and lapse is
 * audited and queued in the feed the exchange polls, in commit order.
 */
@Stateless
public class ApiKeyRegistry {

    public static final String ENTITY = "ApiKey";
    public static final int MAX_FEED_PAGE = 1000;

    private static final String LOCK_SQL = "SELECT id, key_id, account_id, label, permissions, granted, ip_allowlist,"
            + " integration_id, fingerprint, created_at, created_from_ip, last_used_at, status, status_by, status_at,"
            + " status_reason, policy_check_at, registered_at, updated_at, version FROM api_key WHERE";
    private static final String REVOKE_SQL = "UPDATE api_key SET status = 'REVOKED', status_by = ?, status_at = ?,"
            + " status_reason = ?, policy_check_at = NULL, permissions = '', updated_at = ?, version = version + 1 WHERE";
    private static final String REVOKE_UNLESS_DONE = " AND status = 'ACTIVE'";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    /** The bulk revocation's appends, in its transaction, all at once. */
    @Inject
    AuditRecorder recorder;
    @Inject
    Accounts accounts;
    @Inject
    IntegrationCatalogue integrations;
    @Inject
    KeySettings settings;
    @Inject
    Clock clock;
    /** A change of a key that decisions read answers once every instance's decision cache has dropped the key. */
    @Inject
    CommitWait commitWait;
    @Inject
    RowSetStatements statements;
    @Inject
    KeyAddresses addresses;

    /** The key as stored, whether it was created by this call, and whether this call changed anything. */
    public record Registered(ApiKeyView key, boolean created, boolean changed) {
    }

    /** One page of the feed; {@code next} is the position to pass as {@code after} (the last one read). */
    public record FeedPage(List<KeyFeedView> entries, long next) {
    }

    public Registered upsert(Actor actor, String keyId, KeyUpsert u) {
        String role = access.require(actor, Permission.APIKEY_REGISTER);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>(KeyRules.checkKeyId(keyId));
        KeyDescription d = KeyRules.check(u, now, errors);
        Optional<ApiKey> existing = errors.isEmpty() ? findLocked(keyId) : Optional.empty();
        Integration integration = null;
        if (d != null) {
            if (!accountKnown(d.accountId())) {
                errors.add(new FieldError("accountId", "no account " + d.accountId() + " is known to Redress (mirror it first)"));
            }
            if (existing.isPresent() && !existing.get().accountId().equals(d.accountId())) {
                errors.add(new FieldError("accountId", "key " + keyId + " belongs to another account; a key never changes account"));
            }
            if (d.integration() != null) {
                Integration found = integrations.find(d.integration()).orElse(null);
                integration = found;
                if (found == null) {
                    errors.add(new FieldError("integration", "no integration " + d.integration() + " (GET /api/v1/integrations)"));
                } else if (found.retired() && !existing.map(k -> alreadyLinked(k, found)).orElse(false)) {
                    errors.add(new FieldError("integration", "integration " + d.integration() + " is retired"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (existing.isPresent() && u.version() != null && existing.get().version() != u.version()) {
            throw new StaleVersion(ENTITY, keyId, u.version(), existing.get().version());
        }
        ApiKey k = existing.orElseGet(() -> new ApiKey(keyId, d.accountId(), now));
        String before = existing.map(x -> x.snapshot().toJson()).orElse(null);
        Set<KeyPermission> removedBefore = k.removedByPolicy();
        KeyStatus was = k.status();
        Map<String, Instant> leftAddress = k.creationAddressLeftBy(d);
        boolean changed = k.describe(d, integration == null ? null : integration.id(), now);
        List<Runnable> lapses = enforce(k, removedBefore, was, now);
        if (existing.isEmpty()) {
            em.persist(k);
        }
        flush(k);
        if (!leftAddress.isEmpty()) {
            addresses.remember(Map.of(keyId, leftAddress));
        }
        boolean wrote = changed || !lapses.isEmpty() || existing.isEmpty();
        if (wrote) {
            lapses.forEach(Runnable::run);
            if (existing.isPresent()) {
                commitWait.standingChanged(); // a new key was in no cache; a changed one answers once none holds it as it was
            }
            audit.record(actor, role, existing.isEmpty() ? "API_KEY_REGISTERED" : "API_KEY_UPDATED", ENTITY, keyId, before,
                    k.snapshot().toJson(), null);
        }
        return new Registered(k.view(integration == null ? null : integration.code()), existing.isEmpty(), wrote);
    }

    public ApiKeyView get(Actor actor, String keyId) {
        access.require(actor, Permission.APIKEY_READ);
        ApiKey k = find(keyId).orElseThrow(() -> new NotFound(ENTITY, keyId));
        return k.view(codeOf(k.integrationId()));
    }

    public List<ApiKeyView> forAccount(Actor actor, String accountId) {
        access.require(actor, Permission.APIKEY_READ);
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidInput(FieldError.required("accountId"));
        }
        AccountIdentifier.problem("accountId", accountId).ifPresent(e -> {
            throw new InvalidInput(e);
        });
        Map<Long, String> codes = new HashMap<>();
        return em.createNamedQuery(ApiKey.BY_ACCOUNT, ApiKey.class).setParameter("account", accountId).setMaxResults(1000)
                .getResultList().stream()
                .map(k -> k.view(k.integrationId() == null ? null : codes.computeIfAbsent(k.integrationId(), this::codeOf)))
                .toList();
    }

    /** SECURITY revokes a key, saying why; final. {@code expectedVersion} null: whatever version is there. */
    public ApiKeyView revoke(Actor actor, String keyId, Long expectedVersion, String reason) {
        String role = access.require(actor, Permission.APIKEY_REVOKE);
        List<FieldError> errors = KeyRules.checkReason(reason);
        if (!errors.isEmpty()) {
            throw new InvalidInput(new ArrayList<>(errors));
        }
        ApiKey k = findLocked(keyId).orElseThrow(() -> new NotFound(ENTITY, keyId));
        if (expectedVersion != null && k.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, keyId, expectedVersion, k.version());
        }
        String before = k.snapshot().toJson();
        Set<KeyPermission> held = k.permissions();
        Instant now = clock.instant();
        k.revoke(actor.name(), reason.strip(), now);
        flush(k);
        commitWait.standingChanged(); // the revocation answers once every instance's next decision refuses the key
        appendFeed(k, KeyFeedView.Kind.REVOKED, held, reason.strip(), actor.name(), now);
        audit.record(actor, role, "API_KEY_REVOKED", ENTITY, keyId, before, k.snapshot().toJson(), reason.strip());
        return k.view(codeOf(k.integrationId()));
    }

    /**
     * A bulk job's revocation of many keys at once (a chunk of an incident's keys), with the effects of
     * {@link #revoke} for each key still active: one {@code UPDATE} of their rows (moving each row's version, so a
     * person or call that read a key before sees a conflict), its audit entries and its feed entries at consecutive
     * positions under one take of the feed head's lock, all in the caller's transaction. The rows are read locked
     * first, in id order, as plain columns ({@link KeyRecord}: no entity built, tracked and detached per key). A key
     * already revoked or expired is left as it is; an unknown key refuses the whole call. Unlike {@link #revoke}, the
     * transaction answers at its commit, without the commit wait: the caller settles once when it is done
     * ({@link CommitWait#settle}).
     *
     * @return the keys as they stand after the call, in the order given
     */
    public List<ApiKeyView> revokeAllIfActive(Actor actor, List<String> keyIds, String reason) {
        String role = access.require(actor, Permission.APIKEY_REVOKE);
        List<FieldError> errors = KeyRules.checkReason(reason);
        if (!errors.isEmpty()) {
            throw new InvalidInput(new ArrayList<>(errors));
        }
        if (keyIds.isEmpty()) {
            return List.of();
        }
        String why = reason.strip();
        Map<String, KeyRecord> found = new HashMap<>();
        for (KeyRecord k : lockedRecords(keyIds)) {
            found.put(k.keyId(), k);
        }
        for (String id : keyIds) {
            if (!found.containsKey(id)) {
                throw new NotFound(ENTITY, id);
            }
        }
        Instant now = clock.instant();
        List<KeyRecord> before = found.values().stream().filter(k -> k.status() == KeyStatus.ACTIVE)
                .sorted(java.util.Comparator.comparingLong(KeyRecord::id)).toList();
        if (!before.isEmpty()) {
            // the same change as ApiKey.revoke (KeyRecord.revoked), for every row at once; rows locked above, so each is
            // still ACTIVE. Native SQL, to move each row's version by one: on PostgreSQL the ids as one array parameter (a
            // statement of hundreds of parameters cost more to bind and plan than to run), on H2 a batch by id
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            Long[] ids = before.stream().map(KeyRecord::id).toArray(Long[]::new);
            int n = statements.write("the keys' revocation", REVOKE_SQL + " id = ANY(?::bigint[])" + REVOKE_UNLESS_DONE, (ps, c) -> {
                revocation(ps, actor.name(), why, at);
                ps.setArray(5, c.createArrayOf("bigint", ids));
            }, REVOKE_SQL + " id = ?" + REVOKE_UNLESS_DONE, ids.length, (ps, i) -> {
                revocation(ps, actor.name(), why, at);
                ps.setLong(5, ids[i]);
            });
            if (n != before.size()) {
                throw new IllegalStateException("revoked " + n + " of " + before.size() + " locked active keys");
            }
            // no commit wait here: nobody waits on a job's chunk (its progress is read apart from it); the job settles
            // once before it completes (IncidentJobWork.completed), and the exchange's page of the feed waits itself
            List<AuditRecorder.Append> entries = new ArrayList<>(before.size());
            List<KeyRecord> revoked = new ArrayList<>(before.size());
            for (KeyRecord was : before) {
                KeyRecord k = was.revoked(actor.name(), why, now);
                found.put(k.keyId(), k);
                revoked.add(k);
                entries.add(new AuditRecorder.Append(null, actor, role, "API_KEY_REVOKED", ENTITY, k.keyId(),
                        was.snapshot().toJson(), k.snapshot().toJson(), why));
            }
            // in this transaction (the registry's methods always run in one): the audit entries in one statement, then the
            // feed entries in one, under the feed head's lock taken last: it is held to the commit (the chunk's positions
            // appear together, in order), and a concurrent chunk (another lane of a job) waits for it only that long
            recorder.recordAll(entries);
            em.createNativeQuery("UPDATE key_feed_head SET last_position = last_position + ?1 WHERE id = 1")
                    .setParameter(1, before.size()).executeUpdate();
            long last = ((Number) em.createNativeQuery("SELECT last_position FROM key_feed_head WHERE id = 1")
                    .getSingleResult()).longValue();
            long position = last - before.size();
            List<KeyFeedEntry> feed = new ArrayList<>(before.size());
            for (int i = 0; i < before.size(); i++) {
                KeyRecord k = revoked.get(i);
                feed.add(new KeyFeedEntry(++position, k.keyId(), k.accountId(), KeyFeedView.Kind.REVOKED,
                        ApiKey.parse(k.permissions()), ApiKey.parse(before.get(i).permissions()), why, actor.name(), now));
            }
            statements.insertNew("the keys' revocations in the feed", "key_feed_entry", KeyFeedEntry.ROW_COLUMNS,
                    KeyFeedEntry.class, feed, KeyFeedEntry::row);
        }
        Map<Long, String> codes = new HashMap<>();
        return keyIds.stream().map(found::get)
                .map(k -> k.view(k.integrationId() == null ? null : codes.computeIfAbsent(k.integrationId(), this::codeOf)))
                .toList();
    }

    /** The keys' rows, locked in id order, as plain columns (on PostgreSQL the key ids as one array parameter). */
    private List<KeyRecord> lockedRecords(List<String> keyIds) {
        em.flush(); // plain SQL on the context's connection: what this transaction changed through it is written first
        List<KeyRecord> out = new ArrayList<>(keyIds.size());
        statements.readKeys("the keys to revoke", keyIds, LOCK_SQL + " key_id = ANY(?::varchar[]) ORDER BY id FOR UPDATE",
                LOCK_SQL + " key_id IN", " ORDER BY id FOR UPDATE", rs -> out.add(new KeyRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8) == null ? null : rs.getLong(8), rs.getString(9), SqlInstants.read(rs.getObject(10)),
                        rs.getString(11), SqlInstants.read(rs.getObject(12)), KeyStatus.valueOf(rs.getString(13)),
                        rs.getString(14), SqlInstants.read(rs.getObject(15)), rs.getString(16),
                        SqlInstants.read(rs.getObject(17)), SqlInstants.read(rs.getObject(18)),
                        SqlInstants.read(rs.getObject(19)), rs.getLong(20))));
        // H2 reads an IN list a slice at a time: the rows in id order all the same
        out.sort(java.util.Comparator.comparingLong(KeyRecord::id));
        return out;
    }

    private static void revocation(PreparedStatement ps, String by, String why, OffsetDateTime at) throws SQLException {
        ps.setString(1, by);
        ps.setObject(2, at);
        ps.setString(3, why);
        ps.setObject(4, at);
    }

    /** The exchange's feed: revocations, expiries and lapses after a position, in commit order. */
    public FeedPage feed(Actor actor, long after, int size) {
        access.require(actor, Permission.APIKEY_FEED);
        if (size < 1 || size > MAX_FEED_PAGE) {
            throw new InvalidInput(FieldError.of("size", FieldError.Code.BETWEEN, "1 to " + MAX_FEED_PAGE, 1, MAX_FEED_PAGE));
        }
        List<KeyFeedView> rows = em.createNamedQuery(KeyFeedEntry.AFTER, KeyFeedEntry.class).setParameter("after", after)
                .setMaxResults(size).getResultList().stream().map(KeyFeedEntry::view).toList();
        if (!rows.isEmpty()) {
            // the exchange may ask a decision about a key on this page at once, on any instance: the page answers once
            // every decision cache has dropped the keys it names (a revocation read within its own writer's wait)
            commitWait.changesRead();
        }
        return new FeedPage(rows, rows.isEmpty() ? after : rows.get(rows.size() - 1).position());
    }

    /** The keys whose policy check is due (the sweep), oldest first. */
    public List<String> policyDue(Instant now, int max) {
        return em.createNamedQuery(ApiKey.POLICY_DUE, String.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** The sweep's step for one key, in its own transaction (the timer calls it without one). Returns whether it lapsed. */
    public boolean enforcePolicy(String keyId, Instant now) {
        ApiKey k = findLocked(keyId).orElse(null);
        if (k == null || k.policyCheckAt() == null || k.policyCheckAt().isAfter(now)) {
            return false;
        }
        String before = k.snapshot().toJson();
        List<Runnable> lapses = enforce(k, k.removedByPolicy(), k.status(), now);
        flush(k);
        lapses.forEach(Runnable::run);
        if (!lapses.isEmpty()) {
            // no commit wait: a decision applies the policy to the key's facts at its own time, so it refused the key
            // before this sweep recorded the lapse
            audit.record(Actor.system(), "SYSTEM", "API_KEY_POLICY_APPLIED", ENTITY, keyId, before, k.snapshot().toJson(),
                    "key policy");
        }
        return !lapses.isEmpty();
    }

    /**
     * Applies the policy; returns the feed entries to append once the key is flushed (each takes the feed's lock,
     * which is held to the commit: taken after the key's own writes; the audit takes no lock).
     */
    private List<Runnable> enforce(ApiKey k, Set<KeyPermission> removedBefore, KeyStatus was, Instant now) {
        Set<KeyPermission> held = k.permissions();
        KeyPolicy policy = settings.policy();
        KeyPolicy.Verdict v = policy.apply(k.policyFacts(), now);
        Set<KeyPermission> lost = k.applyPolicy(v, removedBefore, now);
        List<Runnable> out = new ArrayList<>();
        if (was == KeyStatus.ACTIVE && k.status() == KeyStatus.EXPIRED) {
            Set<KeyPermission> removed = held.isEmpty() ? lost : held;
            out.add(() -> appendFeed(k, KeyFeedView.Kind.EXPIRED, removed, "key policy: no IP allowlist and unused for "
                    + policy.unusedWithoutAllowlist().toDays() + " days", "system", now));
        } else if (was == KeyStatus.ACTIVE && !lost.isEmpty()) {
            String why = lost.contains(KeyPermission.WITHDRAW) && lost.size() == 1
                    ? "key policy: WITHDRAW needs an IP allowlist"
                    : "key policy: no IP allowlist " + policy.tradingWithoutAllowlist().toDays()
                    + " days after creation: trading permissions lapse" + (lost.contains(KeyPermission.WITHDRAW)
                    ? "; WITHDRAW needs an IP allowlist" : "");
            out.add(() -> appendFeed(k, KeyFeedView.Kind.PERMISSIONS_LAPSED, lost, why, "system", now));
        }
        return out;
    }

    /**
     * Appends to the exchange's feed at the next position, under the lock of the feed's head row: the lock is held to
     * the commit, so positions are handed out in commit order and a reader never sees N+1 before N.
     */
    private void appendFeed(ApiKey k, KeyFeedView.Kind kind, Set<KeyPermission> removed, String reason, String by, Instant now) {
        em.createNativeQuery("UPDATE key_feed_head SET last_position = last_position + 1 WHERE id = 1").executeUpdate();
        long position = ((Number) em.createNativeQuery("SELECT last_position FROM key_feed_head WHERE id = 1")
                .getSingleResult()).longValue();
        em.persist(new KeyFeedEntry(position, k.keyId(), k.accountId(), kind, k.permissions(), removed, reason, by, now));
        em.flush();
    }

    private void flush(ApiKey k) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY + " " + k.keyId() + " was changed by someone else; read it again");
        } catch (PersistenceException e) {
            // the same new key registered at the same moment by another call: its unique key id refused this insert
            if (k.version() == 0) {
                throw new StaleVersion(ENTITY + " " + k.keyId() + " was registered at the same moment; send it again");
            }
            throw e;
        }
    }

    Optional<ApiKey> find(String keyId) {
        return em.createNamedQuery(ApiKey.BY_KEY_ID, ApiKey.class).setParameter("keyId", keyId).getResultStream().findFirst();
    }

    /**
     * The key's row as it is now, locked to the commit, for a writer of the entity (the exchange's upsert, the policy
     * sweep, a revocation). The trade-event intake moves a key's last use forward in plain SQL without taking the key's version, so
     * an optimistic read could hold a last use older than the one stored: writing the entity back put that older one
     * back, and the policy could expire a key as unused just after it traded. Locked, the read waits for an intake
     * batch that is writing the key's last use, and a batch that comes after waits for this commit and keeps the later
     * use (its guard). One row, then the feed's head when the policy lapses something: the order every key writer
     * takes them in.
     */
    private Optional<ApiKey> findLocked(String keyId) {
        return em.createNamedQuery(ApiKey.BY_KEY_ID, ApiKey.class).setParameter("keyId", keyId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private boolean accountKnown(String accountId) {
        return accounts.find(accountId).isPresent();
    }

    /** A retired integration stays on the keys linked to it before; no key is newly linked to it. */
    private static boolean alreadyLinked(ApiKey k, Integration i) {
        return i.id().equals(k.integrationId());
    }

    private String codeOf(Long integrationId) {
        if (integrationId == null) {
            return null;
        }
        Integration i = em.find(Integration.class, integrationId);
        return i == null ? null : i.code();
    }
}
