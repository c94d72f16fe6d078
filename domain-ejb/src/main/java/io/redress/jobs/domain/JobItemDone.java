package io.redress.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The done-marker of one item of a job, written in the transaction of the item's effect (its primary key is unique). */
@Entity
@Table(name = "batch_job_item")
@IdClass(JobItemDone.Key.class)
public class JobItemDone {

    public enum Outcome { DONE, FAILED }

    @Id
    @Column(name = "job_id")
    private long jobId;
    @Id
    @Column(name = "item_key")
    private String itemKey;
    @Column(nullable = false)
    private String outcome;
    private String detail;
    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected JobItemDone() {
    }

    public JobItemDone(long jobId, String itemKey, Instant now) {
        this.jobId = jobId;
        this.itemKey = itemKey;
        this.outcome = Outcome.DONE.name();
        this.doneAt = now;
    }

    public void outcome(Outcome outcome, String detail) {
        this.outcome = outcome.name();
        this.detail = detail(detail);
    }

    /** A note as the marker keeps it: at most 500 characters. */
    public static String detail(String note) {
        return note == null ? null : note.length() > 500 ? note.substring(0, 500) : note;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long jobId;
        private String itemKey;

        public Key() {
        }

        public Key(long jobId, String itemKey) {
            this.jobId = jobId;
            this.itemKey = itemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.jobId == jobId && Objects.equals(k.itemKey, itemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, itemKey);
        }
    }
}
