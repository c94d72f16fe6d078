package io.redress.cases.domain;

import io.redress.cases.api.NewCase;
import io.redress.cases.api.TicketNumber;
import io.redress.testing.MappedColumns;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A new case's row as a bulk opening writes it: every column the entity maps, each holding the entity's value. */
class SupportCaseRowTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private static SupportCase securityCase() {
        return new SupportCase(new TicketNumber("RD-2345-6789"), new NewCase("INTERNAL", "A-1", null, null, "de",
                "Third-party incident INC-1: Bot", "Keys revoked by bulk action 7.", "ACCOUNT_SECURITY", "API_KEY_COMPROMISE",
                "P2", null, false), SlaTargets.defaults(), "system", T0);
    }

    @Test
    void theRowNamesEveryColumnTheEntityMapsOnce() {
        assertEquals(MappedColumns.of(SupportCase.class), new LinkedHashSet<>(SupportCase.ROW_COLUMNS),
                "a column added to the entity is added to the row");
        assertEquals(SupportCase.ROW_COLUMNS.size(), new LinkedHashSet<>(SupportCase.ROW_COLUMNS).size(), "no column twice");
    }

    @Test
    void aNumberedCaseHasItsValuesInTheirColumnsAndTheFirstVersion() {
        SupportCase c = securityCase();
        c.numbered(4200);
        Map<String, Object> byColumn = MappedColumns.byColumn(SupportCase.ROW_COLUMNS, c.row());
        assertEquals(4200L, byColumn.get("id"));
        assertEquals(1L, byColumn.get("version"), "as a persist gives a new case");
        assertEquals(1L, c.version());
        assertEquals("RD-2345-6789", byColumn.get("ticket"));
        assertEquals("A-1", byColumn.get("account_id"));
        assertEquals("de", byColumn.get("language"));
        assertEquals("ACCOUNT_SECURITY", byColumn.get("category"));
        assertEquals("API_KEY_COMPROMISE", byColumn.get("subcategory"));
        assertEquals("P2", byColumn.get("priority"));
        assertEquals("NEW", byColumn.get("state"));
        assertEquals(T0, byColumn.get("opened_at"));
        assertEquals(c.decisionDueAt(), byColumn.get("decision_due_at"));
        assertEquals("third-party incident inc-1: bot keys revoked by bulk action 7.", byColumn.get("search_text"));
        assertEquals(Boolean.FALSE, byColumn.get("complaint"));
        assertNull(byColumn.get("merged_into_id"));
        assertNull(byColumn.get("closed_at"));
    }

    @Test
    void aCaseIsNumberedOnceAndHasNoRowBefore() {
        SupportCase c = securityCase();
        assertThrows(IllegalStateException.class, c::row);
        c.numbered(1);
        assertThrows(IllegalStateException.class, () -> c.numbered(2));
    }

    @Test
    void anEventsAndALinksRowsNameEveryColumnTheirEntitiesMapWithTheirValues() {
        assertEquals(MappedColumns.of(CaseEvent.class), new LinkedHashSet<>(CaseEvent.ROW_COLUMNS));
        assertEquals(MappedColumns.of(CaseLink.class), new LinkedHashSet<>(CaseLink.ROW_COLUMNS));
        Map<String, Object> event = MappedColumns.byColumn(CaseEvent.ROW_COLUMNS,
                new CaseEvent(4200, T0, "system", "LINKED", "INCIDENT INC-1").row(77));
        assertEquals(77L, event.get("id"));
        assertEquals(4200L, event.get("case_id"));
        assertEquals(T0, event.get("at"));
        assertEquals("LINKED", event.get("kind"));
        assertEquals("INCIDENT INC-1", event.get("detail"));
        Map<String, Object> link = MappedColumns.byColumn(CaseLink.ROW_COLUMNS,
                new CaseLink(4200, CaseLink.Kind.INCIDENT, "INC-1", "security-lead", T0).row(78));
        assertEquals(78L, link.get("id"));
        assertEquals("INCIDENT", link.get("kind"));
        assertEquals("INC-1", link.get("target"));
        assertEquals("security-lead", link.get("created_by"));
    }
}
