package io.redress.apikeys.domain;

import io.redress.apikeys.api.IntegrationView;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.Snapshot;
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

/** A third party customers link keys to; ADMIN keeps the list. Retired integrations stay (keys still point at them). */
@Entity
@Table(name = "third_party_integration")
@NamedQuery(name = Integration.BY_CODE, query = "SELECT i FROM Integration i WHERE i.code = :code")
@NamedQuery(name = Integration.ALL, query = "SELECT i FROM Integration i ORDER BY i.name, i.code")
public class Integration {

    public static final String BY_CODE = "Integration.byCode";
    public static final String ALL = "Integration.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "integration_seq")
    @SequenceGenerator(name = "integration_seq", sequenceName = "integration_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Column(name = "retired_by")
    private String retiredBy;
    @Version
    private Long version;

    protected Integration() {
    }

    public Integration(String code, String name, String by, Instant now) {
        this.code = code;
        this.name = name;
        this.createdBy = by;
        this.createdAt = now;
    }

    public void rename(String newName) {
        if (retiredAt != null) {
            throw RuleViolation.of("integration-retired", "Integration " + code + " is retired", code);
        }
        this.name = newName;
    }

    public void retire(String by, Instant now) {
        if (retiredAt != null) {
            throw RuleViolation.of("integration-retired", "Integration " + code + " is already retired", code);
        }
        retiredAt = now;
        retiredBy = by;
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("code", code).with("name", name).with("retiredAt", retiredAt).with("retiredBy", retiredBy);
    }

    public IntegrationView view() {
        return new IntegrationView(id, code, name, createdAt, createdBy, retiredAt, retiredBy, version());
    }
}
