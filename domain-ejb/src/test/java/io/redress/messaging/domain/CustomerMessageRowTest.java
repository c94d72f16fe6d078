package io.redress.messaging.domain;

import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.shared.domain.Actor;
import io.redress.testing.MappedColumns;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A queued message's row as a bulk job writes it: every column the entity maps, each holding the entity's value. */
class CustomerMessageRowTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private static CustomerMessage letter() {
        return new CustomerMessage(new CustomerMessageRequested("incident:INC-1:7:A-1", "incidents", "INCIDENT_KEYS_REVOKED",
                "A-1", "incident:INC-1", "ACCOUNT_INBOX", null, "de", "Ihre API-Schlüssel", "Wir haben ...", null, null,
                Actor.system(), "SECURITY", true), T0);
    }

    @Test
    void theRowNamesEveryColumnTheEntityMapsOnce() {
        assertEquals(MappedColumns.of(CustomerMessage.class), new LinkedHashSet<>(CustomerMessage.ROW_COLUMNS),
                "a column added to the entity is added to the row");
        assertEquals(CustomerMessage.ROW_COLUMNS.size(), new LinkedHashSet<>(CustomerMessage.ROW_COLUMNS).size());
    }

    @Test
    void aNumberedMessageKeepsItsIdUnderTheReplacedFeedsWaitsForItsPositionAndHasTheFirstVersion() {
        CustomerMessage m = letter();
        m.numbered(9100L);
        Map<String, Object> row = MappedColumns.byColumn(CustomerMessage.ROW_COLUMNS, m.row());
        assertEquals(9100L, row.get("id"));
        assertEquals(9100L, row.get("legacy_id"), "a new message's legacy id is its own id");
        assertEquals(1L, row.get("version"));
        assertFalse(row.containsKey("delivery_position"), "the chainer positions it after the commit, in a row of its own");
        assertNull(row.get("delivered_at"));
        assertEquals("incident:INC-1:7:A-1", row.get("request_key"));
        assertEquals("de", row.get("language"));
        assertEquals(T0, row.get("created_at"));
        assertEquals(Actor.system().name(), row.get("created_by"));
        assertEquals(9100L, m.view(null).id());
        assertNull(m.view(null).position());
    }

    @Test
    void aMessageIsNumberedOnceAndHasNoRowBefore() {
        CustomerMessage m = letter();
        assertThrows(IllegalStateException.class, m::row);
        m.numbered(1L);
        assertThrows(IllegalStateException.class, () -> m.numbered(2L));
    }
}
