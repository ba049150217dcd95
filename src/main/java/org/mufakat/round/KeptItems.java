package org.mufakat.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mufakat.security.CurrentUser;
import org.mufakat.security.Grant;
import org.mufakat.web.Calendar;
import org.mufakat.web.DashboardItem;
import org.mufakat.web.Memo;
import org.mufakat.web.Texts;

/**
 * A dashboard source's items kept between visits, for a source whose items come from rounds alone (their inputs,
 * reviews, submissions and the names shown with them): per person and their grants, day and language, until anything
 * in any round changes ({@link RoundChanges#everywhere()}, one small query). Each source has its own.
 */
@Dependent
public class KeptItems {

    private static final int KEPT = 256;

    private record Key(RoundChanges.Everywhere rounds, Long account, List<Grant> grants, LocalDate today,
            Locale locale) {
    }

    private final Memo<Key, List<DashboardItem>> kept = new Memo<>(KEPT);

    @Inject
    RoundChanges changes;
    @Inject
    CurrentUser user;
    @Inject
    Calendar calendar;
    @Inject
    Texts texts;

    /** The items kept for this person today, or else those {@code items} gives, which must come from rounds alone. */
    public List<DashboardItem> of(Supplier<List<DashboardItem>> items) {
        if (changes.changedHereAnywhere()) {
            return items.get();
        }
        return kept.get(new Key(changes.everywhere(), user.accountId(), user.grants(), calendar.today(),
                texts.locale()), () -> List.copyOf(items.get()));
    }
}
