package io.redress.publicposts.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a bulk action on a campaign's posts did: how many it changed, found already so, and refused (each post, why). */
public record BulkOutcome(int changed, int already, List<Refused> refused) {

    /** One refused post and the rule of {@link BulkPostRules} that refused it. */
    public record Refused(long postId, String rule) {
    }

    /** The refusals counted by rule, for a report that says why in a line each. */
    public Map<String, Integer> refusedByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        refused.forEach(r -> counts.merge(r.rule(), 1, Integer::sum));
        return counts;
    }
}
