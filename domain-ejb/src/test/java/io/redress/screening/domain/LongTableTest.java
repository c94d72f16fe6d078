package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongTableTest {

    @Test
    void keysGetDenseIndexesInTheOrderTheyCameAndKeepThemWhenTheTableGrows() {
        LongTable table = new LongTable(4);
        Map<Long, Integer> expected = new HashMap<>();
        List<Long> inOrder = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // clustered and far-apart keys, repeats, negative ones, zero
            long key = switch (i % 4) {
                case 0 -> random.nextInt(5_000);
                case 1 -> ((long) random.nextInt(3_000) << 16) | random.nextInt(4);
                case 2 -> random.nextLong();
                default -> -random.nextInt(100);
            };
            int index = table.add(key);
            Integer before = expected.putIfAbsent(key, inOrder.size());
            if (before == null) {
                inOrder.add(key);
            }
            assertEquals(expected.get(key), index, "key " + key);
        }
        assertEquals(inOrder.size(), table.size());
        for (int i = 0; i < inOrder.size(); i++) {
            assertEquals(inOrder.get(i), table.key(i));
            assertEquals(i, table.indexOf(inOrder.get(i)));
        }
        assertEquals(-1, table.indexOf(Long.MIN_VALUE + 12345));
    }

    @Test
    void clearForgetsEveryKeyAndTheTableServesAgain() {
        LongTable table = new LongTable(16);
        for (int round = 0; round < 3; round++) {
            for (long k = 0; k < 1_000; k++) {
                assertEquals((int) k, table.add(k * 31 + round));
            }
            assertEquals(1_000, table.size());
            table.clear();
            assertEquals(0, table.size());
            assertEquals(-1, table.indexOf(31 + round));
        }
        assertEquals(0, table.add(42));
        assertEquals(0, table.add(42));
        assertEquals(1, table.size());
    }
}
