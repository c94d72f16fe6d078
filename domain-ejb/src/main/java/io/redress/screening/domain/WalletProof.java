package io.redress.screening.domain;

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

/** Proof that the customer controls a self-hosted address (the travel rule): recorded once, never changed. */
@Entity
@Table(name = "wallet_proof")
@NamedQuery(name = WalletProof.OF_ADDRESS, query = "SELECT p FROM WalletProof p WHERE p.accountId = :account"
        + " AND p.chain = :chain AND p.address = :address")
public class WalletProof {

    public static final String OF_ADDRESS = "WalletProof.ofAddress";

    /** How control was shown: a message signed with the address's key, or a small transfer the customer chose. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wallet_proof_seq")
    @SequenceGenerator(name = "wallet_proof_seq", sequenceName = "wallet_proof_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(nullable = false, updatable = false)
    private String chain;
    @Column(nullable = false, updatable = false)
    private String address;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProofMethod method;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected WalletProof() {
    }

    public WalletProof(String accountId, String chain, String address, ProofMethod method, String recordedBy, Instant now) {
        this.accountId = accountId;
        this.chain = chain;
        this.address = address;
        this.method = method;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public WalletProofView view(int holdsReleased) {
        return new WalletProofView(accountId, chain, address, method, recordedBy, recordedAt, holdsReleased);
    }
}
