package io.redress.cases.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The public posts linked to cases, for the case's timeline: the public posts context implements it. Published here
 * so that public posts depends on cases and never the reverse.
 */
public interface LinkedPosts {

    /** The posts linked to any of these cases, oldest post first, at most {@code limit}, and how many there are. */
    Linked linkedTo(Collection<Long> caseIds, int limit);

    /** A public post as a case's timeline shows it: where, by whom, when, and its address. */
    record LinkedPost(long id, String platform, String authorHandle, Instant postedAt, String url) {
    }

    record Linked(List<LinkedPost> posts, long total) {
        public Linked {
            posts = List.copyOf(posts);
        }
    }
}
