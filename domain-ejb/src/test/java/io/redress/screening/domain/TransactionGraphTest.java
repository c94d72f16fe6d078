package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransactionGraphTest {

    @Test
    void listingMoreAddressesThanTheGraphHasRoomForGrowsItAndKeepsEveryFlag() {
        TransactionGraph graph = new TransactionGraph();
        for (int i = 0; i < 5_000; i++) {
            graph.flag("0xlisted" + i, Category.SANCTIONS.bit());
        }

        assertEquals(5_000, graph.addresses());
        assertEquals(Category.SANCTIONS.bit(), graph.flagsOf("0xlisted0"));
        assertEquals(Category.SANCTIONS.bit(), graph.flagsOf("0xlisted4999"));
        assertEquals(0, graph.flagsOf("0xnever-listed"));
    }
}
