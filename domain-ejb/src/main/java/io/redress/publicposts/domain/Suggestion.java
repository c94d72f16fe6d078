package io.redress.publicposts.domain;

import java.util.List;

/** A classification a person confirms or overrides: the kind, how strongly the signals point to it, and why. */
public record Suggestion(ComplaintKind kind, int score, List<String> evidence) {

    public Suggestion {
        evidence = List.copyOf(evidence);
    }
}
