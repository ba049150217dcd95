package org.mufakat.web;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Enum constants written into a query's text ({@code kind in (org.mufakat.submission.TrackingKind.TABLED, ...)})
 * instead of bound as a list parameter: with a list parameter Hibernate works out the query's SQL again on every
 * call; with literals it works it out once. For fixed sets only, never for what a person typed.
 */
public final class QueryLiterals {

    private QueryLiterals() {
    }

    /** The constants as HQL literals, separated by commas, for {@code in (...)}. */
    public static String of(Collection<? extends Enum<?>> constants) {
        if (constants.isEmpty()) {
            throw new IllegalArgumentException("in () matches nothing: a fixed set is never empty");
        }
        return constants.stream().map(c -> c.getDeclaringClass().getName() + "." + c.name())
                .collect(Collectors.joining(", "));
    }
}
