package io.redress.publicposts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One band hash of a post's MinHash signature: posts sharing a band hash are compared. */
@Entity
@Table(name = "post_band")
@IdClass(PostBand.Key.class)
public class PostBand {

    /** The primary key (post, band). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long postId;
        private int band;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && postId == k.postId && band == k.band;
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, band);
        }
    }

    @Id
    @Column(name = "post_id")
    private long postId;
    @Id
    private int band;
    @Column(nullable = false)
    private long hash;
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected PostBand() {
    }

    public PostBand(long postId, int band, long hash, Instant postedAt) {
        this.postId = postId;
        this.band = band;
        this.hash = hash;
        this.postedAt = postedAt;
    }
}
