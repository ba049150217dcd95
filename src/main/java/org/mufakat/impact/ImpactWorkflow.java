package org.mufakat.impact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.forum.Forum;
import org.mufakat.round.RoundChanges;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.submission.Submission;
import org.mufakat.submission.TrackingKind;
import org.mufakat.submission.UptakeLevel;
import org.mufakat.web.Calendar;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Memo;
import org.mufakat.web.QueryLiterals;
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
    @Inject
    RoundChanges changes;
    @ConfigProperty(name = "mufakat.zone", defaultValue = "Asia/Bangkok")
    ZoneId zone;

    /** A checked filter: a year range within bounds and a known forum (or all). */
    public record Filter(int from, int to, Forum forum) {
    }

    /**
     * What the indicators are worked out from, as committed: every round's counter (submissions, their tracking and
     * uptake, the forums and names shown) and, outside rounds, the allies and the engagements (each table's number of
     * rows, newest id and sum of versions: ids only grow and every change raises a version, so the sum differs once a
     * row is added, changed or removed). A page worked out from them is kept under them.
     */
    public record Sources(RoundChanges.Everywhere rounds, List<Long> outside) {
    }

    /** The sources as committed; none when the current transaction has changed a round. */
    public Optional<Sources> sources() {
        if (changes.changedHereAnywhere()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) Submission.getEntityManager().createNativeQuery("select"
                + " (select count(*) from ally), (select coalesce(max(id), 0) from ally),"
                + " (select coalesce(sum(version), 0) from ally), (select count(*) from engagement),"
                + " (select coalesce(max(id), 0) from engagement), (select coalesce(sum(version), 0) from engagement)")
                .getSingleResult();
        return Optional.of(new Sources(changes.everywhere(),
                Arrays.stream(row).map(n -> ((Number) n).longValue()).toList()));
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
        List<Object[]> sent = submissions(filter);
        Map<Long, LocalDate> acknowledgedOn = firstAcknowledgements(filter);
        Map<Integer, long[]> perYear = new HashMap<>();
        List<Long> days = new ArrayList<>();
        for (Object[] s : sent) {
            LocalDate sentOn = ((java.time.Instant) s[1]).atZone(zone).toLocalDate();
            long[] counts = year(perYear, sentOn.getYear());
            counts[SUBMISSIONS]++;
            LocalDate acknowledged = acknowledgedOn.get((Long) s[0]);
            if (acknowledged != null) {
                counts[ACKNOWLEDGED]++;
                days.add(Math.max(0, ChronoUnit.DAYS.between(sentOn, acknowledged)));
            }
        }
        countSeats(filter, perYear);
        countCarried(filter, perYear);
        countAllies(filter, perYear);
        List<Indicators.Year> years = new ArrayList<>();
        long[] sums = new long[COUNTS];
        for (int y = filter.from(); y <= filter.to(); y++) {
            long[] c = perYear.getOrDefault(y, new long[COUNTS]);
            years.add(new Indicators.Year(y, c[SUBMISSIONS], c[ACKNOWLEDGED], c[SEATS_REQUESTED], c[SEATS_GRANTED],
                    c[CARRIED], c[ALLIES]));
            for (int i = 0; i < COUNTS; i++) {
                sums[i] += c[i];
            }
        }
        List<Indicators.ThemeUptake> themes = uptakeByTheme(filter);
        Indicators.Uptake uptake = themes.stream().map(Indicators.ThemeUptake::uptake)
                .reduce(Indicators.Uptake.ZERO, Indicators.Uptake::plus);
        Integer rate = sent.isEmpty() ? null : (int) Math.round(100.0 * acknowledgedOn.size() / sent.size());
        return new Indicators(filter.from(), filter.to(), filter.forum(), new Indicators.Totals(sent.size(),
                acknowledgedOn.size(), rate, median(days), sums[SEATS_REQUESTED], sums[SEATS_GRANTED], uptake,
                sums[CARRIED], sums[ALLIES]), years, themes);
    }

    /** Places in a year's counts. */
    private static final int SUBMISSIONS = 0;
    private static final int ACKNOWLEDGED = 1;
    private static final int SEATS_REQUESTED = 2;
    private static final int SEATS_GRANTED = 3;
    private static final int CARRIED = 4;
    private static final int ALLIES = 5;
    private static final int COUNTS = 6;

    private static long[] year(Map<Integer, long[]> perYear, int year) {
        return perYear.computeIfAbsent(year, y -> new long[COUNTS]);
    }

    /** Seats asked for and given at the sessions held in the range, where they are known. */
    private void countSeats(Filter filter, Map<Integer, long[]> perYear) {
        String jpql = "select e.forumSession.startsOn, e.seatsRequested, e.seatsGranted from Engagement e"
                + " where e.forumSession.startsOn >= :first and e.forumSession.startsOn < :after"
                + (filter.forum() == null ? "" : " and e.forumSession.forum = :forum");
        for (Object[] row : days(jpql, filter).getResultList()) {
            long[] counts = year(perYear, ((LocalDate) row[0]).getYear());
            counts[SEATS_REQUESTED] += row[1] == null ? 0 : (Integer) row[1];
            counts[SEATS_GRANTED] += row[2] == null ? 0 : (Integer) row[2];
        }
    }

    /** Allies by the day they became allies; with a forum, those linked to one of its sessions. */
    private void countAllies(Filter filter, Map<Integer, long[]> perYear) {
        String jpql = "select a.since, a.id from Ally a where a.since >= :first and a.since < :after"
                + (filter.forum() == null ? "" : " and a in (select b from Ally b join b.forumSessions fs"
                        + " where fs.forum = :forum)");
        for (Object[] row : days(jpql, filter).getResultList()) {
            year(perYear, ((LocalDate) row[0]).getYear())[ALLIES]++;
        }
    }

    private jakarta.persistence.TypedQuery<Object[]> days(String jpql, Filter filter) {
        var query = Submission.getEntityManager().createQuery(jpql, Object[].class)
                .setParameter("first", LocalDate.of(filter.from(), 1, 1))
                .setParameter("after", LocalDate.of(filter.to() + 1, 1, 1));
        return filter.forum() == null ? query : query.setParameter("forum", filter.forum());
    }

    /**
     * Recommendations of the range's submissions that were carried into a later round, each once, in the year it was
     * first submitted.
     */
    private void countCarried(Filter filter, Map<Integer, long[]> perYear) {
        query("select r.carriedFrom.id, min(s.sentAt) from Recommendation r, Submission s where r.carriedFrom"
                + " is not null and s.round = r.carriedFrom.round and" + SENT + " group by r.carriedFrom.id",
                Object[].class, filter).getResultList().forEach(row -> year(perYear,
                        ((java.time.Instant) row[1]).atZone(zone).getYear())[CARRIED]++);
    }

    /**
     * Every recommendation of every submission in the range (the items of the version it was frozen from), by theme
     * code and by its uptake for that submission; none recorded is "not assessed".
     */
    private List<Indicators.ThemeUptake> uptakeByTheme(Filter filter) {
        if (changes.changedHereAnywhere()) {
            return workOutUptakeByTheme(filter);
        }
        return uptakes.get(new UptakeKey(filter.from(), filter.to(), filter.forum() == null ? null
                : filter.forum().id, changes.everywhere()));
    }

    /**
     * The uptake by theme reads every recommendation of ten years of submissions, all of which belong to rounds, so it
     * is kept until anything in any round changes.
     */
    private record UptakeKey(int from, int to, Long forum, RoundChanges.Everywhere changes) {
    }

    private final Memo<UptakeKey, List<Indicators.ThemeUptake>> uptakes = new Memo<>(64,
            key -> workOutUptakeByTheme(new Filter(key.from(), key.to(), key.forum() == null ? null
                    : Forum.findById(key.forum()))));

    private List<Indicators.ThemeUptake> workOutUptakeByTheme(Filter filter) {
        Map<String, String> titles = new java.util.TreeMap<>();
        Map<String, long[]> levels = new HashMap<>();
        query("select i.themeCode, max(i.themeTitle), u.level, count(i) from Submission s"
                + " join ProposalVersion v on v.round = s.round and v.number = s.proposalVersion"
                + " join VersionItem i on i.version = v"
                + " left join Uptake u on u.submission = s and u.recommendation.id = i.recommendationId"
                + " where" + SENT + " group by i.themeCode, u.level", Object[].class, filter).getResultList()
                .forEach(row -> {
                    String code = (String) row[0];
                    titles.merge(code, (String) row[1], (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    UptakeLevel level = (UptakeLevel) row[2];
                    int slot = level == null ? 3 : switch (level) {
                        case FULL -> 0;
                        case PARTIAL -> 1;
                        case NONE -> 2;
                    };
                    levels.computeIfAbsent(code, c -> new long[4])[slot] += (Long) row[3];
                });
        return titles.entrySet().stream().map(t -> {
            long[] l = levels.get(t.getKey());
            return new Indicators.ThemeUptake(t.getKey(), t.getValue(), new Indicators.Uptake(l[0], l[1], l[2],
                    l[3]));
        }).toList();
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

    /** The id and the time sent of each submission counted. */
    private List<Object[]> submissions(Filter filter) {
        return query("select s.id, s.sentAt from Submission s where" + SENT, Object[].class, filter).getResultList();
    }

    /** For each submission acknowledged, the day of its first acknowledging event; one query for all. */
    private Map<Long, LocalDate> firstAcknowledgements(Filter filter) {
        Map<Long, LocalDate> first = new HashMap<>();
        query("select s.id, min(e.occurredOn) from TrackingEvent e join e.submission s where" + SENT
                + " and e.kind in (" + QueryLiterals.of(ACKNOWLEDGING) + ") group by s.id", Object[].class, filter)
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
