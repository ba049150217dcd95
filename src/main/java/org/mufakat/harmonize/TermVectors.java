package org.mufakat.harmonize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of a set of statements and the cosine similarities between them, read off an inverted index.
 *
 * <p>Term frequency is sublinear (1 + ln tf), so a word repeated in one statement does not dominate it; inverse
 * document frequency is smoothed (1 + ln((1 + n) / (1 + df))), so a word every statement uses still counts a little
 * and two identical statements stay identical even when they are the only ones. Vectors have unit length, so a dot
 * product is the cosine.
 */
final class TermVectors {

    /** A pair of statements by index, {@code first < second}, and their cosine. */
    record Pair(int first, int second, double cosine) {
    }

    final List<String> stems = new ArrayList<>();
    /** Per statement: its term ids, ascending. */
    final int[][] terms;
    /** Per statement: the weight of each of its terms, parallel to {@link #terms}. */
    final double[][] weights;
    private final int[][] postingDocs;
    private final double[][] postingWeights;

    TermVectors(List<StatementTerms> statements) {
        int n = statements.size();
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> frequencies = new ArrayList<>();
        terms = new int[n][];
        weights = new double[n][];
        int[][] counts = new int[n][];
        for (int doc = 0; doc < n; doc++) {
            Map<String, Integer> stemCounts = statements.get(doc).counts;
            int[][] idAndCount = new int[stemCounts.size()][];
            int k = 0;
            for (var entry : stemCounts.entrySet()) {
                Integer id = ids.get(entry.getKey());
                if (id == null) {
                    id = stems.size();
                    ids.put(entry.getKey(), id);
                    stems.add(entry.getKey());
                    frequencies.add(0);
                }
                frequencies.set(id, frequencies.get(id) + 1);
                idAndCount[k++] = new int[] {id, entry.getValue()};
            }
            Arrays.sort(idAndCount, (a, b) -> Integer.compare(a[0], b[0]));
            terms[doc] = new int[k];
            counts[doc] = new int[k];
            for (int i = 0; i < k; i++) {
                terms[doc][i] = idAndCount[i][0];
                counts[doc][i] = idAndCount[i][1];
            }
        }

        int vocabulary = stems.size();
        double[] idf = new double[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            idf[t] = 1 + Math.log((1.0 + n) / (1.0 + frequencies.get(t)));
        }
        for (int doc = 0; doc < n; doc++) {
            double[] w = new double[terms[doc].length];
            double norm = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = (1 + Math.log(counts[doc][i])) * idf[terms[doc][i]];
                norm += w[i] * w[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < w.length; i++) {
                w[i] /= norm;
            }
            weights[doc] = w;
        }

        postingDocs = new int[vocabulary][];
        postingWeights = new double[vocabulary][];
        for (int t = 0; t < vocabulary; t++) {
            postingDocs[t] = new int[frequencies.get(t)];
            postingWeights[t] = new double[frequencies.get(t)];
        }
        int[] fill = new int[vocabulary];
        for (int doc = 0; doc < n; doc++) {
            for (int i = 0; i < terms[doc].length; i++) {
                int t = terms[doc][i];
                postingDocs[t][fill[t]] = doc;
                postingWeights[t][fill[t]++] = weights[doc][i];
            }
        }
    }

    int size() {
        return terms.length;
    }

    /**
     * Every pair whose cosine is at least {@code threshold}, ordered by first then second index. For each statement
     * only the postings of its own terms after it are visited, so the work grows with the number of pairs that share
     * a term, not with the square of the number of statements.
     */
    List<Pair> pairsAtLeast(double threshold) {
        int n = size();
        double[] dot = new double[n];
        int[] touched = new int[n];
        int[] cursor = new int[stems.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int doc = 0; doc < n; doc++) {
            int touchedCount = 0;
            for (int i = 0; i < terms[doc].length; i++) {
                int t = terms[doc][i];
                double w = weights[doc][i];
                int[] docs = postingDocs[t];
                double[] ws = postingWeights[t];
                for (int p = ++cursor[t]; p < docs.length; p++) {
                    int other = docs[p];
                    if (dot[other] == 0) {
                        touched[touchedCount++] = other;
                    }
                    dot[other] += w * ws[p];
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            for (int k = 0; k < touchedCount; k++) {
                int other = touched[k];
                if (dot[other] >= threshold - Similarity.EPSILON) {
                    pairs.add(new Pair(doc, other, Math.min(1.0, dot[other])));
                }
                dot[other] = 0;
            }
        }
        return pairs;
    }
}
