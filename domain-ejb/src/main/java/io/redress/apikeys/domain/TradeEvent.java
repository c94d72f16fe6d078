package io.redress.apikeys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A trade the exchange executed with an API key, as reported to Redress; kept as received. */
@Entity
@Table(name = "api_trade_event")
public class TradeEvent {

    public enum Side { BUY, SELL }

    // allocated 500 at a time: a batch of 1,000 events costs two sequence calls, and the inserts go in JDBC batches
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_event_seq")
    @SequenceGenerator(name = "trade_event_seq", sequenceName = "trade_event_seq", allocationSize = 500)
    private Long id;
    @Column(name = "key_id", nullable = false, updatable = false)
    private String keyId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(nullable = false, updatable = false)
    private String symbol;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Side side;
    @Column(nullable = false, updatable = false, precision = 38, scale = 18)
    private BigDecimal quantity;
    @Column(nullable = false, updatable = false, precision = 38, scale = 18)
    private BigDecimal price;
    @Column(name = "reference_price", nullable = false, updatable = false, precision = 38, scale = 18)
    private BigDecimal referencePrice;
    @Column(name = "volume_24h", nullable = false, updatable = false, precision = 38, scale = 18)
    private BigDecimal volume24h;
    @Column(name = "source_ip", updatable = false)
    private String sourceIp;
    @Column(name = "traded_at", nullable = false, updatable = false)
    private Instant tradedAt;
    /** The account on the other side, when the exchange reported it. */
    @Column(name = "counterparty_account_id", updatable = false)
    private String counterpartyAccountId;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected TradeEvent() {
    }

    public TradeEvent(TradeFacts t, Instant receivedAt) {
        this.keyId = t.keyId();
        this.accountId = t.accountId();
        this.symbol = t.symbol();
        this.side = t.side();
        this.quantity = t.quantity();
        this.price = t.price();
        this.referencePrice = t.referencePrice();
        this.volume24h = t.volume24h();
        this.sourceIp = t.sourceIp();
        this.tradedAt = t.tradedAt();
        this.counterpartyAccountId = t.counterpartyAccountId();
        this.receivedAt = receivedAt;
    }

    public Long id() {
        return id;
    }
}
