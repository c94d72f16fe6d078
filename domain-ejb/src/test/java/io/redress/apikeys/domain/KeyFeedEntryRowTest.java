package io.redress.apikeys.domain;

import io.redress.apikeys.api.KeyFeedView;
import io.redress.apikeys.api.KeyPermission;
import io.redress.testing.MappedColumns;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bulk revocation's feed entry as written by plain SQL: every column the entity maps, its permissions as stored. */
class KeyFeedEntryRowTest {

    @Test
    void theRowNamesEveryColumnWithTheEntrysValues() {
        assertEquals(MappedColumns.of(KeyFeedEntry.class), new LinkedHashSet<>(KeyFeedEntry.ROW_COLUMNS));
        Instant at = Instant.parse("2026-12-03T08:00:00Z");
        KeyFeedEntry e = new KeyFeedEntry(12, "BK-1", "A-1", KeyFeedView.Kind.REVOKED, Set.of(),
                Set.of(KeyPermission.READ, KeyPermission.SPOT_TRADE), "Third-party incident INC-1", "security-lead", at);
        Map<String, Object> row = MappedColumns.byColumn(KeyFeedEntry.ROW_COLUMNS, e.row(99));
        assertEquals(99L, row.get("id"));
        assertEquals(12L, row.get("position"));
        assertEquals("REVOKED", row.get("kind"));
        assertEquals("", row.get("permissions"));
        assertEquals(ApiKey.names(Set.of(KeyPermission.READ, KeyPermission.SPOT_TRADE)), row.get("removed"));
        assertEquals(at, row.get("decided_at"));
        assertEquals(e.view().removed(), ApiKey.parse((String) row.get("removed")), "the stored names read back as the view's");
    }
}
