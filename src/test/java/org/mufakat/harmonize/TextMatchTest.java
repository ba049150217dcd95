package org.mufakat.harmonize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Matching our recommendations against the paragraphs of an official outcome document. */
class TextMatchTest {

    /** Shaped like the recommendations of an AFML: a heading, an introduction, numbered items. */
    static final String AFML = """
            Recommendations of the 10th ASEAN Forum on Migrant Labour

            The Forum, having discussed the protection of migrant workers in the region, recommends that:

            1. ASEAN Member States work towards eliminating excessive recruitment fees borne by migrant workers,
               and regulate private employment agencies.
            2. Domestic workers be given one rest day a week in accordance with national laws.
            3. Member States promote financial literacy programmes for migrant workers and their families
               before departure.
            (4) Statistics on labour migration be collected and shared through the ASEAN database.
            - Member States consider ratifying the relevant ILO conventions.
            """;

    static final List<TextMatch.Text> OURS = List.of(
            new TextMatch.Text(11, "Abolish recruitment fees charged to migrant workers; employers must bear them."),
            new TextMatch.Text(12, "Guarantee a weekly rest day for **domestic workers**."),
            new TextMatch.Text(13, "Provide legal aid to migrant workers at every embassy."),
            new TextMatch.Text(14, "End the immigration detention of children of undocumented migrants."));

    @Test
    void aDocumentIsSplitOnBlankLinesAndNumberedItems() {
        List<TextMatch.Paragraph> paragraphs = TextMatch.paragraphs(AFML.replace("\n", "\r\n"));
        assertEquals(7, paragraphs.size(), paragraphs.toString());
        assertEquals("Recommendations of the 10th ASEAN Forum on Migrant Labour", paragraphs.get(0).text());
        TextMatch.Paragraph fees = paragraphs.get(2);
        assertEquals(3, fees.index());
        assertEquals("1", fees.label());
        assertEquals("ASEAN Member States work towards eliminating excessive recruitment fees borne by migrant"
                + " workers, and regulate private employment agencies.", fees.text(), "lines joined, number gone");
        assertEquals("4", paragraphs.get(5).label());
        assertEquals(null, paragraphs.get(6).label(), "a bullet has no number");
        assertTrue(TextMatch.paragraphs("  \n\n ").isEmpty());
        assertTrue(TextMatch.paragraphs(null).isEmpty());
    }

    @Test
    void aParaphraseFindsItsParagraphWithTheWordsTheyShare() {
        List<TextMatch.Paragraph> paragraphs = TextMatch.paragraphs(AFML);
        Map<Long, TextMatch.Match> matches = TextMatch.matches(OURS, paragraphs, TextMatch.DEFAULT_THRESHOLD)
                .stream().collect(Collectors.toMap(TextMatch.Match::id, m -> m));

        TextMatch.Match fees = matches.get(11L);
        assertEquals("1", fees.paragraph().label(), fees.toString());
        assertTrue(fees.sharedTerms().containsAll(List.of("recruitment", "fees")), fees.sharedTerms().toString());
        TextMatch.Match restDay = matches.get(12L);
        assertEquals("2", restDay.paragraph().label(), restDay.toString());
        assertTrue(restDay.sharedTerms().containsAll(List.of("rest", "domestic")), restDay.sharedTerms().toString());
        assertTrue(fees.score() >= TextMatch.DEFAULT_THRESHOLD && fees.score() <= 1);

        assertEquals(Map.of(), matches.entrySet().stream().filter(e -> e.getKey() > 12)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "legal aid and detention are taken up nowhere in the document");
    }

    @Test
    void unrelatedTextsAreNotSuggestedAndTheResultIsStable() {
        List<TextMatch.Paragraph> paragraphs = TextMatch.paragraphs("""
                The meeting adopted its agenda.

                The next Forum will be hosted by Viet Nam in October.

                Participants thanked the host for the warm hospitality.
                """);
        assertEquals(List.of(), TextMatch.matches(OURS, paragraphs, TextMatch.DEFAULT_THRESHOLD));
        List<TextMatch.Paragraph> afml = TextMatch.paragraphs(AFML);
        assertEquals(TextMatch.matches(OURS, afml, 0.1), TextMatch.matches(reversed(OURS), afml, 0.1));
        assertThrows(IllegalArgumentException.class, () -> TextMatch.matches(OURS, afml, 0));
        assertThrows(IllegalArgumentException.class, () -> TextMatch.matches(List.of(new TextMatch.Text(1, "a"),
                new TextMatch.Text(1, "b")), afml, 0.2));
        assertEquals(List.of(), TextMatch.matches(List.of(), afml, 0.2));
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
