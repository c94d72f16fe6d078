package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A trace walks a level's addresses in the order of their numbers (their transfers lie in that order in memory). */
class TraceLevelTest {

    @Test
    void aLevelsAddressesComeInTheOrderOfTheirNumbersHoweverManyAndHoweverLarge() {
        ExposureCalculator.Level level = new ExposureCalculator.Level();
        Random random = new Random(3);
        for (int size : new int[] {0, 1, 5, 63, 64, 65, 2_000, 40_000}) {
            for (int bound : new int[] {100, 2_048, 1_000_000, Integer.MAX_VALUE}) {
                level.clear();
                TreeSet<Integer> added = new TreeSet<>();
                while (added.size() < Math.min(size, bound)) {
                    int node = random.nextInt(bound);
                    level.add(node, random.nextInt(4), 1);
                    added.add(node);
                }
                int[] order = level.inNodeOrder();
                List<Integer> walked = new ArrayList<>();
                for (int k = 0; k < level.nodes.size(); k++) {
                    walked.add((int) level.nodes.key(order[k]));
                }
                assertEquals(new ArrayList<>(added), walked, size + " addresses below " + bound);
            }
        }
    }
}
