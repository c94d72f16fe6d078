package io.redress.restrictions.domain;

import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reason in force in the policy catalogue: the approved revision restrictions are decided under. Its terms
 * change only by adopting a revision a compliance officer approved ({@link ReasonRevision}).
 */
@Entity
@Table(name = "restriction_reason")
@NamedQuery(name = RestrictionReason.ALL, query = "SELECT r FROM RestrictionReason r ORDER BY r.code")
public class RestrictionReason {

    public static final String ALL = "RestrictionReason.all";

    @Id
    private String code;
    @Embedded
    private ReasonTerms terms;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false)
    private int revision;
    @Version
    private Long version;

    protected RestrictionReason() {
    }

    /** A new reason comes into force with its first approved revision. */
    public RestrictionReason(ReasonRevision approved) {
        this.code = approved.code();
        this.active = true;
        adopt(approved);
    }

    public void adopt(ReasonRevision approved) {
        if (!approved.code().equals(code) || approved.state() != ReasonRevision.State.APPROVED) {
            throw new IllegalStateException("Revision " + approved.revision() + " of " + approved.code() + " is not an approved revision of " + code);
        }
        this.terms = approved.terms().copy();
        this.revision = approved.revision();
    }

    public void retire() {
        active = false;
    }

    public boolean active() {
        return active;
    }

    public ReasonView view() {
        return terms.view(code, active, revision, version == null ? 0 : version);
    }

    public Snapshot snapshot() {
        return terms.snapshot(code).with("active", active).with("revision", revision);
    }

    public String code() {
        return code;
    }

    public int revision() {
        return revision;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
