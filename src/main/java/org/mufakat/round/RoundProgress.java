package org.mufakat.round;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Builds the completeness matrix from whatever reports input progress (the input feature). */
@ApplicationScoped
public class RoundProgress {

    @Inject
    Instance<InputProgress> sources;

    public CompletenessMatrix matrix(Round round, LocalDate today) {
        return CompletenessMatrix.of(round, progressOf(round), today);
    }

    Map<Long, InputProgress.Progress> progressOf(Round round) {
        return sources.isResolvable() ? sources.get().progressOf(round) : Map.of();
    }
}
