package io.redress.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether messages to an account pass the forbidden-terms check point, under its own version, apart from the exchange's
 * profile mirror and the standing, which have writers of their own. Two causes, kept apart: compliance sets it by hand
 * ({@code setByHand}), and another context requires it while a confidential risk review is open
 * ({@code requiredByReview}, screening). The account is confidential while either holds: the last review closing does
 * not clear a flag compliance set by hand, and compliance lifting theirs does not clear one a review requires.
 */
@Entity
@Table(name = "account_confidentiality")
@NamedQuery(name = Confidentiality.CONFIDENTIAL_OF, query = "SELECT c.accountId FROM Confidentiality c"
        + " WHERE c.accountId IN :ids AND c.confidential = TRUE")
public class Confidentiality {

    /** Which of the accounts are confidential (by the primary key: a probe per account, whatever the statistics). */
    public static final String CONFIDENTIAL_OF = "Confidentiality.confidentialOf";

    @Id
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(nullable = false)
    private boolean confidential;
    @Column(name = "set_by_hand", nullable = false)
    private boolean setByHand;
    @Column(name = "required_by_review", nullable = false)
    private boolean requiredByReview;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private Long version;

    protected Confidentiality() {
    }

    /** A new account is not confidential. */
    public Confidentiality(String accountId, Instant now) {
        this.accountId = Objects.requireNonNull(accountId);
        this.updatedAt = now;
    }

    /** What a step changed: its own cause, and whether the account is confidential. */
    public record Change(boolean causeChanged, boolean flagChanged) {
    }

    /** Compliance sets or lifts its own cause. */
    public Change markByHand(boolean flag, Instant now) {
        boolean causeChanged = setByHand != flag;
        setByHand = flag;
        return settle(causeChanged, now);
    }

    /** Another context requires the flag (a review opened) or no longer does (the account's last review closed). */
    public Change require(boolean flag, Instant now) {
        boolean causeChanged = requiredByReview != flag;
        requiredByReview = flag;
        return settle(causeChanged, now);
    }

    private Change settle(boolean causeChanged, Instant now) {
        boolean flag = setByHand || requiredByReview;
        boolean flagChanged = flag != confidential;
        confidential = flag;
        if (causeChanged || flagChanged) {
            updatedAt = now;
        }
        return new Change(causeChanged, flagChanged);
    }

    public boolean setByHand() {
        return setByHand;
    }

    public boolean requiredByReview() {
        return requiredByReview;
    }

    public boolean confidential() {
        return confidential;
    }
}
