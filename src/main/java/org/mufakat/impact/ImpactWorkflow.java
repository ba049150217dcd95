package org.mufakat.impact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.forum.Forum;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.submission.Submission;
import org.mufakat.submission.TrackingKind;
import org.mufakat.web.Calendar;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/** The impact indicators, counted from the submission feature's records; read-only. */
@ApplicationScoped
public class ImpactWorkflow {

    /** The earliest year anyone may ask for: ASEAN was founded in 1967. */
    static final int FIRST_YEAR = 1967;
    /** The widest range counted at once, so one request cannot ask for centuries of empty years. */
    static final int MAX_YEARS = 40;
    /** What shows that officials took note of a submission: an acknowledgement or anything that implies one. */
    static final Set<TrackingKind> ACKNOWLEDGING = EnumSet.of(TrackingKind.ACKNOWLEDGED, TrackingKind.TABLED,
            TrackingKind.RESPONSE, TrackingKind.REFLECTED);

    @Inject
    Permissions permissions;
    @Inject
    Calendar calendar;
    @Inject
    Texts texts;
    @ConfigProperty(name = "mufakat.zone", defaultValue = "Asia/Bangkok")
    ZoneId zone;

    /** A checked filter: a year range within bounds and a known forum (or all). */
    public record Filter(int from, int to, Forum forum) {
    }

    /** The forums one may filter by. */
    public List<Forum> forums() {
        permissions.check(ImpactAction.VIEW_INDICATORS, Scoped.NETWORK);
        return Forum.listAllByName();
    }

    /**
     * Checks the typed filter; blank fields take defaults: up to this year, from the year of the first submission
     * (or the last ten years when there is none yet).
     */
    public Filter filter(IndicatorForm form) {
        permissions.check(ImpactAction.VIEW_INDICATORS, Scoped.NETWORK);
        FormErrors errors = FormErrors.none();
        int thisYear = calendar.today().getYear();
        Integer to = year(form.to(), "to", errors);
        Integer from = year(form.from(), "from", errors);
        Forum forum = null;
        if (form.forumId() != null && !form.forumId().isBlank()) {
            try {
                forum = Forum.findById(Long.parseLong(form.forumId().strip()));
            } catch (NumberFormatException e) {
                forum = null;
            }
            if (forum == null) {
                errors.add("forumId", texts.get("mufakat.impact.forumUnknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        int last = to == null ? Math.max(thisYear, from == null ? thisYear : from) : to;
        int first = from == null ? Math.max(firstSubmissionYear(last), last - MAX_YEARS + 1) : from;
        if (first > last) {
            errors.add("from", texts.get("mufakat.impact.fromAfterTo"));
        } else if (last - first + 1 > MAX_YEARS) {
            errors.add("from", texts.get("mufakat.impact.rangeTooWide", MAX_YEARS));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        return new Filter(first, last, forum);
    }

    private Integer year(String typed, String field, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(typed.strip());
            if (year >= FIRST_YEAR && year <= calendar.today().getYear() + 1) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, texts.get("mufakat.impact.yearInvalid", String.valueOf(FIRST_YEAR),
                String.valueOf(calendar.today().getYear() + 1)));
        return null;
    }

    private int firstSubmissionYear(int last) {
        java.time.Instant first = Submission.getEntityManager()
                .createQuery("select min(s.sentAt) from Submission s", java.time.Instant.class).getSingleResult();
        int year = first == null ? last + 1 : first.atZone(zone).getYear();
        return year > last ? last - 9 : year;
    }

    /** The numbers for a checked filter. */
    public Indicators indicators(Filter filter) {
        permissions.check(ImpactAction.VIEW_INDICATORS, Scoped.NETWORK);
        List<Submission> sent = submissions(filter);
        Map<Long, LocalDate> acknowledgedOn = firstAcknowledgements(filter);
        Map<Integer, long[]> perYear = new HashMap<>();
        List<Long> days = new ArrayList<>();
        for (Submission s : sent) {
            LocalDate sentOn = s.sentAt.atZone(zone).toLocalDate();
            long[] counts = perYear.computeIfAbsent(sentOn.getYear(), y -> new long[2]);
            counts[0]++;
            LocalDate acknowledged = acknowledgedOn.get(s.id);
            if (acknowledged != null) {
                counts[1]++;
                days.add(Math.max(0, ChronoUnit.DAYS.between(sentOn, acknowledged)));
            }
        }
        List<Indicators.Year> years = new ArrayList<>();
        for (int y = filter.from(); y <= filter.to(); y++) {
            long[] counts = perYear.getOrDefault(y, new long[2]);
            years.add(new Indicators.Year(y, counts[0], counts[1]));
        }
        long acknowledged = acknowledgedOn.size();
        Integer rate = sent.isEmpty() ? null : (int) Math.round(100.0 * acknowledged / sent.size());
        return new Indicators(filter.from(), filter.to(), filter.forum(),
                new Indicators.Totals(sent.size(), acknowledged, rate, median(days)), years);
    }

    /** The submissions counted: sent within the range, to the forum if one is chosen. */
    private static final String SENT = " s.sentAt >= :from and s.sentAt < :until";
    private static final String TO_FORUM = " and s.forumSession.forum = :forum";

    /** A query whose {@code SENT} clause gets the filter's range, and its forum when one is chosen. */
    private <T> jakarta.persistence.TypedQuery<T> query(String jpql, Class<T> type, Filter filter) {
        var query = Submission.getEntityManager().createQuery(filter.forum() == null ? jpql
                : jpql.replace(SENT, SENT + TO_FORUM), type)
                .setParameter("from", LocalDate.of(filter.from(), 1, 1).atStartOfDay(zone).toInstant())
                .setParameter("until", LocalDate.of(filter.to() + 1, 1, 1).atStartOfDay(zone).toInstant());
        return filter.forum() == null ? query : query.setParameter("forum", filter.forum());
    }

    private List<Submission> submissions(Filter filter) {
        return query("select s from Submission s where" + SENT, Submission.class, filter).getResultList();
    }

    /** For each submission acknowledged, the day of its first acknowledging event; one query for all. */
    private Map<Long, LocalDate> firstAcknowledgements(Filter filter) {
        Map<Long, LocalDate> first = new HashMap<>();
        query("select s.id, min(e.occurredOn) from TrackingEvent e join e.submission s where" + SENT
                + " and e.kind in :kinds group by s.id", Object[].class, filter).setParameter("kinds", ACKNOWLEDGING)
                .getResultList().forEach(row -> first.put((Long) row[0], (LocalDate) row[1]));
        return first;
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
