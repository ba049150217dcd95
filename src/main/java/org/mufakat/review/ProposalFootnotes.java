package org.mufakat.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundChanges;
import org.mufakat.web.Calendar;
import org.mufakat.web.Memo;

/**
 * The reservations of a round's proposal numbered in reading order: those on the whole proposal first, then
 * recommendation by recommendation. A page of the proposal shows 50 recommendations but its footnote numbers come from
 * all of them, so the numbering is kept until anything in the round changes, under the round's change counter as
 * {@code round.RoundFacts} keeps its results. Kept results are plain values (parties' names and notes).
 */
@ApplicationScoped
public class ProposalFootnotes {

    private static final int KEPT = 64;

    /** The numbered reservations on the whole proposal and, by recommendation id, on each recommendation. */
    public record Numbered(List<ProposalView.Footnote> general, Map<Long, List<ProposalView.Footnote>> on) {

        public List<ProposalView.Footnote> on(Recommendation r) {
            return on.getOrDefault(r.id, List.of());
        }
    }

    @Inject
    RoundChanges changes;
    @Inject
    Calendar calendar;

    private final Memo<RoundChanges.Version, Numbered> kept = new Memo<>(KEPT,
            version -> number(Round.findById(version.round())));

    public Numbered of(Round round) {
        return changes.version(round).map(kept::get).orElseGet(() -> number(round));
    }

    private Numbered number(Round round) {
        Consensus consensus = Consensus.of(round, Recommendation.listForRound(round), calendar.today());
        int n = 0;
        List<ProposalView.Footnote> general = new ArrayList<>();
        for (Consensus.Entry e : consensus.overall().with(Stance.RESERVATION.name())) {
            general.add(new ProposalView.Footnote(++n, e.party(), e.note()));
        }
        Map<Long, List<ProposalView.Footnote>> on = new HashMap<>();
        for (Consensus.Line line : consensus.lines()) {
            for (Consensus.Entry e : line.with(Stance.RESERVATION.name())) {
                if (!e.inherited()) {
                    on.computeIfAbsent(line.recommendation().id, k -> new ArrayList<>())
                            .add(new ProposalView.Footnote(++n, e.party(), e.note()));
                }
            }
        }
        on.replaceAll((id, notes) -> List.copyOf(notes));
        return new Numbered(List.copyOf(general), Map.copyOf(on));
    }
}
