package org.mufakat.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names the objects of the audit trail: a feature implements it (as a CDI bean) for the object types it owns, so the
 * trail shows "Indonesia · AFML 2026" with a link to its page instead of "NationalInput #1", while the audit package
 * imports no feature.
 */
public interface AuditObjects {

    /**
     * The name and page of each object of the type among the ids, by id; a type the feature does not own, an id that
     * is not a number and an object that no longer exists are left out.
     */
    Map<String, Named> named(String type, Collection<String> ids);

    /** What an object is called, and the path of its page (null when it has none). */
    record Named(String name, String link) {
    }

    /** The ids that are whole numbers, as numbers. */
    static java.util.List<Long> numbers(Collection<String> ids) {
        return ids.stream().filter(id -> id != null && id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }
}
