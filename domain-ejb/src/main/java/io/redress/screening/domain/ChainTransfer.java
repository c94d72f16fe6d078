package io.redress.screening.domain;

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

/** One output of an on-chain transaction as the exchange reported it; written once, never changed. */
@Entity
@Table(name = "chain_transfer")
@NamedQuery(name = ChainTransfer.OF_TRANSACTIONS,
        query = "SELECT t.txHash, t.outputIndex FROM ChainTransfer t WHERE t.chain = :chain AND t.txHash IN :hashes")
@NamedQuery(name = ChainTransfer.BY_IDS, query = "SELECT t FROM ChainTransfer t WHERE t.id IN :ids")
public class ChainTransfer {

    public static final String OF_TRANSACTIONS = "ChainTransfer.ofTransactions";
    public static final String BY_IDS = "ChainTransfer.byIds";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chain_transfer_seq")
    @SequenceGenerator(name = "chain_transfer_seq", sequenceName = "chain_transfer_seq", allocationSize = 500)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String chain;
    @Column(name = "tx_hash", nullable = false, updatable = false)
    private String txHash;
    @Column(name = "output_index", nullable = false, updatable = false)
    private int outputIndex;
    @Column(nullable = false, updatable = false)
    private String asset;
    @Column(name = "from_address", nullable = false, updatable = false)
    private String fromAddress;
    @Column(name = "to_address", nullable = false, updatable = false)
    private String toAddress;
    @Column(nullable = false, updatable = false, precision = 38, scale = 18)
    private BigDecimal amount;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected ChainTransfer() {
    }

    public ChainTransfer(ScreeningRules.TransferFacts t, Instant now) {
        this.chain = t.chain();
        this.txHash = t.txHash();
        this.outputIndex = t.outputIndex();
        this.asset = t.asset();
        this.fromAddress = t.from();
        this.toAddress = t.to();
        this.amount = t.amount();
        this.occurredAt = t.occurredAt();
        this.receivedAt = now;
    }

    public long id() {
        return id;
    }

    public String txHash() {
        return txHash;
    }

    public int outputIndex() {
        return outputIndex;
    }

    public String asset() {
        return asset;
    }

    public String fromAddress() {
        return fromAddress;
    }

    public String toAddress() {
        return toAddress;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
