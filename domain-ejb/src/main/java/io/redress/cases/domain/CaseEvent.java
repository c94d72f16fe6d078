package io.redress.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One entry of a case's timeline; immutable. */
@Entity
@Table(name = "case_event")
@NamedQuery(name = CaseEvent.FOR_CASE, query = "SELECT e FROM CaseEvent e WHERE e.caseId IN :ids ORDER BY e.at, e.id")
public class CaseEvent {

    public static final String FOR_CASE = "CaseEvent.forCase";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 500)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Column(nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(updatable = false)
    private String detail;

    protected CaseEvent() {
    }

    public CaseEvent(long caseId, Instant at, String actor, String kind, String detail) {
        this.caseId = caseId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }

    /** The columns of {@link #row}, in its order, as {@code case_event} names them. */
    public static final List<String> ROW_COLUMNS = List.of("id", "case_id", "at", "actor", "kind", "detail");

    /** This event's row with the id drawn for it, for events written by plain SQL with others (a bulk job's). */
    public Object[] row(long drawnId) {
        return new Object[] {drawnId, caseId, at, actor, kind, detail};
    }

    public TimelineEntry entry() {
        return new TimelineEntry(at, actor, kind, detail);
    }
}
