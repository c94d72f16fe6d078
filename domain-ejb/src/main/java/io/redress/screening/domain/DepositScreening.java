package io.redress.screening.domain;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A deposit's screening: the measure the policy put on it (PASS, HOLD, FREEZE), why, the amount it covers and whether
 * that measure is in force. The exposure found is kept as the JSON the exchange was answered with, so a repeated
 * screening of the same deposit answers the same.
 */
@Entity
@Table(name = "deposit_screening")
@NamedQuery(name = DepositScreening.OF_DEPOSIT,
        query = "SELECT s FROM DepositScreening s WHERE s.accountId = :account AND s.chain = :chain AND s.txHash = :tx")
@NamedQuery(name = DepositScreening.IN_FORCE_FROM, query = "SELECT s FROM DepositScreening s WHERE s.accountId = :account"
        + " AND s.chain = :chain AND s.sendingAddress = :address AND s.inForce = TRUE")
@NamedQuery(name = DepositScreening.OF_ACCOUNT, query = "SELECT s FROM DepositScreening s WHERE s.accountId = :account ORDER BY s.id DESC")
@NamedQuery(name = DepositScreening.SCREENED_BETWEEN, query = "SELECT s.id FROM DepositScreening s"
        + " WHERE s.screenedAt >= :since AND s.screenedAt <= :until AND s.id > :after ORDER BY s.id")
@NamedQuery(name = DepositScreening.COUNT_SCREENED_BETWEEN,
        query = "SELECT COUNT(s) FROM DepositScreening s WHERE s.screenedAt >= :since AND s.screenedAt <= :until")
public class DepositScreening {

    public static final String OF_DEPOSIT = "DepositScreening.ofDeposit";
    public static final String OF_ACCOUNT = "DepositScreening.ofAccount";
    public static final String IN_FORCE_FROM = "DepositScreening.inForceFrom";
    /** The ids of the deposits screened in a window, after an id: a re-screening's pages. */
    public static final String SCREENED_BETWEEN = "DepositScreening.screenedBetween";
    public static final String COUNT_SCREENED_BETWEEN = "DepositScreening.countScreenedBetween";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deposit_screening_seq")
    @SequenceGenerator(name = "deposit_screening_seq", sequenceName = "deposit_screening_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(nullable = false, updatable = false)
    private String chain;
    @Column(nullable = false, updatable = false)
    private String asset;
    @Column(name = "tx_hash", nullable = false, updatable = false)
    private String txHash;
    @Column(name = "sending_address", nullable = false, updatable = false)
    private String sendingAddress;
    @Column(nullable = false, updatable = false, precision = 38, scale = 18)
    private BigDecimal amount;
    @Column(name = "self_hosted", nullable = false, updatable = false)
    private boolean selfHosted;
    @Column(name = "value_eur", updatable = false, precision = 38, scale = 18)
    private BigDecimal valueEur;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScreeningPolicy.Measure measure;
    @Column(nullable = false)
    private String reasons;
    @Column(name = "covered_amount", nullable = false, precision = 38, scale = 18)
    private BigDecimal coveredAmount;
    @Column(name = "in_force", nullable = false)
    private boolean inForce;
    @Column(nullable = false)
    private String exposure;
    @Column(name = "screened_by", nullable = false, updatable = false)
    private String screenedBy;
    @Column(name = "screened_at", nullable = false, updatable = false)
    private Instant screenedAt;
    /** The customer's language, as the exchange reported it with the deposit: what the customer is told is in it. */
    @Column(nullable = false, updatable = false)
    private String language;
    @Version
    private Long version;

    protected DepositScreening() {
    }

    public DepositScreening(ScreeningRules.DepositFacts d, ScreeningPolicy.Verdict verdict, String exposureJson,
                            String screenedBy, Instant now) {
        this.accountId = d.accountId();
        this.chain = d.chain();
        this.asset = d.asset();
        this.txHash = d.txHash();
        this.sendingAddress = d.sender();
        this.amount = d.amount();
        this.selfHosted = d.selfHosted();
        this.valueEur = d.valueEur();
        this.measure = verdict.measure();
        this.reasons = String.join(" ", verdict.reasons());
        this.coveredAmount = verdict.covered(d.amount(), 18);
        this.inForce = verdict.measure() != ScreeningPolicy.Measure.PASS;
        this.exposure = exposureJson;
        this.screenedBy = screenedBy;
        this.screenedAt = now;
        this.language = ScreeningLetter.language(d.language());
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("accountId", accountId).with("chain", chain).with("asset", asset).with("txHash", txHash)
                .with("sendingAddress", sendingAddress).with("amount", amount.toPlainString()).with("measure", measure)
                .with("reasons", reasons).with("coveredAmount", coveredAmount.toPlainString()).with("inForce", inForce);
    }

    /** The hold or freeze on this deposit ends (an investigation released it, or the authority did). */
    public void release() {
        inForce = false;
    }

    public long id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String chain() {
        return chain;
    }

    public String asset() {
        return asset;
    }

    public String txHash() {
        return txHash;
    }

    public String sendingAddress() {
        return sendingAddress;
    }

    public BigDecimal amount() {
        return amount;
    }

    public ScreeningPolicy.Measure measure() {
        return measure;
    }

    public List<String> reasons() {
        return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(" "));
    }

    public BigDecimal coveredAmount() {
        return coveredAmount;
    }

    public boolean selfHosted() {
        return selfHosted;
    }

    public BigDecimal valueEur() {
        return valueEur;
    }

    public boolean inForce() {
        return inForce;
    }

    public String exposureJson() {
        return exposure;
    }

    public Instant screenedAt() {
        return screenedAt;
    }

    public String language() {
        return language == null ? "en" : language;
    }

    /** Same deposit, same facts: a repeated screening; different facts under the same transaction are refused. */
    public boolean sameFacts(ScreeningRules.DepositFacts d) {
        return asset.equals(d.asset()) && sendingAddress.equals(d.sender()) && amount.compareTo(d.amount()) == 0;
    }
}
