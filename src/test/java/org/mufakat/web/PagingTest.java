package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void pagesAreCountedFromOneAndBadNumbersMeanTheFirst() {
        assertEquals(0, Paging.pageIndex(null));
        assertEquals(0, Paging.pageIndex(-4));
        assertEquals(2, Paging.pageIndex(3));
    }

    @Test
    void theLastPageKnowsItsRange() {
        Paging<String> last = new Paging<>(List.of("a", "b"), 3, 25, 52);
        assertEquals(3, last.pageCount());
        assertTrue(last.hasPrevious());
        assertFalse(last.hasNext());
        assertEquals(51, last.firstShown());
        assertEquals(52, last.lastShown());
        Paging<String> empty = new Paging<>(List.of(), 1, 25, 0);
        assertEquals(1, empty.pageCount());
        assertEquals(0, empty.firstShown());
    }

    @Test
    void anyPageNumberIsClampedBeforeAnythingIsLoaded() {
        List<Integer> asked = new java.util.ArrayList<>();
        Paging<String> last = Paging.load(Integer.MAX_VALUE, 25, 52, index -> {
            asked.add(index);
            return List.of("a", "b");
        });
        assertEquals(List.of(2), asked);
        assertEquals(3, last.page());
        assertEquals(1, Paging.load(100_000_000, 25, 0, index -> List.of("never")).page());
        assertTrue(Paging.load(-1, 25, 0, index -> List.of("never")).isEmpty());
        assertEquals(1, Paging.load(null, 25, 10, index -> List.of("x")).page());
    }
}
