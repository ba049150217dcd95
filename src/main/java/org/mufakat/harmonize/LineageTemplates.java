package org.mufakat.harmonize;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code lineage:of(id)} in templates: the {@link Lineage} of a recommendation wherever one is shown (the
 * workspace, the review's proposal and versions, a submission's uptake), rendered with the {@code lineage} tag.
 * Worked out a theme's recommendations at a time, and kept ({@link Lineages#ofTheme}), so a page of 50 costs a few
 * queries after a change and one small one (the rounds' counters) otherwise.
 */
@TemplateExtension(namespace = "lineage")
public final class LineageTemplates {

    private LineageTemplates() {
    }

    /** The recommendation's lineage, or null when there is no such recommendation. */
    static Lineage of(Long recommendationId) {
        return recommendationId == null ? null : Arc.container().instance(Known.class).get().of(recommendationId);
    }

    /** The lineages worked out during this request; looked up by the extension, so kept though nothing injects it. */
    @RequestScoped
    @Unremovable
    static class Known {

        @Inject
        Lineages lineages;

        private final Map<Long, Lineage> known = new HashMap<>();

        Lineage of(long id) {
            if (!known.containsKey(id)) {
                Recommendation r = Recommendation.findById(id);
                known.put(id, null);
                if (r != null) {
                    known.putAll(lineages.ofTheme(r.theme));
                }
            }
            return known.get(id);
        }
    }
}
