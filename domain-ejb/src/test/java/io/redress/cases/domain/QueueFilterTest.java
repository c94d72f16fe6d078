package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueueFilterTest {

    @Test
    void filtersNameEachBadField() {
        assertEquals(6, new QueueFilter("nowhere", "SLEEPING", "P7", "FOOD", "LATE", "ab").check().size());
        assertTrue(new QueueFilter("frontline", "ACTIVE", "P1", "GENERAL", "BREACHED", "@h").check().isEmpty());
    }
}
