package org.mufakat.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mufakat.network.Constituency;
import org.mufakat.round.KeptItems;
import org.mufakat.round.Round;
import org.mufakat.round.RoundChanges;
import org.mufakat.round.RoundStatus;
import org.mufakat.security.CurrentUser;
import org.mufakat.web.DashboardItem;
import org.mufakat.web.DashboardSource;
import org.mufakat.web.Memo;
import org.mufakat.web.QueryLiterals;
import org.mufakat.web.ReadOnly;
import org.mufakat.web.Texts;

/**
 * What review asks of people: focal points a position before the deadline, those taking part their comments on a
 * draft in member review, everyone the open discussions they follow or wrote in, the convenor unresolved threads.
 * The items come from rounds alone and are kept until anything in a round changes (comments, replies, follows,
 * titles and states all do: {@link KeptItems}); a round's unresolved count is kept under its own counter too.
 */
@ApplicationScoped
public class ReviewDashboard implements DashboardSource {

    /** The open discussions listed at most; the proposal page has them all. */
    static final int THREADS_SHOWN = 10;
    private static final int KEPT = 256;

    @Inject
    CurrentUser user;
    @Inject
    Texts texts;
    @Inject
    RoundChanges changes;
    @Inject
    KeptItems kept;

    private final Memo<RoundChanges.Version, Long> unresolved = new Memo<>(KEPT,
            version -> Comment.countUnresolved(Round.findById(version.round())));

    @Override
    @Transactional
    public List<DashboardItem> waitingItems() {
        ReadOnly.view();
        return kept.of(this::items);
    }

    private List<DashboardItem> items() {
        List<DashboardItem> items = new ArrayList<>();
        for (Long constituencyId : user.focalPointConstituencies()) {
            for (Round round : Round.forConstituency(constituencyId, EnumSet.of(RoundStatus.ENDORSEMENT))) {
                if (Position.count("round = ?1 and constituency.id = ?2 and recommendation is null"
                        + " and organisation is null", round, constituencyId) > 0) {
                    continue;
                }
                Constituency c = Constituency.findById(constituencyId);
                LocalDate deadline = StageWindow.endorsementDeadline(round);
                items.add(new DashboardItem(deadline == null
                        ? texts.get("mufakat.review.dashPosition", c.name, round.title)
                        : texts.get("mufakat.review.dashPositionBy", c.name, round.title, deadline),
                        "/rounds/" + round.id + "/review/positions", texts.get("mufakat.review.dashTakePosition")));
            }
        }
        for (Round round : Round.<Round>list("status", RoundStatus.MEMBER_REVIEW)) {
            if (user.actor().takesPart(round)) {
                items.add(new DashboardItem(texts.get("mufakat.review.dashComment", round.title),
                        "/rounds/" + round.id + "/review", texts.get("mufakat.review.dashOpenReview")));
            }
        }
        items.addAll(threadItems(user.accountId()));
        if (user.isConvenor()) {
            for (Round round : Round.<Round>list("status in (" + QueryLiterals.of(List.of(RoundStatus.MEMBER_REVIEW,
                    RoundStatus.CALIBRATION, RoundStatus.ENDORSEMENT)) + ")")) {
                long open = changes.version(round).map(unresolved::get)
                        .orElseGet(() -> Comment.countUnresolved(round));
                if (open > 0) {
                    items.add(new DashboardItem(texts.get("mufakat.review.dashUnresolved", round.title, open),
                            "/rounds/" + round.id + "/review", texts.get("mufakat.review.dashOpenReview")));
                }
            }
        }
        return items;
    }

    /** The open discussions the person started, replied to or follows, newest first. */
    private List<DashboardItem> threadItems(long accountId) {
        List<DashboardItem> items = new ArrayList<>();
        for (Comment t : Comment.openThreadsOf(accountId, THREADS_SHOWN)) {
            items.add(new DashboardItem(texts.get("mufakat.review.dashThread", t.recommendation.number(),
                    t.round.title, t.authorName), "/rounds/" + t.round.id + "/review/recommendations/"
                            + t.recommendation.id + "#c" + t.id, texts.get("mufakat.review.dashReadThread")));
        }
        return items;
    }
}
