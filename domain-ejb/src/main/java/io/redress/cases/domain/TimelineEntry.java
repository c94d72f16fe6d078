package io.redress.cases.domain;

import io.redress.cases.api.LinkedPosts.LinkedPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One line of a case's timeline: an event of the case, or a public post linked to it ({@code post} then says which). */
public record TimelineEntry(Instant at, String actor, String kind, String detail, LinkedPost post) {

    /** The kind of a linked public post's line. */
    public static final String POST = "POST";

    public TimelineEntry(Instant at, String actor, String kind, String detail) {
        this(at, actor, kind, detail, null);
    }

    /** A linked post's line: when it was posted, by its author, on which platform, at which address. */
    public static TimelineEntry of(LinkedPost post) {
        return new TimelineEntry(post.postedAt(), "@" + post.authorHandle(), POST, post.platform() + " " + post.url(), post);
    }

    /** The case's events and its linked posts in one timeline, in time order (events first at the same instant). */
    public static List<TimelineEntry> merged(List<TimelineEntry> events, List<LinkedPost> posts) {
        List<TimelineEntry> all = new ArrayList<>(events);
        posts.forEach(p -> all.add(of(p)));
        all.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return all;
    }
}
