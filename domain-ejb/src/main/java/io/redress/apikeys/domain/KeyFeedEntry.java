package io.redress.apikeys.domain;

import io.redress.apikeys.api.KeyFeedView;
import io.redress.apikeys.api.KeyPermission;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A revocation, expiry or lapse the exchange must apply; written once, never changed. */
@Entity
@Table(name = "key_feed_entry")
@NamedQuery(name = KeyFeedEntry.AFTER, query = "SELECT e FROM KeyFeedEntry e WHERE e.position > :after ORDER BY e.position")
public class KeyFeedEntry {

    public static final String AFTER = "KeyFeedEntry.after";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_feed_seq")
    @SequenceGenerator(name = "key_feed_seq", sequenceName = "key_feed_seq", allocationSize = 500)
    private Long id;
    @Column(nullable = false, updatable = false)
    private long position;
    @Column(name = "key_id", nullable = false, updatable = false)
    private String keyId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private KeyFeedView.Kind kind;
    @Column(nullable = false, updatable = false)
    private String permissions;
    @Column(nullable = false, updatable = false)
    private String removed;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected KeyFeedEntry() {
    }

    public KeyFeedEntry(long position, String keyId, String accountId, KeyFeedView.Kind kind, Set<KeyPermission> permissions,
                        Set<KeyPermission> removed, String reason, String decidedBy, Instant decidedAt) {
        this.position = position;
        this.keyId = keyId;
        this.accountId = accountId;
        this.kind = kind;
        this.permissions = ApiKey.names(permissions);
        this.removed = ApiKey.names(removed);
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** The columns of {@link #row}, in its order, as {@code key_feed_entry} names them. */
    public static final List<String> ROW_COLUMNS = List.of("id", "position", "key_id", "account_id", "kind", "permissions",
            "removed", "reason", "decided_by", "decided_at");

    /** This entry's row with the id drawn for it, for a bulk revocation's entries written by plain SQL together. */
    public Object[] row(long drawnId) {
        return new Object[] {drawnId, position, keyId, accountId, kind.name(), permissions, removed, reason, decidedBy,
            decidedAt};
    }

    public KeyFeedView view() {
        return new KeyFeedView(position, keyId, accountId, kind, ApiKey.parse(permissions), ApiKey.parse(removed), reason,
                decidedBy, decidedAt);
    }
}
