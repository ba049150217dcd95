package org.mufakat.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.web.Memo;
import org.mufakat.web.Texts;

/**
 * What is worked out from a whole round and asked on every visit (the guards' verdict on the next move for the
 * dashboard and the round page, the completeness matrix of the day), kept until anything in the round changes. The
 * key holds the round's change counter read from the database ({@link RoundChanges}), so a second instance, or a
 * change made by this one, makes the kept result unreachable rather than stale. Kept results are plain values
 * (sentences in the reader's language, constituencies' names, states and times), never entities.
 */
@ApplicationScoped
public class RoundFacts {

    private static final int KEPT = 256;

    @Inject
    RoundChanges changes;
    @Inject
    RoundGuards guards;
    @Inject
    RoundProgress progress;
    @Inject
    Texts texts;

    private record VerdictKey(RoundChanges.Version round, RoundStatus target, LocalDate today, Locale locale) {
    }

    private record DayKey(RoundChanges.Version round, LocalDate today) {
    }

    private final Memo<VerdictKey, RoundGuards.Verdict> verdicts = new Memo<>(KEPT, key -> {
        RoundGuards.Verdict v = guards.judge(Round.findById(key.round().round()), key.target(), key.today());
        return new RoundGuards.Verdict(List.copyOf(v.reasons()), v.forceable());
    });

    private final Memo<DayKey, CompletenessMatrix> matrices = new Memo<>(KEPT,
            key -> progress.matrix(Round.findById(key.round().round()), key.today()));

    /** The guards' verdict on moving the round to the target today, as {@link RoundGuards#judge}; read-only use. */
    public RoundGuards.Verdict verdict(Round round, RoundStatus target, LocalDate today) {
        return changes.version(round).map(v -> verdicts.get(new VerdictKey(v, target, today, texts.locale())))
                .orElseGet(() -> guards.judge(round, target, today));
    }

    /** The completeness matrix of the round today, as last changed. */
    public CompletenessMatrix matrix(Round round, LocalDate today) {
        return changes.version(round).map(v -> matrices.get(new DayKey(v, today)))
                .orElseGet(() -> progress.matrix(round, today));
    }

    /** How many of the round's inputs are late today. */
    public long lateInputs(Round round, LocalDate today) {
        return matrix(round, today).late();
    }
}
