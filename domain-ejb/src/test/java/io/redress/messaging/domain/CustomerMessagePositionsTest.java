package io.redress.messaging.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CustomerMessagePositionsTest {

    @Test
    void oneStatementPositionsSeveralMessagesAndLeavesPositionedOnesAlone() {
        assertEquals("UPDATE customer_message SET delivery_position = CASE id WHEN ? THEN ? END"
                + " WHERE id IN (?) AND delivery_position IS NULL", CustomerMessage.positionsSql(1));
        assertEquals("UPDATE customer_message SET delivery_position = CASE id WHEN ? THEN ? WHEN ? THEN ? WHEN ? THEN ? END"
                + " WHERE id IN (?, ?, ?) AND delivery_position IS NULL", CustomerMessage.positionsSql(3));
    }

    @Test
    void noneOrMoreThanAHundredAtOnceIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> CustomerMessage.positionsSql(0));
        assertThrows(IllegalArgumentException.class, () -> CustomerMessage.positionsSql(CustomerMessage.POSITIONS_MAX + 1));
    }
}
