package io.redress.cases.domain;

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

/** A message that passed the check point, waiting for the exchange to deliver it through the customer's channel. */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.AFTER, query = "SELECT o FROM OutboxMessage o WHERE o.id > :after ORDER BY o.id")
@NamedQuery(name = OutboxMessage.PENDING, query = "SELECT o FROM OutboxMessage o WHERE o.deliveredAt IS NULL ORDER BY o.id")
@NamedQuery(name = OutboxMessage.FOR_CASE, query = "SELECT o FROM OutboxMessage o WHERE o.caseId = :id ORDER BY o.id")
public class OutboxMessage {

    public static final String AFTER = "OutboxMessage.after";
    public static final String FOR_CASE = "OutboxMessage.forCase";
    public static final String PENDING = "OutboxMessage.pending";
    /** Delivered privately to the account (in-app inbox or the account's e-mail), for cases from public posts. */
    public static final String PRIVATE_CHANNEL = "ACCOUNT_INBOX";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Column(nullable = false, updatable = false)
    private String ticket;
    @Column(name = "account_id", updatable = false)
    private String accountId;
    @Column(nullable = false, updatable = false)
    private String channel;
    @Column(updatable = false)
    private String contact;
    @Column(nullable = false, updatable = false)
    private String language;
    @Column(name = "template_code", nullable = false, updatable = false)
    private String templateCode;
    @Column(nullable = false, updatable = false)
    private String subject;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "delivered_by")
    private String deliveredBy;
    @Version
    private Long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(SupportCase c, String templateCode, String subject, String body, String createdBy, Instant now) {
        this.caseId = c.id();
        this.ticket = c.ticket();
        this.accountId = c.accountId();
        // a case that began in public is answered in private: through the account, never as a public reply
        boolean fromPublic = c.channel() == Channel.SOCIAL_MEDIA;
        this.channel = fromPublic ? PRIVATE_CHANNEL : c.channel().name();
        this.contact = fromPublic ? null : c.customerContact();
        this.language = c.language();
        this.templateCode = templateCode;
        this.subject = subject;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = now;
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

    public OutboxView view() {
        return new OutboxView(id, ticket, accountId, channel, contact, language, templateCode, subject, body, createdBy,
                createdAt, deliveredAt);
    }
}
