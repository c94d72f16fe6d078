package io.redress.screening.domain;

import java.util.List;

/** Transfers written in a transaction: the in-memory graph takes them once it has committed. */
public record TransfersStored(List<Edge> edges) {

    public record Edge(long rowId, String asset, String from, String to, double amount) {
    }
}
