package io.redress.publicposts.domain;

import java.time.Instant;
import java.util.List;

/** A campaign: its posts in time order and the handles that posted them. */
public record CampaignView(long id, Instant firstPostAt, Instant lastPostAt, List<String> handles, long totalReach,
                           List<PostView> posts) {
}
