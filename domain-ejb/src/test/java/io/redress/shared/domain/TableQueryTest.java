package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableQueryTest {

    @Test
    void blankFiltersAreNoFiltersAndTextIsTrimmed() {
        Map<String, String> typed = new HashMap<>();
        typed.put("subject", "  Deposit ");
        typed.put("assignee", "   ");
        typed.put("queue", null);
        TableQuery q = new TableQuery(0, 25, " ", false, typed);
        assertEquals(Map.of("subject", "Deposit"), q.filters());
        assertEquals("deposit", q.lowerFilter("subject"));
        assertNull(q.sortField());
    }

    @Test
    void onlyTheColumnsATableOffersAreSortedOrFiltered() {
        TableQuery q = new TableQuery(-1, 500, "password", true, Map.of("secret", "x", "subject", "y".repeat(201)));
        InvalidInput e = assertThrows(InvalidInput.class, () -> q.check(Set.of("subject"), Set.of("subject")));
        assertEquals(Set.of("first", "size", "sort", "secret", "subject"),
                Set.copyOf(e.errors().stream().map(FieldError::field).toList()));
        new TableQuery(0, 200, "subject", false, Map.of("subject", "ok")).check(Set.of("subject"), Set.of("subject"));
    }

    @Test
    void containsPatternsEscapeTheLikeWildcards() {
        assertEquals("%50!%!_off!!%", TableQuery.containsPattern("50%_off!"));
    }

    @Test
    void aSliceKnowsTheTotalAndStopsAtTheEnd() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertEquals(new TablePage<>(List.of(3, 4), 5), TablePage.slice(all, new TableQuery(2, 2, null, false, null)));
        assertEquals(new TablePage<>(List.of(5), 5), TablePage.slice(all, new TableQuery(4, 2, null, false, null)));
        assertEquals(new TablePage<>(List.of(), 5), TablePage.slice(all, new TableQuery(9, 2, null, false, null)));
    }
}
