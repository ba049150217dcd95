package org.mufakat.review;

import java.time.LocalDate;
import java.util.List;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.web.Paging;

/**
 * The proposal as one person may see it: a page of recommendations with their sources (restricted ones left out for
 * those who may not see them), comment counts, where the parties stand, and reservations as numbered footnotes; the
 * general reservations on the whole proposal; how it was finalized; and what this person may do.
 */
public record ProposalView(Round round, Paging<Item> items, Consensus consensus, List<Footnote> general,
        Finalization finalization, ProposalVersion finalVersion, List<StageWindow> windows, LocalDate closes,
        Abilities may) {

    /** One recommendation on the page. */
    public record Item(Recommendation recommendation, List<SourceRef> sources, Consensus.Line line,
            List<Footnote> footnotes, long comments, long unresolved, boolean themeStarts) {
    }

    /** A reservation printed as a footnote: its number, who, and its text. */
    public record Footnote(int number, String party, String text) {
    }

    /**
     * What the proposal page shows around its recommendations, read when the page is rendered (not for a visit that
     * finds it kept): the round, its stage windows and what this reader may do. The recommendations and the
     * finalization come from a whole {@link ProposalView}.
     */
    public record Head(Round round, List<StageWindow> windows, LocalDate closes, Abilities may) {

        public boolean isFinal() {
            return round.status().compareTo(RoundStatus.FINAL) >= 0;
        }

        /** The stages whose last day the convenor may still set: this one and the review stages ahead. */
        public List<RoundStatus> windowStages() {
            return round.path().stream().filter(s -> (s.isReviewStage() || s == RoundStatus.ENDORSEMENT)
                    && s.compareTo(round.status()) >= 0).toList();
        }
    }

    /** What the reader may do here, for showing the right buttons; every action checks again. */
    public record Abilities(boolean comment, boolean takePosition, boolean edit, boolean takeVersion,
            boolean finalizing, boolean seeCounts, boolean follow) {
    }

    public RoundStatus stage() {
        return round.status();
    }

    public boolean isFinal() {
        return round.status().compareTo(RoundStatus.FINAL) >= 0;
    }

    public boolean isEndorsement() {
        return round.status() == RoundStatus.ENDORSEMENT;
    }

    public boolean hasFootnotes() {
        return !general.isEmpty() || items.items().stream().anyMatch(i -> !i.footnotes().isEmpty());
    }

    /** Comments are taken from member review until the text is final. */
    public boolean commentsOpen() {
        return !isFinal();
    }
}
