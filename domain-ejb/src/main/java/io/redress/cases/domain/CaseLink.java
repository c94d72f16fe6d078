package io.redress.cases.domain;

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
import java.util.List;

/** A case's link to an account, a restriction, another case or a loss claim. */
@Entity
@Table(name = "case_link")
@NamedQuery(name = CaseLink.FOR_CASE, query = "SELECT l FROM CaseLink l WHERE l.caseId = :id ORDER BY l.id")
@NamedQuery(name = CaseLink.LINKED_CASES, query = "SELECT l.caseId FROM CaseLink l WHERE l.caseId IN :ids AND l.kind = :kind AND l.target = :target")
@NamedQuery(name = CaseLink.EXISTS, query = "SELECT COUNT(l) FROM CaseLink l WHERE l.caseId = :id AND l.kind = :kind AND l.target = :target")
public class CaseLink {

    public static final String FOR_CASE = "CaseLink.forCase";
    public static final String EXISTS = "CaseLink.exists";
    /** Which of many cases are linked to a record already. */
    public static final String LINKED_CASES = "CaseLink.linkedCases";

    public enum Kind { ACCOUNT, RESTRICTION, CASE, CLAIM, INCIDENT, EVIDENCE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_link_seq")
    @SequenceGenerator(name = "case_link_seq", sequenceName = "case_link_seq", allocationSize = 500)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Column(nullable = false, updatable = false)
    private String target;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseLink() {
    }

    public CaseLink(long caseId, Kind kind, String target, String createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.target = target;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The columns of {@link #row}, in its order, as {@code case_link} names them. */
    public static final List<String> ROW_COLUMNS = List.of("id", "case_id", "kind", "target", "created_by", "created_at");

    /** This link's row with the id drawn for it, for links written by plain SQL with others (a bulk job's). */
    public Object[] row(long drawnId) {
        return new Object[] {drawnId, caseId, kind.name(), target, createdBy, createdAt};
    }

    public LinkView view() {
        return new LinkView(kind.name(), target, createdBy, createdAt);
    }
}
