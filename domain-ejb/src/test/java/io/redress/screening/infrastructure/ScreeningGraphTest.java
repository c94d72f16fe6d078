package io.redress.screening.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.screening.domain.TransactionGraph;
import io.redress.screening.domain.TransfersStored.Edge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A transfer reaches the graph exactly once, whether by this instance's commit, the feed, or the load. */
class ScreeningGraphTest {

    private static final List<Edge> BATCH = List.of(new Edge(1, "ETH", "0xa", "0xb", 2.0), new Edge(2, "ETH", "0xb", "0xc", 1.0));

    @Test
    void aSnapshotSeesWhatHadFinishedWhenItWasTaken() {
        TxSnapshot s = TxSnapshot.parse("100:110:103,105");
        assertTrue(s.sees(99), "before xmin: finished");
        assertTrue(s.sees(104), "between, not in progress: finished");
        assertFalse(s.sees(103), "in progress then");
        assertFalse(s.sees(105), "in progress then");
        assertFalse(s.sees(110), "started after");
        assertFalse(s.sees(200), "started after");
        assertTrue(TxSnapshot.parse("7:7:").sees(6));
        assertFalse(TxSnapshot.parse("7:7:").sees(7));
        assertThrows(IllegalArgumentException.class, () -> TxSnapshot.parse("7:7"));
    }

    @Test
    void aTransactionsTransfersAreAddedOnceWhicheverWayComesSecond() {
        ScreeningGraph g = new ScreeningGraph();
        g.install(new TransactionGraph(), TxSnapshot.parse("100:100:"));
        assertFalse(g.has(100));
        g.apply(100, BATCH); // this instance's commit
        g.apply(100, BATCH); // the feed's announcement of the same transaction
        assertTrue(g.has(100));
        assertEquals(2, g.graph().transfers());
    }

    @Test
    void whatTheLoadSawIsNotAddedAgainAndWhatItDidNotSeeIs() {
        ScreeningGraph g = new ScreeningGraph();
        g.install(new TransactionGraph(), TxSnapshot.parse("100:104:102"));
        g.apply(101, BATCH); // committed before the load: already in it
        g.apply(99, BATCH);
        assertEquals(0, g.graph().transfers());
        g.apply(102, BATCH); // in progress when the load read: announced later, added now
        assertEquals(2, g.graph().transfers());
    }

    @Test
    void aFreshLoadForgetsWhatWasAppliedToTheGraphItReplaces() {
        ScreeningGraph g = new ScreeningGraph();
        g.install(new TransactionGraph(), TxSnapshot.parse("100:100:"));
        g.apply(120, BATCH); // applied to the old graph while the new one was read under a snapshot without it
        g.install(new TransactionGraph(), TxSnapshot.parse("110:121:120"));
        g.apply(120, BATCH); // its announcement, read after the new graph was installed
        assertEquals(2, g.graph().transfers());
    }

    @Test
    void withoutATransactionIdEveryBatchIsAdded() {
        ScreeningGraph g = new ScreeningGraph(); // H2: one instance, one way
        g.apply(0, BATCH);
        assertEquals(2, g.graph().transfers());
    }

    @Test
    void itRemembersAFixedNumberOfTransactions() {
        ScreeningGraph g = new ScreeningGraph();
        g.install(new TransactionGraph(), TxSnapshot.parse("1:1:"));
        for (long tx = 1; tx <= ScreeningGraph.REMEMBERED + 1; tx++) {
            g.apply(tx, List.of());
        }
        assertFalse(g.has(1), "the oldest is forgotten");
        assertTrue(g.has(2));
        assertTrue(g.has(ScreeningGraph.REMEMBERED + 1));
    }
}
