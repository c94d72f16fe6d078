package io.redress.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueReadsTest {

    @Test
    void theFirstRunReadsFromTheHeadAndTheNextOnesPastWhatItFound() {
        QueueReads reads = new QueueReads(10);
        assertEquals(QueueReads.HEAD, reads.next());
        reads.found(1500);
        assertEquals(1500, reads.next());
        reads.found(2000);
        assertEquals(2000, reads.next());
    }

    @Test
    void everyTenthRunReadsFromTheHeadSoThatAnEntryCommittedLateUnderALowerNumberIsFound() {
        QueueReads reads = new QueueReads(10);
        List<Long> starts = new ArrayList<>();
        for (int run = 0; run < 25; run++) {
            starts.add(reads.next());
            reads.found(1000L * (run + 1));
        }
        List<Integer> fromHead = new ArrayList<>();
        for (int run = 0; run < starts.size(); run++) {
            if (starts.get(run) == QueueReads.HEAD) {
                fromHead.add(run);
            }
        }
        assertEquals(List.of(0, 10, 20), fromHead);
        assertEquals(11_000, starts.get(11)); // past what the head read of run 10 found
    }

    @Test
    void aRunThatFoundNothingOrLessDoesNotMoveTheStartBack() {
        QueueReads reads = new QueueReads(10);
        reads.next();
        reads.found(5000);
        reads.next();
        reads.found(QueueReads.HEAD);
        assertEquals(5000, reads.next());
        reads.found(4200); // a head read that found an entry committed late
        assertEquals(5000, reads.next());
    }

    @Test
    void withOneRunInEachEveryReadIsFromTheHead() {
        QueueReads reads = new QueueReads(1);
        reads.next();
        reads.found(700);
        assertEquals(QueueReads.HEAD, reads.next());
        assertThrows(IllegalArgumentException.class, () -> new QueueReads(0));
    }
}
