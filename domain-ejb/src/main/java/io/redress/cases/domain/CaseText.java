package io.redress.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A case's search text as the queue's text search reads it on PostgreSQL (migration V37): the table beside the cases
 * that holds the trigram and word indexes. Written by the database, never by this class: in the statement that opens
 * a case, or, for a statement of several cases (a bulk job's chunk), by {@code CaseTextIndex} after its commit.
 * Read in queries only; on H2 the queue searches {@code support_case.search_text} itself and this table does not exist.
 */
@Entity
@Table(name = "case_text")
public class CaseText {

    @Id
    @Column(name = "case_id")
    private long caseId;

    @Column(name = "search_text", nullable = false, insertable = false, updatable = false)
    private String searchText;

    protected CaseText() {
    }

    public long caseId() {
        return caseId;
    }

    public String searchText() {
        return searchText;
    }
}
