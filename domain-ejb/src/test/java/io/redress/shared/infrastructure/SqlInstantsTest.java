package io.redress.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SqlInstantsTest {

    @Test
    void writesTheInstantWithNineDigitsOfFraction() {
        assertEquals("2026-12-02T02:30:59.123456000Z", SqlInstants.text(Instant.parse("2026-12-02T02:30:59.123456Z")));
        assertEquals("1970-01-01T00:00:00.000000000Z", SqlInstants.text(Instant.EPOCH));
        assertEquals("1969-12-31T23:59:59.999999999Z", SqlInstants.text(Instant.EPOCH.minusNanos(1)));
        assertEquals("0000-01-01T00:00:00.000000000Z", SqlInstants.text(Instant.parse("0000-01-01T00:00:00Z")));
        assertEquals("9999-12-31T23:59:59.999999999Z", SqlInstants.text(Instant.parse("9999-12-31T23:59:59.999999999Z")));
    }

    @Test
    void outsideTheFourDigitYearsItIsInstantToString() {
        Instant late = Instant.parse("+10000-01-01T00:00:00Z");
        Instant early = Instant.parse("-0001-12-31T23:59:59.5Z");
        assertEquals(late.toString(), SqlInstants.text(late));
        assertEquals(early.toString(), SqlInstants.text(early));
    }

    @Test
    void readsBackAsTheSameInstant() {
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong() % 300_000_000_000L, random.nextInt(1_000_000_000));
            assertEquals(t, Instant.parse(SqlInstants.text(t)), t.toString());
        }
    }
}
