package org.mufakat.harmonize;

import java.util.List;

/**
 * Statements from at least two constituencies that say nearly the same thing.
 *
 * @param statementIds the statements, ascending
 * @param score the lowest cosine similarity between any two of them, from 0 to 1, rounded to two decimals: every
 *     member is at least this close to every other
 * @param sharedTerms up to six words, as the statements wrote them, that contribute most to the similarity; the
 *     heaviest first, ties alphabetically
 */
public record SuggestionCluster(List<Long> statementIds, double score, List<String> sharedTerms) {

    public SuggestionCluster {
        statementIds = List.copyOf(statementIds);
        sharedTerms = List.copyOf(sharedTerms);
    }
}
