package org.mufakat.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names the objects of the audit trail: a feature implements it (as a CDI bean) for the object types it owns, so the
 * trail shows "Indonesia · AFML 2026" with a link to its page instead of "NationalInput #1", while the audit package
 * imports no feature.
 */
public interface AuditObjects {

    /** The object types the feature owns, each with how to name a batch of its objects by id. */
    Map<String, Function<List<Long>, Map<Long, Named>>> types();

    /** What an object is called, and the path of its page (null when it has none). */
    record Named(String name, String link) {
    }

    /** The objects found, each named, by id; objects that no longer exist are simply not found. */
    static <T> Map<Long, Named> byId(List<T> found, Function<T, Long> id, Function<T, Named> named) {
        Map<Long, Named> byId = new HashMap<>();
        found.forEach(o -> byId.put(id.apply(o), named.apply(o)));
        return byId;
    }
}
