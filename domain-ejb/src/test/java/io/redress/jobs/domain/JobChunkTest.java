package io.redress.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JobChunkTest {

    @Test
    void aSmallJobKeepsSmallChunksSoItsBarMovesAndItCanBeStoppedMidWay() {
        assertEquals(10, JobChunk.size(0));
        assertEquals(10, JobChunk.size(156));
        assertEquals(10, JobChunk.size(400));
    }

    @Test
    void aLargerJobIsCutIntoAboutFortyChunks() {
        assertEquals(25, JobChunk.size(1_000));
        assertEquals(250, JobChunk.size(10_000));
    }

    @Test
    void noChunkHoldsMoreThanFiveHundredItems() {
        assertEquals(500, JobChunk.size(20_000));
        assertEquals(500, JobChunk.size(200_000));
    }
}
