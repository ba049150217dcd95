package org.mufakat.submission;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mufakat.round.KeptItems;
import org.mufakat.security.CurrentUser;
import org.mufakat.web.Calendar;
import org.mufakat.web.DashboardItem;
import org.mufakat.web.DashboardSource;
import org.mufakat.web.ReadOnly;
import org.mufakat.web.Texts;

/** Submissions to track: for the convenor and the secretariat, each one whose acknowledgement is overdue. */
@ApplicationScoped
public class SubmissionDashboard implements DashboardSource {

    /** The overdue submissions listed at most, oldest first; the round's submissions page has them all. */
    static final int SHOWN = 10;

    @Inject
    CurrentUser user;
    @Inject
    Texts texts;
    @Inject
    Calendar calendar;
    @Inject
    OverdueAcknowledgements acknowledgements;
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
        if (user.isConvenor() || user.isSecretariat()) {
            for (Submission s : acknowledgements.overdueOn(calendar.today(), SHOWN)) {
                items.add(new DashboardItem(texts.get("mufakat.submission.dashOverdue", s.trackingNumber,
                        s.forumSession.title, calendar.dayOf(s.sentAt)), s.path(),
                        texts.get("mufakat.submission.dashTrack")));
            }
        }
        return items;
    }
}
