package io.redress.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A chunk's lanes: contiguous, in order, the first with the earliest items, together exactly the chunk. */
class JobLanesTest {

    private static List<Integer> items(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void aFullChunkIsCutIntoEvenContiguousRunsInOrder() {
        List<List<Integer>> lanes = JobLanes.split(items(500), 2);
        assertEquals(List.of(items(250), IntStream.range(250, 500).boxed().toList()), lanes);
        List<List<Integer>> three = JobLanes.split(items(500), 3);
        assertEquals(List.of(166, 167, 167), three.stream().map(List::size).toList());
        assertEquals(items(500), three.stream().flatMap(List::stream).toList(), "every item once, in the chunk's order");
    }

    @Test
    void smallChunksStayWholeAndNoLaneIsBelowItsMinimum() {
        assertEquals(List.of(items(9)), JobLanes.split(items(9), 2), "no lane of fewer than five");
        assertEquals(2, JobLanes.split(items(10), 4).size(), "a chunk of ten, as small jobs have, in two lanes of five");
        assertEquals(4, JobLanes.split(items(100), 4).size());
        assertEquals(List.of(List.of()), JobLanes.split(List.of(), 2));
    }

    @Test
    void oneLaneOrNonsenseSettingsKeepTheChunkWhole() {
        assertEquals(1, JobLanes.split(items(500), 1).size());
        assertEquals(1, JobLanes.split(items(500), 0).size());
        assertEquals(JobLanes.MAX, JobLanes.split(items(5000), 64).size());
    }

    @Test
    void phasesAreContiguousRunsInOrderSoKeysEndBeforeTheirAccountsBegin() {
        List<String> chunk = List.of("key:1", "key:2", "account:a", "account:b", "account:c");
        List<List<String>> phases = JobLanes.phases(chunk, k -> k.startsWith("key:") ? 0 : 1);
        assertEquals(List.of(List.of("key:1", "key:2"), List.of("account:a", "account:b", "account:c")), phases);
        assertEquals(List.of(chunk), JobLanes.phases(chunk, k -> 0), "one phase: the chunk whole");
        assertEquals(List.of(), JobLanes.phases(List.<String>of(), k -> 0));
    }
}
