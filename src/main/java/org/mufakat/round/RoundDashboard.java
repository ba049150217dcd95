package org.mufakat.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mufakat.security.CurrentUser;
import org.mufakat.web.Calendar;
import org.mufakat.web.DashboardItem;
import org.mufakat.web.DashboardSource;
import org.mufakat.web.ReadOnly;
import org.mufakat.web.Texts;

/**
 * What rounds ask of people: focal points their inputs, the convenor the next move of each open round, the convenor
 * and the secretariat the late inputs.
 */
@ApplicationScoped
public class RoundDashboard implements DashboardSource {

    @Inject
    CurrentUser user;
    @Inject
    Texts texts;
    @Inject
    Calendar calendar;
    @Inject
    RoundFacts facts;
    @Inject
    KeptItems kept;

    @Override
    @Transactional
    public List<DashboardItem> waitingItems() {
        ReadOnly.view();
        return kept.of(this::items);
    }

    private List<DashboardItem> items() {
        List<DashboardItem> items = new ArrayList<>();
        LocalDate today = calendar.today();
        for (Long constituencyId : user.focalPointConstituencies()) {
            for (Round round : Round.forConstituency(constituencyId, EnumSet.of(RoundStatus.COLLECTING))) {
                items.addAll(inputsDue(round, constituencyId, today));
            }
        }
        if (user.isConvenor()) {
            for (Round round : Round.<Round>list("status <> ?1", RoundStatus.CLOSED)) {
                RoundStatus next = round.nextStage();
                if (next != null && RoundStatus.IMPLEMENTED_TARGETS.contains(next)) {
                    List<String> obstacles = facts.verdict(round, next, today).reasons();
                    items.add(new DashboardItem(obstacles.isEmpty()
                            ? texts.get("mufakat.round.dashReady", round.title, RoundLabels.label(next))
                            : texts.get("mufakat.round.dashWaiting", round.title, obstacles.size()),
                            "/rounds/" + round.id, texts.get("mufakat.round.dashOpenRound")));
                }
            }
        }
        if (user.isConvenor() || user.isSecretariat()) {
            items.addAll(lateInputs(today));
        }
        return items;
    }

    /** The constituency's input in the round, when it is still due (or late); none once complete (kept matrix). */
    private List<DashboardItem> inputsDue(Round round, long constituencyId, LocalDate today) {
        return facts.matrix(round, today).incomplete().stream()
                .filter(row -> row.constituency().id() == constituencyId)
                .map(row -> new DashboardItem(texts.get(row.late()
                        ? "mufakat.round.dashInputLate" : "mufakat.round.dashInputDue",
                        row.constituency().name(), round.title, row.deadline()),
                        "/rounds/" + round.id + "/inputs/" + row.constituency().code(),
                        texts.get("mufakat.round.dashOpenInput"))).toList();
    }

    /** For the network staff: each round collecting inputs where some are late, with the way to its matrix. */
    private List<DashboardItem> lateInputs(LocalDate today) {
        List<DashboardItem> items = new ArrayList<>();
        for (Round round : Round.<Round>list("status", RoundStatus.COLLECTING)) {
            long late = facts.lateInputs(round, today);
            if (late > 0) {
                items.add(new DashboardItem(texts.get("mufakat.round.dashLateInputs", round.title, late),
                        "/rounds/" + round.id, texts.get("mufakat.round.dashSeeLate")));
            }
        }
        return items;
    }
}
