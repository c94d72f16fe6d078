package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.redress.cases.api.LinkedPosts.LinkedPost;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineEntryTest {

    private static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void linkedPostsTakeTheirPlaceInTimeAmongTheCaseEvents() {
        TimelineEntry opened = new TimelineEntry(OPENED, "exchange", "OPENED", "by email");
        TimelineEntry noted = new TimelineEntry(OPENED.plusSeconds(7200), "agent.ann", "NOTE", "called the customer");
        LinkedPost before = new LinkedPost(7, "x", "angry_mei", OPENED.minusSeconds(3600), "https://x.example/p/7");
        LinkedPost between = new LinkedPost(8, "reddit", "tom", OPENED.plusSeconds(60), "https://reddit.example/r/8");

        List<TimelineEntry> timeline = TimelineEntry.merged(List.of(opened, noted), List.of(before, between));

        assertEquals(List.of("POST", "OPENED", "POST", "NOTE"), timeline.stream().map(TimelineEntry::kind).toList());
        TimelineEntry post = timeline.get(0);
        assertEquals(before, post.post());
        assertEquals("@angry_mei", post.actor(), "the post's author is who");
        assertEquals(before.postedAt(), post.at(), "when it was posted");
        assertEquals("x https://x.example/p/7", post.detail());
        assertNull(timeline.get(1).post(), "a case event links no post");
    }

    @Test
    void aCaseWithoutLinkedPostsKeepsItsEventsInOrder() {
        TimelineEntry a = new TimelineEntry(OPENED, "exchange", "OPENED", null);
        TimelineEntry b = new TimelineEntry(OPENED, "agent.ann", "ASSIGNED", "agent.ann");
        assertEquals(List.of(a, b), TimelineEntry.merged(List.of(a, b), List.of()), "the same instant keeps the events' order");
    }
}
