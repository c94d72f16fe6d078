package io.redress.messaging.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A term no message to a confidential account may contain, and why. */
@Entity
@Table(name = "forbidden_term")
@NamedQuery(name = ForbiddenTerm.ALL, query = "SELECT t FROM ForbiddenTerm t ORDER BY t.term")
@NamedQuery(name = ForbiddenTerm.BY_TERM, query = "SELECT t FROM ForbiddenTerm t WHERE LOWER(t.term) = :term")
public class ForbiddenTerm {

    public static final String ALL = "ForbiddenTerm.all";
    public static final String BY_TERM = "ForbiddenTerm.byTerm";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forbidden_term_seq")
    @SequenceGenerator(name = "forbidden_term_seq", sequenceName = "forbidden_term_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false)
    private String term;
    @Column(nullable = false)
    private String why;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ForbiddenTerm() {
    }

    public ForbiddenTerm(String term, String why, String createdBy, Instant createdAt) {
        this.term = term;
        this.why = why;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public MessageCheckpoint.Term term() {
        return new MessageCheckpoint.Term(term, why);
    }

    public TermView view() {
        return new TermView(id, term, why, createdBy, createdAt);
    }
}
