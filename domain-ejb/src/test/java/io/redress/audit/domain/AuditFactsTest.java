package io.redress.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFactsTest {

    private static AuditFacts at(Instant when) {
        return new AuditFacts(when, "alice", "AGENT", "case.open", "Case", "42", null, "{}", "because", "10.0.0.1");
    }

    @Test
    void theTimeIsTruncatedToTheMillisecond() {
        AuditFacts f = at(Instant.parse("2024-05-06T07:08:09.123456789Z"));
        assertEquals(Instant.parse("2024-05-06T07:08:09.123Z"), f.occurredAt());
    }

    @Test
    void factsReadBackWithMillisecondPrecisionHashLikeTheOriginal() {
        AuditFacts written = at(Instant.parse("2024-05-06T07:08:09.123999Z"));
        AuditFacts readBack = at(Instant.parse("2024-05-06T07:08:09.123Z"));
        assertEquals(written, readBack);
        assertEquals(AuditHasher.hash(1, written, AuditHasher.GENESIS), AuditHasher.hash(1, readBack, AuditHasher.GENESIS));
    }

    @Test
    void longActorOriginAndReasonAreTruncatedToTheirColumnSizes() {
        AuditFacts f = new AuditFacts(Instant.EPOCH, "a".repeat(200), "AGENT", "x", "T", null, null, null,
                "r".repeat(5000), "o".repeat(300));
        assertEquals("a".repeat(128), f.actor());
        assertEquals("o".repeat(128), f.origin());
        assertEquals("r".repeat(4000), f.reason());
    }

    @Test
    void valuesWithinTheLimitsAreKeptAsGiven() {
        AuditFacts f = new AuditFacts(Instant.EPOCH, "a".repeat(128), "AGENT", "x", "T", "", "", "", "r".repeat(4000),
                "o".repeat(128));
        assertEquals("a".repeat(128), f.actor());
        assertEquals("o".repeat(128), f.origin());
        assertEquals("r".repeat(4000), f.reason());
        assertEquals("", f.entityId());
        assertEquals("", f.before());
        assertEquals("", f.after());
    }

    @Test
    void aMissingReasonStaysMissing() {
        AuditFacts f = new AuditFacts(Instant.EPOCH, "a", "AGENT", "x", "T", null, null, null, null, "o");
        assertNull(f.reason());
    }

    @Test
    void requiredFieldsAreRefusedWhenNull() {
        Instant t = Instant.EPOCH;
        assertThrows(NullPointerException.class, () -> new AuditFacts(null, "a", "R", "x", "T", null, null, null, null, "o"));
        assertThrows(NullPointerException.class, () -> new AuditFacts(t, null, "R", "x", "T", null, null, null, null, "o"));
        assertThrows(NullPointerException.class, () -> new AuditFacts(t, "a", null, "x", "T", null, null, null, null, "o"));
        assertThrows(NullPointerException.class, () -> new AuditFacts(t, "a", "R", null, "T", null, null, null, null, "o"));
        assertThrows(NullPointerException.class, () -> new AuditFacts(t, "a", "R", "x", null, null, null, null, null, "o"));
        assertThrows(NullPointerException.class, () -> new AuditFacts(t, "a", "R", "x", "T", null, null, null, null, null));
    }
}
