package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mufakat.round.RoundStatus;

/** Fixed sets of enum constants become HQL literals; the queries that use them are tested with their features. */
class QueryLiteralsTest {

    @Test
    void constantsAreNamedInFull() {
        assertEquals("org.mufakat.round.RoundStatus.SETUP, org.mufakat.round.RoundStatus.CLOSED",
                QueryLiterals.of(List.of(RoundStatus.SETUP, RoundStatus.CLOSED)));
        assertThrows(IllegalArgumentException.class, () -> QueryLiterals.of(EnumSet.noneOf(RoundStatus.class)));
    }
}
