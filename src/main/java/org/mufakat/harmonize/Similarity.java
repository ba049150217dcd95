package org.mufakat.harmonize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Similarity suggestions for the harmonization workspace: groups of statements from different constituencies that
 * say nearly the same thing, so the convenor can merge them into one recommendation.
 *
 * <p>Method. Each statement's Markdown is reduced to plain text and analysed into stemmed terms (English by
 * default, Bahasa Indonesia when it is written in it; see {@link StatementTerms}), weighted by TF-IDF over the
 * statements given, and compared by cosine similarity. TF-IDF rewards the words that set a statement apart
 * ("passport", "confiscation") over the words every statement of the round shares ("migrant", "workers"), and it is
 * cheap and exact: the cosines are read off an inverted index, so only pairs that share a term are ever compared.
 * Word pairs (bigrams) are left out: paraphrases across constituencies ("ban recruitment fees" / "prohibit
 * charging placement fees") rarely share them, and they would lower exactly the scores this is meant to find.
 *
 * <p>Clusters are built by complete-link agglomeration cut at the threshold: the two groups whose least similar
 * pair of members is the most similar are merged first, and only while that least similar pair still reaches the
 * threshold. So every member of a cluster is at least {@code threshold}-similar to every other, and a cluster cannot
 * grow into a chain of statements that each resemble only the next. Only a pair from different constituencies can
 * bring two groups together (the point is to see that two countries said the same thing), so every cluster spans at
 * least two constituencies; two near-identical statements of one constituency stay apart unless a third from
 * elsewhere joins them, and then they too must reach the threshold.
 *
 * <p>The result depends only on the set of statements, never on their order: statements are taken by id, and ties
 * between equally good merges go to the smallest statement ids. The class holds no state and is safe to share.
 */
public final class Similarity {

    /**
     * Cosine from which two statements are suggested as saying the same thing. Chosen on 29 realistic statements making
     * 13 migrant-worker demands (most of them in {@code SimilarityTest}): pairs of different demands, even under
     * one theme and sharing words such as "domestic workers" or "recruitment", scored at most 0.25, while most
     * paraphrases of one demand scored 0.32 to 0.78 ("ban recruitment fees charged to migrant workers" / "prohibit
     * agencies from charging placement fees to workers": 0.43). The looser paraphrases, around 0.2 to 0.3, are left
     * to the convenor rather than risk suggesting different demands as one.
     */
    public static final double DEFAULT_THRESHOLD = 0.30;

    static final double EPSILON = 1e-9;
    private static final int MAX_SHARED_TERMS = 6;

    /**
     * Groups statements from different constituencies that say nearly the same thing.
     *
     * @param inputs the statements to compare, in any order; statement ids must be distinct
     * @param threshold the lowest cosine similarity, above 0 and at most 1, that every two members of a cluster must
     *     reach ({@link #DEFAULT_THRESHOLD} unless the convenor asks for looser or stricter suggestions)
     * @return the clusters, most similar first, then by smallest statement id; empty when fewer than two statements
     *     are given or none are close enough
     */
    public List<SuggestionCluster> clusters(List<SimilarityInput> inputs, double threshold) {
        Objects.requireNonNull(inputs, "inputs");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
        }
        List<SimilarityInput> statements = new ArrayList<>(inputs);
        statements.sort(Comparator.comparingLong(SimilarityInput::statementId));
        for (int i = 1; i < statements.size(); i++) {
            if (statements.get(i).statementId() == statements.get(i - 1).statementId()) {
                throw new IllegalArgumentException("statement " + statements.get(i).statementId() + " given twice");
            }
        }
        if (statements.size() < 2) {
            return List.of();
        }
        if (statements.size() > MergeQueue.MAX_STATEMENTS) {
            throw new IllegalArgumentException("at most " + MergeQueue.MAX_STATEMENTS + " statements at once");
        }

        List<StatementTerms> analysed = new ArrayList<>(statements.size());
        for (SimilarityInput statement : statements) {
            analysed.add(StatementTerms.of(statement.text()));
        }
        TermVectors vectors = new TermVectors(analysed);
        long[] constituencies = statements.stream().mapToLong(SimilarityInput::constituencyId).toArray();
        List<Group> groups = completeLink(constituencies, vectors.pairsAtLeast(threshold));

        List<SuggestionCluster> clusters = new ArrayList<>(groups.size());
        for (Group group : groups) {
            List<Long> ids = group.members.stream().map(i -> statements.get(i).statementId()).toList();
            clusters.add(new SuggestionCluster(ids, round(group.lowest), sharedTerms(group.members, vectors,
                    analysed)));
        }
        clusters.sort(Comparator.comparingDouble(SuggestionCluster::score).reversed()
                .thenComparing(c -> c.statementIds().get(0)));
        return List.copyOf(clusters);
    }

    /** A cluster under construction: members by index, ascending, and the lowest cosine between two of them. */
    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        double lowest = 1.0;
        /**
         * The groups whose every pair with this one reached the threshold, with the lowest of those cosines. Once one
         * pair fails, no larger group containing both can succeed, so a group missing here is never linked again.
         */
        Map<Integer, Link> links = new HashMap<>();
    }

    /** All pairs between two groups reached the threshold; whether one of them joins different constituencies. */
    private record Link(double lowest, boolean acrossConstituencies) {
        Link and(Link other) {
            return new Link(Math.min(lowest, other.lowest), acrossConstituencies || other.acrossConstituencies);
        }
    }

    /**
     * Complete-link agglomeration over the pairs that reach the threshold, best merge first. Groups are named by
     * their smallest member. A possible merge is queued whenever a link across constituencies is made or changed,
     * and skipped when popped if its link has changed since.
     */
    private static List<Group> completeLink(long[] constituencies, List<TermVectors.Pair> pairs) {
        Group[] groups = new Group[constituencies.length];
        MergeQueue queue = new MergeQueue();
        for (TermVectors.Pair pair : pairs) {
            Link link = new Link(pair.cosine(), constituencies[pair.first()] != constituencies[pair.second()]);
            group(groups, pair.first()).links.put(pair.second(), link);
            group(groups, pair.second()).links.put(pair.first(), link);
            if (link.acrossConstituencies()) {
                queue.add(link.lowest(), pair.first(), pair.second());
            }
        }

        while (!queue.isEmpty()) {
            long merge = queue.poll();
            int first = MergeQueue.first(merge);
            int second = MergeQueue.second(merge);
            Group kept = groups[first];
            Group absorbed = groups[second];
            Link joining = kept == null || absorbed == null ? null : kept.links.get(second);
            if (joining == null || !joining.acrossConstituencies()
                    || MergeQueue.score(merge) != MergeQueue.quantize(joining.lowest())) {
                continue;
            }
            groups[second] = null;
            kept.members.addAll(absorbed.members);
            kept.members.sort(null);
            kept.lowest = Math.min(Math.min(kept.lowest, absorbed.lowest), joining.lowest());

            Map<Integer, Link> before = kept.links;
            kept.links = new HashMap<>(Math.min(before.size(), absorbed.links.size()) * 2);
            for (int neighbour : absorbed.links.keySet()) {
                if (neighbour != first) {
                    groups[neighbour].links.remove(second);
                }
            }
            for (var entry : before.entrySet()) {
                int neighbour = entry.getKey();
                if (neighbour == second) {
                    continue;
                }
                Link other = absorbed.links.get(neighbour);
                if (other == null) {
                    groups[neighbour].links.remove(first);
                    continue;
                }
                Link link = entry.getValue().and(other);
                kept.links.put(neighbour, link);
                groups[neighbour].links.put(first, link);
                if (link.acrossConstituencies()) {
                    queue.add(link.lowest(), Math.min(first, neighbour), Math.max(first, neighbour));
                }
            }
        }
        List<Group> clusters = new ArrayList<>();
        for (Group group : groups) {
            if (group != null && group.members.size() > 1) {
                clusters.add(group);
            }
        }
        return clusters;
    }

    private static Group group(Group[] groups, int member) {
        if (groups[member] == null) {
            groups[member] = new Group();
            groups[member].members.add(member);
        }
        return groups[member];
    }

    /**
     * Possible merges, best first: highest score, then smallest first group, then smallest second group. Each is
     * packed in one {@code long} (the score in steps of 2<sup>-28</sup>, about 4e-9, then two 17-bit group numbers)
     * and kept in a binary heap of primitives, as a dense round queues hundreds of thousands of them.
     */
    private static final class MergeQueue {
        static final int MAX_STATEMENTS = 1 << 17;
        private static final long SCORE_STEPS = 1L << 28;

        private long[] heap = new long[1024];
        private int size;

        static long quantize(double score) {
            return Math.round(Math.max(0, Math.min(1, score)) * SCORE_STEPS);
        }

        static long score(long merge) {
            return SCORE_STEPS - (merge >>> 34);
        }

        static int first(long merge) {
            return (int) (merge >>> 17) & (MAX_STATEMENTS - 1);
        }

        static int second(long merge) {
            return (int) merge & (MAX_STATEMENTS - 1);
        }

        void add(double score, int first, int second) {
            long merge = (SCORE_STEPS - quantize(score)) << 34 | (long) first << 17 | second;
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            int i = size++;
            while (i > 0 && heap[(i - 1) / 2] > merge) {
                heap[i] = heap[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            heap[i] = merge;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long poll() {
            long best = heap[0];
            long last = heap[--size];
            int i = 0;
            while (2 * i + 1 < size) {
                int child = 2 * i + 1;
                if (child + 1 < size && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (heap[child] >= last) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
            return best;
        }
    }

    /**
     * The words that contribute most to the members' similarity: for each stem, the sum over member pairs of the
     * product of its weights (its share of their cosines), shown in the surface form the members used most. Also
     * {@link TextMatch}'s explanation of a match.
     */
    static List<String> sharedTerms(List<Integer> members, TermVectors vectors,
            List<StatementTerms> analysed) {
        double[] contribution = new double[vectors.stems.size()];
        List<Integer> shared = new ArrayList<>();
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                int first = members.get(a);
                int second = members.get(b);
                int[] firstTerms = vectors.terms[first];
                int[] secondTerms = vectors.terms[second];
                int i = 0;
                int j = 0;
                while (i < firstTerms.length && j < secondTerms.length) {
                    if (firstTerms[i] < secondTerms[j]) {
                        i++;
                    } else if (firstTerms[i] > secondTerms[j]) {
                        j++;
                    } else {
                        if (contribution[firstTerms[i]] == 0) {
                            shared.add(firstTerms[i]);
                        }
                        contribution[firstTerms[i]] += vectors.weights[first][i] * vectors.weights[second][j];
                        i++;
                        j++;
                    }
                }
            }
        }
        record Weighted(String word, double weight) {
        }
        List<Weighted> words = new ArrayList<>(shared.size());
        for (int term : shared) {
            String stem = vectors.stems.get(term);
            Map<String, Integer> forms = new HashMap<>();
            for (int member : members) {
                Map<String, Integer> written = analysed.get(member).surfaces.get(stem);
                if (written != null) {
                    written.forEach((form, count) -> forms.merge(form, count, Integer::sum));
                }
            }
            String word = forms.entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            words.add(new Weighted(word, contribution[term]));
        }
        Set<String> seen = new HashSet<>();
        return words.stream()
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed()
                        .thenComparing(Weighted::word, String.CASE_INSENSITIVE_ORDER).thenComparing(Weighted::word))
                .map(Weighted::word)
                .filter(seen::add)
                .limit(MAX_SHARED_TERMS)
                .toList();
    }

    static double round(double cosine) {
        return Math.round(Math.max(0, Math.min(1, cosine)) * 100) / 100.0;
    }
}
