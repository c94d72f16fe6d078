package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void oneRowMoreThanTheSizeMeansThereIsAnotherPage() {
        Page<String> page = Page.of(List.of("a", "b", "c", "d"), 2, 3);

        assertTrue(page.hasMore());
        assertEquals(List.of("a", "b", "c"), page.items());
        assertEquals(2, page.page());
        assertEquals(3, page.size());
    }

    @Test
    void fewerRowsThanTheSizeMeansThisIsTheLastPage() {
        Page<String> page = Page.of(List.of("a", "b"), 0, 3);

        assertFalse(page.hasMore());
        assertEquals(List.of("a", "b"), page.items());
    }

    @Test
    void exactlyTheSizeMeansThisIsTheLastPage() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 0, 3);

        assertFalse(page.hasMore());
        assertEquals(List.of("a", "b", "c"), page.items());
    }

    @Test
    void noRowsGiveAnEmptyLastPage() {
        Page<String> page = Page.of(List.of(), 5, 20);

        assertFalse(page.hasMore());
        assertTrue(page.items().isEmpty());
    }

    @Test
    void theItemsAreACopyThatCannotBeChanged() {
        List<String> fetched = new ArrayList<>(List.of("a", "b", "c"));
        Page<String> page = Page.of(fetched, 0, 2);
        fetched.set(0, "changed");

        assertEquals(List.of("a", "b"), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add("x"));
    }
}
