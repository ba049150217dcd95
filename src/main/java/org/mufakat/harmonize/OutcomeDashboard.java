package org.mufakat.harmonize;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mufakat.network.Constituency;
import org.mufakat.round.KeptItems;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.security.CurrentUser;
import org.mufakat.web.DashboardItem;
import org.mufakat.web.DashboardSource;
import org.mufakat.web.Texts;

/**
 * What became of a national input: once harmonization is over, and until the round closes, each focal point is led
 * to the outcome page of their constituency's input (every statement's fate and the recommendation it went into).
 */
@ApplicationScoped
public class OutcomeDashboard implements DashboardSource {

    @Inject
    CurrentUser user;
    @Inject
    Texts texts;
    @Inject
    KeptItems kept;

    @Override
    @Transactional
    public List<DashboardItem> waitingItems() {
        return kept.of(this::items);
    }

    private List<DashboardItem> items() {
        List<DashboardItem> items = new ArrayList<>();
        for (Long constituencyId : user.focalPointConstituencies()) {
            Constituency c = Constituency.findById(constituencyId);
            for (Round round : Round.forConstituency(constituencyId)) {
                if (round.status().isPastHarmonizing() && round.status() != RoundStatus.CLOSED) {
                    items.add(new DashboardItem(texts.get("mufakat.harmonize.dashOutcome", c.name, round.title),
                            "/rounds/" + round.id + "/outcome/" + c.code,
                            texts.get("mufakat.harmonize.dashOpenOutcome")));
                }
            }
        }
        return items;
    }
}
