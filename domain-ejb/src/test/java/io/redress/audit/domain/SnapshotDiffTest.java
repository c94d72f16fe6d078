package io.redress.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Snapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    @Test
    void onlyTheChangedFieldsAreListedWithTheirOldAndNewValues() {
        String before = Snapshot.of().with("status", "ACTIVE").with("protectiveLock", null).with("vipTier", 2).toJson();
        String after = Snapshot.of().with("status", "SUSPENDED").with("protectiveLock", "incident:INC-1").with("vipTier", 2)
                .toJson();
        assertEquals(List.of(new SnapshotDiff.Change("status", "ACTIVE", "SUSPENDED"),
                new SnapshotDiff.Change("protectiveLock", "null", "incident:INC-1")), SnapshotDiff.of(before, after));
    }

    @Test
    void aCreationListsEveryFieldAsAddedAndARemovalAsRemoved() {
        List<SnapshotDiff.Change> created = SnapshotDiff.of(null, "{\"a\":1,\"b\":\"x\"}");
        assertEquals(2, created.size());
        assertTrue(created.stream().allMatch(SnapshotDiff.Change::added));
        List<SnapshotDiff.Change> removed = SnapshotDiff.of("{\"a\":1,\"b\":2}", "{\"a\":1}");
        assertEquals(List.of(new SnapshotDiff.Change("b", "2", null)), removed);
        assertTrue(removed.get(0).removed());
    }

    @Test
    void stringsWithQuotesCommasAndBracesAndNestedValuesAreReadWhole() {
        String before = "{\"reason\":\"said \\\"no, {never}\\\"\",\"handles\":[\"@a\",\"@b\"],\"n\":{\"x\":1}}";
        String after = "{\"reason\":\"said \\\"no, {never}\\\"\",\"handles\":[\"@a\"],\"n\":{\"x\":1}}";
        assertEquals(List.of(new SnapshotDiff.Change("handles", "[\"@a\",\"@b\"]", "[\"@a\"]")), SnapshotDiff.of(before, after));
        assertEquals(Map.of("reason", "\"said \\\"no, {never}\\\"\"", "handles", "[\"@a\",\"@b\"]", "n", "{\"x\":1}"),
                SnapshotDiff.members(before));
        assertEquals("é\n", SnapshotDiff.of("{\"t\":\"\\u00e9\\n\"}", "{}").get(0).before());
    }

    @Test
    void textThatIsNotAJsonObjectIsNotDiffed() {
        assertEquals(List.of(), SnapshotDiff.of("plain words", "{\"a\":1}"));
        assertEquals(List.of(), SnapshotDiff.of("{\"a\":1", "{\"a\":2}"));
        assertEquals(List.of(), SnapshotDiff.of("[1,2]", "[1]"));
        assertNull(SnapshotDiff.members("{\"a\" 1}"));
        assertEquals(Map.of(), SnapshotDiff.members("{ }"));
    }
}
