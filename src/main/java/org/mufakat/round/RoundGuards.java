package org.mufakat.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
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

    public List<String> reasonsAgainst(Round round, RoundStatus target, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (!round.status().canMoveTo(target, round.reviewStages())) {
            reasons.add(texts.get("mufakat.round.notNext", texts.get("mufakat.round.status." + target.name())));
            return reasons;
        }
        if (!RoundStatus.IMPLEMENTED_TARGETS.contains(target)) {
            reasons.add(texts.get("mufakat.round.notYetAvailable",
                    texts.get("mufakat.round.status." + target.name())));
            return reasons;
        }
        switch (target) {
            case COLLECTING -> readyToCollect(round, today, reasons);
            case HARMONIZING -> everyInputIn(round, today, reasons);
            default -> {
            }
        }
        return reasons;
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
            reasons.add(texts.get("mufakat.round.deadlinePassed", round.inputDeadline.toString()));
        }
    }

    private void everyInputIn(Round round, LocalDate today, List<String> reasons) {
        for (CompletenessMatrix.Row row : progress.matrix(round, today).incomplete()) {
            long days = row.daysLeft(today);
            String name = row.constituency().name;
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
