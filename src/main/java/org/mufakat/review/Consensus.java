package org.mufakat.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Constituency;
import org.mufakat.round.Round;
import org.mufakat.round.RoundParticipant;

/**
 * Who stands where, on the whole proposal and on each recommendation: every taking-part constituency (endorsed, with
 * a reservation, stood aside, objected, consent by silence, or silent) and the member organisations that took a
 * position. On a recommendation a constituency stands where it said on that recommendation, else where it stands on
 * the whole proposal, unless the recommendation changed substantively since: then it is silent there until it says
 * again.
 */
public record Consensus(Round round, LocalDate deadline, boolean deadlinePassed, Line overall, List<Line> lines,
        List<Position> objections, List<Gap> gaps) {

    /** One party on one line; {@code stance} null means silent. */
    public record Entry(String party, Constituency constituency, boolean organisation, Stance stance, String note,
            boolean inherited) {
        public boolean silent() {
            return stance == null;
        }
    }

    /** The whole proposal (no recommendation) or one recommendation, with every party's standing. */
    public record Line(Recommendation recommendation, List<Entry> entries) {

        public List<Entry> with(String stance) {
            return entries.stream().filter(e -> e.stance() != null && e.stance().name().equals(stance)).toList();
        }

        public List<Entry> silent() {
            return entries.stream().filter(e -> e.stance() == null).toList();
        }

        public long count(String stance) {
            return with(stance).size();
        }

        /**
         * The objections, stand-asides and reservations taken here with a reason or a note, for the convenor and the
         * participants to read before the proposal becomes final; a whole-proposal position a line inherits is read
         * on the whole proposal, not again on every line.
         */
        public List<Entry> reasons() {
            return entries.stream().filter(e -> e.stance() != null && e.stance().givesReason() && e.note() != null
                    && !e.inherited()).toList();
        }

        public boolean hasObjection() {
            return entries.stream().anyMatch(e -> e.stance() == Stance.OBJECT);
        }

        /** The stance of one constituency (not its organisations) here; null when silent. */
        public Entry of(Constituency c) {
            return entries.stream().filter(e -> !e.organisation() && e.constituency().id.equals(c.id)).findFirst()
                    .orElse(null);
        }
    }

    /** A constituency whose position is still awaited: on the whole proposal, or on a changed recommendation. */
    public record Gap(Constituency constituency, Recommendation recommendation) {
    }

    public static Consensus of(Round round, List<Recommendation> recommendations, LocalDate today) {
        LocalDate deadline = StageWindow.endorsementDeadline(round);
        boolean passed = deadline != null && today.isAfter(deadline);
        List<Position> positions = Position.listForRound(round, recommendations);
        Map<Long, Instant> reopened = ReviewEdit.lastSubstantive(round);
        List<Constituency> parties = round.participants.stream().map((RoundParticipant p) -> p.constituency)
                .sorted(Comparator.comparing(c -> c.name)).toList();

        Map<Long, Position> whole = new HashMap<>();
        Map<String, Position> onRecommendation = new HashMap<>();
        List<Position> organisationsWhole = new ArrayList<>();
        Map<Long, List<Position>> organisationsOn = new HashMap<>();
        for (Position p : positions) {
            if (p.organisation == null && p.recommendation == null) {
                whole.put(p.constituency.id, p);
            } else if (p.organisation == null) {
                onRecommendation.put(p.recommendation.id + "/" + p.constituency.id, p);
            } else if (p.recommendation == null) {
                organisationsWhole.add(p);
            } else {
                organisationsOn.computeIfAbsent(p.recommendation.id, k -> new ArrayList<>()).add(p);
            }
        }

        List<Entry> overallEntries = new ArrayList<>();
        for (Constituency c : parties) {
            Position p = whole.get(c.id);
            overallEntries.add(p == null ? new Entry(c.name, c, false, null, null, false) : entry(p, false));
        }
        organisationsWhole.forEach(p -> overallEntries.add(entry(p, false)));

        List<Line> lines = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Constituency c : parties) {
            if (!whole.containsKey(c.id)) {
                gaps.add(new Gap(c, null));
            }
        }
        for (Recommendation r : recommendations) {
            Instant changed = reopened.get(r.id);
            List<Entry> entries = new ArrayList<>();
            for (Constituency c : parties) {
                Position own = onRecommendation.get(r.id + "/" + c.id);
                Position general = whole.get(c.id);
                if (own != null) {
                    entries.add(entry(own, false));
                } else if (general != null && (changed == null || general.takenAt.isAfter(changed))) {
                    entries.add(entry(general, true));
                } else {
                    entries.add(new Entry(c.name, c, false, null, null, false));
                    if (general != null) {
                        gaps.add(new Gap(c, r));
                    }
                }
            }
            organisationsOn.getOrDefault(r.id, List.of()).forEach(p -> entries.add(entry(p, false)));
            for (Position p : organisationsWhole) {
                boolean ownHere = organisationsOn.getOrDefault(r.id, List.of()).stream()
                        .anyMatch(o -> o.organisation.id.equals(p.organisation.id));
                if (!ownHere && (changed == null || p.takenAt.isAfter(changed))) {
                    entries.add(entry(p, true));
                }
            }
            lines.add(new Line(r, entries));
        }
        List<Position> objections = Position.objectionsIn(round);
        return new Consensus(round, deadline, passed, new Line(null, overallEntries), lines, objections, gaps);
    }

    private static Entry entry(Position p, boolean inherited) {
        return new Entry(p.party(), p.constituency, p.organisation != null, p.stance, p.note, inherited);
    }

    /** A reason or a note given with a position: on the whole proposal (no recommendation) or on a recommendation. */
    public record Reason(Recommendation recommendation, Entry entry) {
    }

    /** Every reason or note given, on the whole proposal first, then recommendation by recommendation. */
    public List<Reason> reasons() {
        List<Line> all = new ArrayList<>();
        all.add(overall);
        all.addAll(lines);
        return reasonsOn(all);
    }

    /** The reasons given on some of the lines (a page of them, say). */
    public List<Reason> reasonsOn(List<Line> some) {
        return some.stream().flatMap(l -> l.reasons().stream().map(e -> new Reason(l.recommendation(), e))).toList();
    }

    /**
     * The reasons of stand-asides: what a final document adds to its footnoted reservations and to the note of the
     * objections its convenor overrode.
     */
    public List<Reason> standAsideReasons() {
        return reasons().stream().filter(r -> r.entry().stance() == Stance.STAND_ASIDE).toList();
    }

    public boolean hasObjections() {
        return !objections.isEmpty();
    }
}
