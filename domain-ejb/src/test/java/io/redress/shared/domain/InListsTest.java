package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void manyValuesGoInSlicesOfAtMostAThousandInTheirOrderAndNoneIsLost() {
        List<Integer> values = IntStream.range(0, 2_345).boxed().toList();
        List<List<Integer>> slices = InLists.slices(values);
        assertEquals(List.of(1_000, 1_000, 345), slices.stream().map(List::size).toList());
        assertEquals(values, slices.stream().flatMap(List::stream).toList());
    }

    @Test
    void noValuesMakeNoQuery() {
        assertTrue(InLists.slices(List.of()).isEmpty());
    }
}
