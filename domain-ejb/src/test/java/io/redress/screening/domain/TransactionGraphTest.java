package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void compactingKeepsEveryAddressesTransfersInTheirOrderAndLaterTransfersComeFirst() {
        TransactionGraph graph = new TransactionGraph();
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            graph.add(i, i % 3 == 0 ? "ETH" : "XBT", "a" + random.nextInt(800), "a" + random.nextInt(800), 1 + random.nextInt(1000));
        }
        List<String> before = transfersIn(graph, 800);

        graph.compact();

        assertEquals(before, transfersIn(graph, 800));
        graph.add(10_000, "XBT", "a1", "a2", 5);
        graph.add(10_001, "XBT", "new", "a2", 6);
        List<String> after = transfersIn(graph, 801);
        assertEquals("a2: 10001 new XBT 6.0, 10000 a1 XBT 5.0, " + before.get(2).substring(4), after.get(2));
        assertEquals(before.subList(3, 800), after.subList(3, 800));
        assertEquals(10_002, graph.transfers());
    }

    /** Per address a{i}: its transfers in, in the order a trace reads them, as "row sender asset amount". */
    private static List<String> transfersIn(TransactionGraph graph, int addresses) {
        return graph.read(view -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < addresses; i++) {
                int node = view.node("a" + i);
                StringBuilder s = new StringBuilder("a" + i + ":");
                for (int e = node < 0 ? -1 : view.firstIn(node); e >= 0; e = view.nextIn(e)) {
                    s.append(s.charAt(s.length() - 1) == ':' ? " " : ", ").append(view.rowId(e)).append(' ').append(view.name(view.from(e)))
                            .append(' ').append(view.asset("ETH") == view.assetOf(e) ? "ETH" : "XBT").append(' ').append(view.amount(e));
                }
                out.add(s.toString());
            }
            return out;
        });
    }
}
