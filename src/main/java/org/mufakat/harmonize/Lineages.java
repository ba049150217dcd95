package org.mufakat.harmonize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.mufakat.round.RoundChanges;
import org.mufakat.round.RoundTheme;
import org.mufakat.web.Memo;
import org.mufakat.web.Texts;

/**
 * Builds recommendations' {@link Lineage}: walks each back along {@link Recommendation#carriedFrom} to the first of
 * its line (one query per hop for all the recommendations asked about), reads the year of the first ones' rounds,
 * and asks {@link UptakeHistory} once for the uptake recorded along all the lines. Works from ids, so recommendations
 * loaded in a transaction that has ended can be asked about.
 */
@ApplicationScoped
public class Lineages {

    /** A line is never this long (each hop is a later round); the bound only guards the walk. */
    static final int MAX_HOPS = 100;

    /** Themes whose lineages are kept. */
    private static final int KEPT = 256;

    @Inject
    UptakeHistory history;
    @Inject
    Texts texts;
    @Inject
    RoundChanges changes;

    /** A line crosses rounds, and its text names years and forum sessions: kept until anything in any round changes. */
    private record ThemeKey(long theme, RoundChanges.Everywhere rounds, Locale locale) {
    }

    private final Memo<ThemeKey, Map<Long, Lineage>> themes = new Memo<>(KEPT,
            key -> Map.copyOf(of(Recommendation.listForTheme(RoundTheme.findById(key.theme())))));

    /** The lineage of each of the theme's recommendations, by id. */
    public Map<Long, Lineage> ofTheme(RoundTheme theme) {
        if (changes.changedHereAnywhere()) {
            return of(Recommendation.listForTheme(theme));
        }
        return themes.get(new ThemeKey(theme.id, changes.everywhere(), texts.locale()));
    }

    public Lineage of(Recommendation r) {
        return ofIds(List.of(r.id)).get(r.id);
    }

    /** The lineage of each of these recommendations, by id. */
    public Map<Long, Lineage> of(Collection<Recommendation> recommendations) {
        return ofIds(recommendations.stream().map(r -> r.id).toList());
    }

    /** The lineage of each recommendation with one of these ids, by id; ids of none are left out. */
    public Map<Long, Lineage> ofIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        EntityManager em = Recommendation.getEntityManager();
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, Long> roundOf = new HashMap<>();
        Set<Long> asking = new HashSet<>(ids);
        for (int hop = 0; !asking.isEmpty() && hop < MAX_HOPS; hop++) {
            Set<Long> next = new HashSet<>();
            for (Object[] row : em.createQuery("select r.id, c.id, r.round.id from Recommendation r"
                    + " left join r.carriedFrom c where r.id in ?1", Object[].class).setParameter(1, asking)
                    .getResultList()) {
                parent.put((Long) row[0], (Long) row[1]);
                roundOf.put((Long) row[0], (Long) row[2]);
                if (row[1] != null && !parent.containsKey((Long) row[1])) {
                    next.add((Long) row[1]);
                }
            }
            asking = next;
        }
        Map<Long, List<Long>> lines = new HashMap<>();
        for (Long id : Set.copyOf(ids)) {
            if (!parent.containsKey(id)) {
                continue;
            }
            List<Long> line = new ArrayList<>();
            for (Long at = id; at != null && parent.containsKey(at) && line.size() < MAX_HOPS; at = parent.get(at)) {
                line.add(at);
            }
            lines.put(id, line);
        }
        Map<Long, Integer> years = firstYears(em, lines.values().stream().map(l -> roundOf.get(l.get(l.size() - 1)))
                .collect(Collectors.toSet()));
        Set<Long> everyone = lines.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<Long, List<UptakeHistory.Recorded>> uptake = history.recordedFor(everyone).stream()
                .collect(Collectors.groupingBy(UptakeHistory.Recorded::recommendationId));
        Map<Long, Lineage> lineages = new HashMap<>();
        lines.forEach((id, line) -> {
            long first = line.get(line.size() - 1);
            int times = line.size() - 1;
            int year = years.get(roundOf.get(first));
            UptakeHistory.Recorded latest = latest(line.stream()
                    .flatMap(r -> uptake.getOrDefault(r, List.of()).stream()).toList());
            lineages.put(id, new Lineage(id, times == 0 ? null : line.get(1), first, year, times, latest,
                    text(year, times, latest)));
        });
        return lineages;
    }

    /** Per round, the year of its forum session, else of its creation. */
    private static Map<Long, Integer> firstYears(EntityManager em, Set<Long> rounds) {
        Map<Long, Integer> years = new HashMap<>();
        for (Object[] row : em.createQuery("select r.id, s.startsOn, r.createdAt from Round r"
                + " left join r.forumSession s where r.id in ?1", Object[].class).setParameter(1, rounds)
                .getResultList()) {
            years.put((Long) row[0], row[1] != null ? ((LocalDate) row[1]).getYear()
                    : ((Instant) row[2]).atZone(ZoneOffset.UTC).getYear());
        }
        return years;
    }

    /** The latest partial or full uptake (by the session's day, then when recorded), else the latest "none". */
    static UptakeHistory.Recorded latest(List<UptakeHistory.Recorded> recorded) {
        Comparator<UptakeHistory.Recorded> order = Comparator.comparing(UptakeHistory.Recorded::taken)
                .thenComparing(UptakeHistory.Recorded::sessionStarts)
                .thenComparing(UptakeHistory.Recorded::recordedAt);
        return recorded.stream().max(order).orElse(null);
    }

    private String text(int year, int times, UptakeHistory.Recorded uptake) {
        List<String> parts = new ArrayList<>(2);
        if (times > 0) {
            parts.add(texts.get("mufakat.lineage.carried", String.valueOf(year), times));
        }
        if (uptake != null) {
            parts.add(texts.get("mufakat.lineage.uptake." + uptake.level(), uptake.forumSession()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
