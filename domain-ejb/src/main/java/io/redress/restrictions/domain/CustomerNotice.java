package io.redress.restrictions.domain;

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

/**
 * What the customer must be told about a decision on their account: the reasons (or a neutral text when the
 * reason may not be disclosed), when the window ends and how to appeal. The exchange fetches and delivers it.
 */
@Entity
@Table(name = "customer_notice")
@NamedQuery(name = CustomerNotice.AFTER, query = "SELECT n FROM CustomerNotice n WHERE n.id > :after ORDER BY n.id")
@NamedQuery(name = CustomerNotice.FOR_ACCOUNT, query = "SELECT n FROM CustomerNotice n WHERE n.accountId = :account ORDER BY n.id DESC")
public class CustomerNotice {

    public static final String AFTER = "CustomerNotice.after";
    public static final String FOR_ACCOUNT = "CustomerNotice.forAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(name = "restriction_id", updatable = false)
    private Long restrictionId;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(nullable = false, updatable = false)
    private String text;
    @Column(name = "reason_disclosed", nullable = false, updatable = false)
    private boolean reasonDisclosed;
    @Column(name = "window_ends_at", updatable = false)
    private Instant windowEndsAt;
    @Column(name = "how_to_appeal", updatable = false)
    private String howToAppeal;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "delivered_by")
    private String deliveredBy;
    @Version
    private Long version;

    protected CustomerNotice() {
    }

    public CustomerNotice(String accountId, Long restrictionId, String kind, String text, boolean reasonDisclosed,
                          Instant windowEndsAt, String howToAppeal, Instant now) {
        this.accountId = accountId;
        this.restrictionId = restrictionId;
        this.kind = kind;
        this.text = text;
        this.reasonDisclosed = reasonDisclosed;
        this.windowEndsAt = windowEndsAt;
        this.howToAppeal = howToAppeal;
        this.createdAt = now;
    }

    /** Idempotent: acknowledging twice keeps the first delivery time. */
    public boolean acknowledge(String by, Instant now) {
        if (deliveredAt != null) {
            return false;
        }
        deliveredAt = now;
        deliveredBy = by;
        return true;
    }

    public NoticeView view() {
        return new NoticeView(id, accountId, restrictionId, kind, text, reasonDisclosed, windowEndsAt, howToAppeal,
                createdAt, deliveredAt);
    }

    public Long id() {
        return id;
    }
}
