package io.redress.messaging.domain;

import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.messaging.api.CustomerMessageView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A message that passed the check point, waiting for the exchange to deliver it. Its delivery position, the sequence
 * number of the audit entry that queued it, is a {@link MessagePosition} of its own, written by the audit chainer after
 * the message committed, under the chain head's lock: so positions become visible in order (an id from a sequence does
 * not: ids are allocated before commit, in blocks per instance).
 */
@Entity
@Table(name = "customer_message")
@NamedQuery(name = CustomerMessage.PENDING,
        query = "SELECT m FROM CustomerMessage m WHERE m.deliveredAt IS NULL ORDER BY m.createdAt, m.id")
@NamedQuery(name = CustomerMessage.BY_KEY, query = "SELECT m FROM CustomerMessage m WHERE m.requestKey = :key")
@NamedQuery(name = CustomerMessage.FOR_REFERENCE,
        query = "SELECT m FROM CustomerMessage m WHERE m.source = :source AND m.reference = :reference ORDER BY m.id")
@NamedQuery(name = CustomerMessage.FOR_ACCOUNT,
        query = "SELECT m FROM CustomerMessage m WHERE m.source = :source AND m.accountId = :account ORDER BY m.id DESC")
@NamedQuery(name = CustomerMessage.LEGACY_AFTER,
        query = "SELECT m FROM CustomerMessage m WHERE m.source = :source AND m.legacyId > :after ORDER BY m.legacyId")
@NamedQuery(name = CustomerMessage.LEGACY_PENDING,
        query = "SELECT m FROM CustomerMessage m WHERE m.source = :source AND m.deliveredAt IS NULL ORDER BY m.legacyId")
@NamedQuery(name = CustomerMessage.LEGACY_ID,
        query = "SELECT m FROM CustomerMessage m WHERE m.source = :source AND m.legacyId = :id")
public class CustomerMessage {

    public static final String PENDING = "CustomerMessage.pending";
    public static final String BY_KEY = "CustomerMessage.byKey";
    public static final String FOR_REFERENCE = "CustomerMessage.forReference";
    public static final String FOR_ACCOUNT = "CustomerMessage.forAccount";
    public static final String LEGACY_AFTER = "CustomerMessage.legacyAfter";
    public static final String LEGACY_PENDING = "CustomerMessage.legacyPending";
    public static final String LEGACY_ID = "CustomerMessage.legacyId";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_message_seq")
    @SequenceGenerator(name = "customer_message_seq", sequenceName = "customer_message_seq", allocationSize = 500)
    private Long id;
    @Column(name = "request_key", nullable = false, updatable = false)
    private String requestKey;
    @Column(nullable = false, updatable = false)
    private String source;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(name = "account_id", updatable = false)
    private String accountId;
    @Column(updatable = false)
    private String reference;
    @Column(nullable = false, updatable = false)
    private String channel;
    @Column(updatable = false)
    private String contact;
    @Column(nullable = false, updatable = false)
    private String language;
    @Column(updatable = false)
    private String subject;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "template_code", updatable = false)
    private String templateCode;
    @Column(name = "restriction_id", updatable = false)
    private Long restrictionId;
    @Column(name = "reason_disclosed", updatable = false)
    private Boolean reasonDisclosed;
    @Column(name = "window_ends_at", updatable = false)
    private Instant windowEndsAt;
    @Column(name = "how_to_appeal", updatable = false)
    private String howToAppeal;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "legacy_id", nullable = false)
    private long legacyId;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "delivered_by")
    private String deliveredBy;
    @Version
    private Long version;

    protected CustomerMessage() {
    }

    public CustomerMessage(CustomerMessageRequested r, Instant now) {
        this.requestKey = r.requestKey();
        this.source = r.source();
        this.kind = r.kind();
        this.accountId = r.accountId();
        this.reference = r.reference();
        this.channel = r.channel();
        this.contact = r.contact();
        this.language = r.language();
        this.subject = r.subject();
        this.body = r.body();
        this.templateCode = r.templateCode();
        if (r.notice() != null) {
            this.restrictionId = r.notice().restrictionId();
            this.reasonDisclosed = r.notice().reasonDisclosed();
            this.windowEndsAt = r.notice().windowEndsAt();
            this.howToAppeal = r.notice().howToAppeal();
        }
        this.createdBy = r.actor().name();
        this.createdAt = now;
    }

    /** The columns of {@link #row}, in its order, as {@code customer_message} names them. */
    public static final List<String> ROW_COLUMNS = List.of("id", "request_key", "source", "kind", "account_id", "reference",
            "channel", "contact", "language", "subject", "body", "template_code", "restriction_id", "reason_disclosed",
            "window_ends_at", "how_to_appeal", "created_by", "created_at", "legacy_id", "delivered_at",
            "delivered_by", "version");

    /**
     * A new message written by plain SQL with others ({@link #row}) takes the id drawn for it from the message sequence,
     * and the first version, as a persist gives them; it keeps that id under the replaced feeds too.
     */
    public void numbered(long drawn) {
        if (id != null) {
            throw new IllegalStateException("message " + requestKey + " has an id already");
        }
        id = drawn;
        version = 1L;
        numbered();
    }

    /** The message's row, a value per column of {@link #ROW_COLUMNS}: {@code Long}, {@code Boolean}, {@code String} or {@code Instant}, or null. */
    public Object[] row() {
        if (id == null) {
            throw new IllegalStateException("message " + requestKey + " has no id yet");
        }
        return new Object[] {id, requestKey, source, kind, accountId, reference, channel, contact, language, subject, body,
            templateCode, restrictionId, reasonDisclosed, windowEndsAt, howToAppeal, createdBy, createdAt, legacyId,
            deliveredAt, deliveredBy, version};
    }

    /** Once persisted: a new message keeps its own id under the replaced feeds too. */
    public void numbered() {
        legacyId = java.util.Objects.requireNonNull(id, "a sequence id is assigned on persist");
    }

    /** True the first time; a repeated acknowledgement changes nothing. */
    public boolean deliver(String by, Instant now) {
        if (deliveredAt != null) {
            return false;
        }
        deliveredAt = now;
        deliveredBy = by;
        return true;
    }

    public Long id() {
        return id;
    }

    /** The message as the exchange reads it, at its delivery position ({@link MessagePosition}; null before the chainer's). */
    public CustomerMessageView view(Long position) {
        return new CustomerMessageView(id, position, source, kind, accountId, reference, channel,
                contact, language, subject, body, templateCode, restrictionId, reasonDisclosed, windowEndsAt, howToAppeal,
                createdBy, createdAt, deliveredAt, legacyId);
    }
}
