package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PriorityTest {

    @Test
    void thereAreFourPrioritiesFromMostToLeastUrgent() {
        assertArrayEquals(new Priority[] {Priority.P1, Priority.P2, Priority.P3, Priority.P4}, Priority.values());
        assertTrue(Priority.P1.compareTo(Priority.P4) < 0);
    }

    @Test
    void aPriorityIsNamedAsWrittenInTheSlaSpec() {
        assertEquals(Priority.P3, Priority.valueOf("P3"));
        assertThrows(IllegalArgumentException.class, () -> Priority.valueOf("P0"));
    }
}
