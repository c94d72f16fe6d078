package io.redress.apikeys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An anomaly a rule found in a trade, with its evidence and the account-security case it went to. */
@Entity
@Table(name = "key_anomaly")
@NamedQuery(name = KeyAnomaly.FOR_ACCOUNT, query = "SELECT a FROM KeyAnomaly a WHERE a.accountId = :account ORDER BY a.detectedAt DESC, a.id DESC")
public class KeyAnomaly {

    public static final String FOR_ACCOUNT = "KeyAnomaly.forAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_anomaly_seq")
    @SequenceGenerator(name = "key_anomaly_seq", sequenceName = "key_anomaly_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String rule;
    @Column(name = "key_id", nullable = false, updatable = false)
    private String keyId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(name = "integration_id", updatable = false)
    private Long integrationId;
    @Column(name = "trade_event_id", nullable = false, updatable = false)
    private Long tradeEventId;
    @Column(nullable = false, updatable = false)
    private String symbol;
    @Column(name = "traded_value", nullable = false, updatable = false, precision = 38, scale = 18)
    private BigDecimal tradedValue;
    @Column(nullable = false, updatable = false)
    private String evidence;
    @Column(name = "traded_at", nullable = false, updatable = false)
    private Instant tradedAt;
    @Column(name = "detected_at", nullable = false, updatable = false)
    private Instant detectedAt;
    @Column(name = "case_ticket")
    private String caseTicket;

    protected KeyAnomaly() {
    }

    public KeyAnomaly(Anomaly a, TradeFacts t, Long tradeEventId, Long integrationId, Instant now) {
        this.rule = a.rule().name();
        this.keyId = t.keyId();
        this.accountId = t.accountId();
        this.integrationId = integrationId;
        this.tradeEventId = tradeEventId;
        this.symbol = t.symbol();
        this.tradedValue = t.value();
        this.evidence = a.evidence().length() > 2000 ? a.evidence().substring(0, 2000) : a.evidence();
        this.tradedAt = t.tradedAt();
        this.detectedAt = now;
    }

    public void sentToCase(String ticket) {
        this.caseTicket = ticket;
    }

    public Long id() {
        return id;
    }
}
