package org.mufakat.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mufakat.impact.BarChart;
import org.mufakat.security.Audience;

/**
 * Everything one resource book prints, read in one short transaction and shown to one Audience: plain values, no
 * entity, so that rendering (PDF or DOCX) runs after the transaction has ended. Every label is already in the
 * reader's language; every text is what the Audience may see and nothing else.
 *
 * @param forewordText the foreword's Markdown as written (the PDF renders it through {@code input.Markdown}'s
 *     sanitiser, the DOCX as plain paragraphs); empty when none is written
 * @param proposalVersion the number of the version printed; 0 when the round has no version yet
 */
public record ResourceBook(Locale locale, String networkName, String roundTitle, String forum, String session,
        LocalDate sessionDate, LocalDate printedOn, Edition edition, Audience.Register register, boolean attribution,
        String forewordText, int proposalVersion, List<Theme> themes, List<Footnote> footnotes,
        List<String> consensusNotes, List<Annex> annexes, List<SubmissionRecord> submissions,
        List<BarChart> charts) {

    /** A theme of the proposal and its recommendations, in order. */
    public record Theme(String code, String title, List<Item> items) {
    }

    /**
     * One numbered recommendation in the chosen register.
     *
     * @param sources the labels of the statements it came from ("ID RF-1"), only when the Audience shows attribution
     * @param footnotes the numbers of the footnotes (reservations) on it
     */
    public record Item(String number, String addressee, String text, List<String> sources, List<Integer> footnotes) {

        public String sourceLabels() {
            return String.join(", ", sources);
        }
    }

    /** A reservation, printed as a footnote; the party only when the Audience shows attribution. */
    public record Footnote(int mark, String number, String party, String note) {
    }

    /**
     * A constituency's annex: its consultation record and, when the Audience shows attribution, its statements and
     * what became of each.
     */
    public record Annex(String code, String name, String state, LocalDate startedOn, LocalDate endedOn,
            String venue, String organisers, Integer participantsTotal, Integer participantsWomen,
            Integer participantsMen, Integer participantsOther, String sectors, String preamble,
            boolean statementsShown, List<AnnexStatement> statements) {
    }

    /** A statement as the annex prints it; evidence only when the Audience opens the constituency. */
    public record AnnexStatement(String number, String theme, String addressee, String text, String evidence,
            String fate, String rationale, String recommendation) {
    }

    /** A submission of the round: its cover letter, timeline and uptake per recommendation. */
    public record SubmissionRecord(String trackingNumber, String forum, String session, LocalDate sentOn,
            String register, String coverLetter, List<Event> events, List<UptakeLine> uptake) {
    }

    /** A step of a submission's timeline; the note only in the internal edition. */
    public record Event(LocalDate occurredOn, String kind, String note) {
    }

    /** What a forum made of one recommendation. */
    public record UptakeLine(String number, String level, String reference, String officialText) {
    }

    public int recommendationCount() {
        return themes.stream().mapToInt(t -> t.items().size()).sum();
    }

    public boolean isInternal() {
        return edition == Edition.INTERNAL;
    }

    /** A bar's length in whole percent of the chart's scale, for the print layout's CSS bars. */
    public int percent(long value, long top) {
        return top <= 0 ? 0 : (int) Math.round(100.0 * value / top);
    }

    /** The footnote with this mark. */
    public Footnote footnote(int mark) {
        return footnotes.get(mark - 1);
    }
}
