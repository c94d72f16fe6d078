package io.redress.publicposts.domain;

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

/** Near-duplicate posts from several handles within 24 hours, grouped. */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.RECENT, query = "SELECT c FROM Campaign c ORDER BY c.lastPostAt DESC")
public class Campaign {

    public static final String RECENT = "Campaign.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    private Long id;
    @Column(name = "first_post_at", nullable = false)
    private Instant firstPostAt;
    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private Long version;

    protected Campaign() {
    }

    public Campaign(Instant postedAt, Instant now) {
        this.firstPostAt = postedAt;
        this.lastPostAt = postedAt;
        this.createdAt = now;
    }

    public void include(Instant postedAt) {
        if (postedAt.isBefore(firstPostAt)) {
            firstPostAt = postedAt;
        }
        if (postedAt.isAfter(lastPostAt)) {
            lastPostAt = postedAt;
        }
    }

    public Long id() {
        return id;
    }

    public Instant firstPostAt() {
        return firstPostAt;
    }

    public Instant lastPostAt() {
        return lastPostAt;
    }
}
