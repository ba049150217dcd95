package org.mufakat.harmonize;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.input.Statement;
import org.mufakat.round.Round;
import org.mufakat.security.Permissions;

/**
 * Similarity suggestions for the convenor: clusters of submitted statements from different constituencies that say
 * nearly the same thing, each marked when its statements already feed one recommendation together.
 */
@ApplicationScoped
public class Suggestions {

    /** At most this many clusters are shown, best first. */
    static final int LIMIT = 100;

    @Inject
    HarmonizeWorkflow workflow;
    @Inject
    Permissions permissions;

    /** A cluster with its statements in order, and the recommendation that already holds them all, if any. */
    public record Suggestion(double score, List<String> terms, List<Statement> statements, Recommendation mergedInto) {

        public boolean merged() {
            return mergedInto != null;
        }
    }

    public List<Suggestion> forRound(long roundId) {
        Round round = workflow.round(roundId);
        permissions.check(HarmonizeAction.HARMONIZE, round);
        List<Statement> statements = Statement.listSubmitted(round);
        Map<Long, Statement> byId = statements.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<SimilarityInput> inputs = statements.stream()
                .map(s -> new SimilarityInput(s.id, s.input.constituency.id, s.text)).toList();
        List<Recommendation> recommendations = Recommendation.listForRound(round);
        return new Similarity().clusters(inputs, Similarity.DEFAULT_THRESHOLD).stream().limit(LIMIT)
                .map(c -> {
                    List<Statement> members = c.statementIds().stream().map(byId::get).toList();
                    Recommendation holder = recommendations.stream()
                            .filter(r -> members.stream().allMatch(r::hasSource)).findFirst().orElse(null);
                    return new Suggestion(c.score(), c.sharedTerms(), members, holder);
                }).toList();
    }
}
