package io.redress.restrictions.domain;

import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a reason as proposed by an administrator: PENDING (usable by nobody) until a compliance officer
 * other than its author approves it, or REJECTED. Approved revisions stay as they were: a restriction names the
 * revision it was decided under.
 */
@Entity
@Table(name = "reason_revision")
@IdClass(ReasonRevision.Key.class)
@NamedQuery(name = ReasonRevision.FOR_CODE, query = "SELECT r FROM ReasonRevision r WHERE r.code = :code ORDER BY r.revision DESC")
@NamedQuery(name = ReasonRevision.IN_STATE, query = "SELECT r FROM ReasonRevision r WHERE r.state = :state ORDER BY r.proposedAt, r.code")
@NamedQuery(name = ReasonRevision.PENDING_OF_OTHERS, query = "SELECT r.code FROM ReasonRevision r WHERE r.state = :state"
        + " AND r.proposedBy <> :me")
@NamedQuery(name = ReasonRevision.LAST_NUMBER, query = "SELECT MAX(r.revision) FROM ReasonRevision r WHERE r.code = :code")
public class ReasonRevision {

    public static final String FOR_CODE = "ReasonRevision.forCode";
    public static final String IN_STATE = "ReasonRevision.inState";
    public static final String LAST_NUMBER = "ReasonRevision.lastNumber";
    public static final String PENDING_OF_OTHERS = "ReasonRevision.pendingOfOthers";

    public enum State { PENDING, APPROVED, REJECTED }

    /** Code and revision number together identify a revision. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private int revision;

        public Key() {
        }

        public Key(String code, int revision) {
            this.code = code;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.revision == revision && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, revision);
        }
    }

    @Id
    private String code;
    @Id
    private int revision;
    @Embedded
    private ReasonTerms terms;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;
    @Column(name = "proposal_note", updatable = false)
    private String proposalNote;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    @Version
    private Long version;

    protected ReasonRevision() {
    }

    /** The definition must already satisfy {@link CatalogueRules}. */
    public ReasonRevision(String code, int revision, ReasonDefinition definition, String proposedBy, String note, Instant now) {
        this.code = Objects.requireNonNull(code);
        this.revision = revision;
        this.terms = ReasonTerms.of(definition);
        this.state = State.PENDING;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.proposalNote = note == null || note.isBlank() ? null : note.strip();
    }

    public void approve(String by, String note, Instant now) {
        decide(State.APPROVED, by, note, now);
    }

    public void reject(String by, String note, Instant now) {
        decide(State.REJECTED, by, note, now);
    }

    private void decide(State outcome, String by, String note, Instant now) {
        if (state != State.PENDING) {
            throw new IllegalStateException("Revision " + revision + " of " + code + " is already " + state);
        }
        this.state = outcome;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public ReasonRevisionView view() {
        return new ReasonRevisionView(code, revision, terms.view(code, true, revision, 0), state, proposedBy, proposedAt,
                proposalNote, decidedBy, decidedAt, decisionNote, version == null ? 0 : version);
    }

    public Snapshot snapshot() {
        return terms.snapshot(code).with("revision", revision).with("state", state).with("proposedBy", proposedBy)
                .with("decidedBy", decidedBy);
    }

    public String code() {
        return code;
    }

    public int revision() {
        return revision;
    }

    public State state() {
        return state;
    }

    public String proposedBy() {
        return proposedBy;
    }

    ReasonTerms terms() {
        return terms;
    }

    public ReasonDefinition definition() {
        return terms.definition(code);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
