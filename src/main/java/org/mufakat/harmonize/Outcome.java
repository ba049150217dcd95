package org.mufakat.harmonize;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mufakat.network.Constituency;
import org.mufakat.round.Round;

/** "What became of our input": each submitted statement of one constituency with its fate and recommendations. */
public record Outcome(Round round, Constituency constituency, List<Workspace.Row> rows) {

    /** How many statements have each fate; statements without one are {@link #undecided()}. */
    public Map<Fate, Integer> counts() {
        Map<Fate, Integer> counts = new EnumMap<>(Fate.class);
        rows.stream().filter(r -> r.disposition() != null)
                .forEach(r -> counts.merge(r.disposition().fate(), 1, Integer::sum));
        return counts;
    }

    public long undecided() {
        return rows.stream().filter(r -> r.disposition() == null).count();
    }
}
