package org.mufakat.harmonize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches between texts of ours (recommendations) and the paragraphs of a document from outside (an official outcome
 * such as the AFML recommendations), by the measure {@link Similarity} uses for statements: stemmed terms (see
 * {@link StatementTerms}) weighted by TF-IDF over both sets together, compared by cosine similarity, and explained by
 * the words that contribute most. Deterministic and stateless: the same texts always give the same matches.
 */
public final class TextMatch {

    /**
     * Cosine from which a paragraph is suggested as taking up one of our texts. Lower than {@link
     * Similarity#DEFAULT_THRESHOLD}: official wording paraphrases civil society's more loosely than two members
     * paraphrase each other ("abolish recruitment fees charged to migrant workers" / "work towards eliminating
     * excessive recruitment fees borne by migrant workers": 0.35 among realistic AFML paragraphs), while unrelated
     * paragraphs of one outcome document stay below 0.15 (see {@code TextMatchTest}). The convenor confirms each.
     */
    public static final double DEFAULT_THRESHOLD = 0.2;

    /** More would be a whole book pasted, not an outcome document. */
    public static final int MAX_PARAGRAPHS = 2000;

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\(?(\\d{1,3})[.):]|[•*\\-–])\\s+(.*)$");

    private TextMatch() {
    }

    /** One of our texts (Markdown), under its id. */
    public record Text(long id, String text) {

        public Text {
            text = text == null ? "" : text;
        }
    }

    /**
     * A paragraph of the outside document: its place (1, 2, 3... in the document), its own number when it is a
     * numbered item ("7" for "7. Promote..."), and its text without the number.
     */
    public record Paragraph(int index, String label, String text) {
    }

    /**
     * A suggested match: our text's id, the paragraph, the cosine (0 to 1, two decimals) and up to six words as
     * written that contribute most to it, the heaviest first.
     */
    public record Match(long id, Paragraph paragraph, double score, List<String> sharedTerms) {

        public Match {
            sharedTerms = List.copyOf(sharedTerms);
        }
    }

    /**
     * The paragraphs of a pasted document: a blank line ends one, and a numbered or bulleted line ("7.", "(7)",
     * "7)", "-", "•") starts one; the lines of a paragraph are joined with spaces. Empty paragraphs are dropped.
     */
    public static List<Paragraph> paragraphs(String document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (document == null) {
            return paragraphs;
        }
        StringBuilder text = new StringBuilder();
        String label = null;
        for (String line : document.split("\\R", -1)) {
            Matcher item = ITEM.matcher(line);
            if (line.isBlank() || item.matches()) {
                add(paragraphs, label, text);
                text.setLength(0);
                label = null;
            }
            if (item.matches()) {
                label = item.group(1);
                text.append(item.group(2).strip());
            } else if (!line.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        add(paragraphs, label, text);
        return paragraphs;
    }

    private static void add(List<Paragraph> paragraphs, String label, StringBuilder text) {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            paragraphs.add(new Paragraph(paragraphs.size() + 1, label, t));
        }
    }

    /**
     * For each of our texts, the paragraph most like it, if their cosine reaches the threshold; ties go to the
     * earlier paragraph. A paragraph may be suggested for several of ours (an official recommendation often takes up
     * two of them).
     *
     * @param ours our texts; ids must be distinct
     * @param theirs the paragraphs of the outside document, at most {@link #MAX_PARAGRAPHS}
     * @param threshold the lowest cosine suggested, above 0 and at most 1
     * @return the matches, best first, then by our id
     */
    public static List<Match> matches(List<Text> ours, List<Paragraph> theirs, double threshold) {
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
        }
        if (theirs.size() > MAX_PARAGRAPHS) {
            throw new IllegalArgumentException("at most " + MAX_PARAGRAPHS + " paragraphs at once");
        }
        if (ours.stream().map(Text::id).distinct().count() != ours.size()) {
            throw new IllegalArgumentException("an id is given twice");
        }
        if (ours.isEmpty() || theirs.isEmpty()) {
            return List.of();
        }
        List<StatementTerms> analysed = new ArrayList<>(ours.size() + theirs.size());
        ours.forEach(t -> analysed.add(StatementTerms.of(t.text())));
        theirs.forEach(p -> analysed.add(StatementTerms.of(p.text())));
        TermVectors vectors = new TermVectors(analysed);
        int n = ours.size();
        Map<Integer, TermVectors.Pair> best = new HashMap<>();
        for (TermVectors.Pair pair : vectors.pairsAtLeast(threshold)) {
            if (pair.first() >= n || pair.second() < n) {
                continue;
            }
            TermVectors.Pair known = best.get(pair.first());
            if (known == null || pair.cosine() > known.cosine() + Similarity.EPSILON) {
                best.put(pair.first(), pair);
            }
        }
        List<Match> matches = new ArrayList<>(best.size());
        best.forEach((our, pair) -> matches.add(new Match(ours.get(our).id(), theirs.get(pair.second() - n),
                Similarity.round(pair.cosine()), Similarity.sharedTerms(List.of(pair.first(), pair.second()),
                        vectors, analysed))));
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::id));
        return List.copyOf(matches);
    }
}
