package org.mufakat.harmonize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.input.Statement;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.StageGuard;
import org.mufakat.web.Texts;

/**
 * Keeps a round in harmonization until it has a recommendation and every submitted statement has a fate, naming the
 * constituencies whose statements are still waiting. No convenor can override it: that would drop statements silently.
 */
@ApplicationScoped
public class HarmonizationGuard implements StageGuard {

    @Inject
    Texts texts;

    @Override
    public List<String> reasonsAgainst(Round round, RoundStatus target) {
        if (!round.status().isHarmonizing()) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (Recommendation.countForRound(round) == 0) {
            reasons.add(texts.get("mufakat.harmonize.noRecommendation"));
        }
        Set<Long> decided = Disposition.listForRound(round).stream().map(d -> d.statement.id)
                .collect(Collectors.toSet());
        Map<String, Integer> waiting = new LinkedHashMap<>();
        for (Statement s : Statement.listSubmitted(round)) {
            if (!decided.contains(s.id)) {
                waiting.merge(s.input.constituency.name, 1, Integer::sum);
            }
        }
        waiting.forEach((name, n) -> reasons.add(texts.get("mufakat.harmonize.withoutFate", n, name)));
        return reasons;
    }
}
