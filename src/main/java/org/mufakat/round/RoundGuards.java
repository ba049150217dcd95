package org.mufakat.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.mufakat.web.Texts;

/**
 * What stands in the way of a round's next move, in sentences a person can act on. An empty list means the move may
 * go ahead.
 */
@ApplicationScoped
public class RoundGuards {

    @Inject
    Texts texts;
    @Inject
    RoundProgress progress;
    @Inject
    Instance<StageGuard> later;

    /**
     * What stands in the way of the move, and whether a convenor may override it with a written reason: the
     * round's own checks (deadlines, inputs not in) and what later features call forceable (a review window still
     * open) may be overridden, never a later feature's firm reasons (a statement without a fate would be silently
     * dropped, an objection needs the finalize override) and never a stage this version cannot run.
     */
    public record Verdict(List<String> reasons, boolean forceable) {
    }

    public List<String> reasonsAgainst(Round round, RoundStatus target, LocalDate today) {
        return judge(round, target, today).reasons();
    }

    public Verdict judge(Round round, RoundStatus target, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (!round.status().canMoveTo(target, round.reviewStages())) {
            reasons.add(texts.get("mufakat.round.notNext", texts.get("mufakat.round.status." + target.name())));
            return new Verdict(reasons, false);
        }
        if (!RoundStatus.IMPLEMENTED_TARGETS.contains(target)) {
            reasons.add(texts.get("mufakat.round.notYetAvailable",
                    texts.get("mufakat.round.status." + target.name())));
            return new Verdict(reasons, false);
        }
        switch (target) {
            case COLLECTING -> readyToCollect(round, today, reasons);
            case HARMONIZING -> everyInputIn(round, today, reasons);
            default -> {
            }
        }
        List<String> firm = new ArrayList<>();
        for (StageGuard guard : later) {
            firm.addAll(guard.reasonsAgainst(round, target));
            reasons.addAll(guard.forceableReasonsAgainst(round, target));
        }
        reasons.addAll(firm);
        return new Verdict(reasons, firm.isEmpty());
    }

    private void readyToCollect(Round round, LocalDate today, List<String> reasons) {
        if (round.themes.isEmpty()) {
            reasons.add(texts.get("mufakat.round.themesRequired"));
        }
        if (round.addressees.isEmpty()) {
            reasons.add(texts.get("mufakat.round.addresseesRequired"));
        }
        if (round.participants.isEmpty()) {
            reasons.add(texts.get("mufakat.round.constituenciesRequired"));
        }
        if (round.inputDeadline.isBefore(today)) {
            reasons.add(texts.get("mufakat.round.deadlinePassed", round.inputDeadline));
        }
    }

    private void everyInputIn(Round round, LocalDate today, List<String> reasons) {
        for (CompletenessMatrix.Row row : progress.matrix(round, today).incomplete()) {
            long days = row.daysLeft(today);
            String name = row.constituency().name();
            if (days > 0) {
                reasons.add(texts.get("mufakat.round.notSubmittedDaysLeft", name, days));
            } else if (days == 0) {
                reasons.add(texts.get("mufakat.round.notSubmittedToday", name));
            } else {
                reasons.add(texts.get("mufakat.round.notSubmittedLate", name, -days));
            }
        }
    }
}
