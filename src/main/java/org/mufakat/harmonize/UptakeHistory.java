package org.mufakat.harmonize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What official bodies made of recommendations, as the submission feature records it after sending them. Declared
 * here because a recommendation's {@link Lineage} tells it, and harmonization may not import the later feature; the
 * submission feature implements it as a CDI bean.
 */
public interface UptakeHistory {

    /** Every uptake recorded for these recommendations, in any order; empty when none is. */
    List<Recorded> recordedFor(Collection<Long> recommendationIds);

    /**
     * One recorded uptake: of which recommendation, its level ({@code NONE}, {@code PARTIAL} or {@code FULL}), the
     * forum session the submission went to (its title and first day), and when it was recorded.
     */
    @Schema(name = "LineageUptake")
    record Recorded(long recommendationId, String level, String forumSession, LocalDate sessionStarts,
            Instant recordedAt) {

        /** Partly or fully taken up. */
        public boolean taken() {
            return !"NONE".equals(level);
        }
    }
}
