package org.mufakat.submission;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.harmonize.UptakeHistory;

/** The uptake recorded on submissions, as harmonization's lineages ask for it. */
@ApplicationScoped
public class UptakeRecords implements UptakeHistory {

    @Override
    public List<Recorded> recordedFor(Collection<Long> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return List.of();
        }
        return Uptake.listFor(Set.copyOf(recommendationIds)).stream()
                .map(u -> new Recorded(u.recommendation.id, u.level.name(), u.submission.forumSession.title,
                        u.submission.forumSession.startsOn, u.recordedAt))
                .toList();
    }
}
