package org.mufakat.harmonize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    private static final long ID = 1;
    private static final long MY = 2;
    private static final long PH = 3;
    private static final long TH = 4;
    private static final long VN = 5;
    private static final long KH = 6;

    private final Similarity similarity = new Similarity();

    /** A round's statements, each tagged with the demand it makes, so a test can tell right clusters from wrong. */
    private static final class Round {
        final List<SimilarityInput> inputs = new ArrayList<>();
        final Map<Long, String> demand = new HashMap<>();

        Round add(long id, long constituency, String demandCode, String text) {
            inputs.add(new SimilarityInput(id, constituency, text));
            demand.put(id, demandCode);
            return this;
        }
    }

    private static Round round() {
        return new Round()
                .add(101, ID, "fees", "Ban recruitment fees charged to migrant workers.")
                .add(201, PH, "fees", "Prohibit agencies from charging placement fees to workers.")
                .add(301, MY, "fees", "We urge ASEAN Member States to ban the charging of recruitment and placement"
                        + " fees to migrant workers and to make employers bear these costs.")
                .add(102, ID, "licence", "Regulate and license private recruitment agencies and publish a list of"
                        + " licensed agencies.")
                .add(202, PH, "dayoff", "Guarantee domestic workers a weekly day off of at least 24 consecutive"
                        + " hours.")
                .add(302, MY, "dayoff", "Ensure that **domestic workers** are granted a weekly rest day and cannot be"
                        + " forced to work on their day off.")
                .add(103, ID, "labourlaw", "Include domestic workers in the coverage of national labour laws, with"
                        + " a written employment contract.")
                .add(401, TH, "passport", "Criminalise the confiscation of passports and identity documents of"
                        + " migrant workers by employers.")
                .add(501, VN, "passport", "Employers and agents must not hold workers' passports; withholding of"
                        + " identity documents should be punished.")
                .add(203, PH, "justice", "Guarantee migrant workers access to justice, including free legal aid"
                        + " and interpreters in labour courts.")
                .add(104, ID, "justice", "Provide free legal assistance and interpretation so that migrant workers"
                        + " can file complaints in courts and tribunals.")
                .add(402, TH, "portability", "Make social security benefits portable so migrant workers keep their"
                        + " pension contributions when they return home.")
                .add(601, KH, "portability", "Conclude bilateral social security agreements allowing the"
                        + " portability of pension and health benefits for migrant workers.")
                .add(105, ID, "detention", "End the immigration detention of undocumented migrants, especially"
                        + " children, and use alternatives to detention.")
                .add(303, MY, "detention", "Stop detaining undocumented migrant workers and their children in"
                        + " immigration detention centres; adopt community-based alternatives.")
                .add(502, VN, "wages", "Pay wages on time and in full; ban deductions from wages for recruitment"
                        + " debts.")
                .add(403, TH, "health", "Provide migrant workers with access to public health care, including"
                        + " maternal care, regardless of status.")
                .add(602, KH, "hotline", "Set up a 24-hour multilingual hotline for migrant workers in distress.")
                .add(503, VN, "fishers", "Inspect fishing vessels to end forced labour of migrant fishers at sea.");
    }

    @Test
    void paraphrasesFromDifferentConstituenciesClusterWithTheirSharedWords() {
        List<SuggestionCluster> clusters = similarity.clusters(round().inputs, Similarity.DEFAULT_THRESHOLD);

        SuggestionCluster fees = clusterWith(clusters, 101);
        assertEquals(List.of(101L, 201L, 301L), fees.statementIds());
        assertTrue(fees.score() >= Similarity.DEFAULT_THRESHOLD && fees.score() < 1, "score " + fees.score());
        assertTrue(fees.sharedTerms().contains("fees"), "shared terms " + fees.sharedTerms());
        assertEquals(List.of(202L, 302L), clusterWith(clusters, 202).statementIds());
        assertTrue(clusterWith(clusters, 202).sharedTerms().containsAll(List.of("day", "domestic", "weekly")));
        assertEquals(List.of(401L, 501L), clusterWith(clusters, 401).statementIds());
        assertTrue(clusterWith(clusters, 401).sharedTerms().contains("passports"));
        assertEquals(List.of(104L, 203L), clusterWith(clusters, 203).statementIds());
        assertEquals(List.of(402L, 601L), clusterWith(clusters, 402).statementIds());
        assertEquals(List.of(105L, 303L), clusterWith(clusters, 105).statementIds());
        assertTrue(clusterWith(clusters, 105).sharedTerms().containsAll(List.of("detention", "undocumented")));
    }

    @Test
    void everyClusterHoldsOneDemandFromAtLeastTwoConstituencies() {
        Round round = round();
        Map<Long, Long> constituency = new HashMap<>();
        round.inputs.forEach(input -> constituency.put(input.statementId(), input.constituencyId()));

        List<SuggestionCluster> clusters = similarity.clusters(round.inputs, Similarity.DEFAULT_THRESHOLD);

        assertEquals(6, clusters.size(), clusters.toString());
        for (SuggestionCluster cluster : clusters) {
            assertEquals(1, cluster.statementIds().stream().map(round.demand::get).distinct().count(),
                    cluster.toString());
            assertTrue(cluster.statementIds().stream().map(constituency::get).distinct().count() >= 2);
            assertTrue(cluster.sharedTerms().size() <= 6);
        }
    }

    @Test
    void unrelatedStatementsAreNotClustered() {
        List<SimilarityInput> inputs = List.of(
                new SimilarityInput(1, ID, "Ban recruitment fees charged to migrant workers."),
                new SimilarityInput(2, PH, "Guarantee domestic workers a weekly day off."),
                new SimilarityInput(3, MY, "End the immigration detention of undocumented migrants."),
                new SimilarityInput(4, TH, "Make social security benefits portable for migrant workers."),
                new SimilarityInput(5, VN, "Set up a multilingual hotline for migrant workers in distress."));

        assertEquals(List.of(), similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD));
    }

    @Test
    void nearDuplicatesOfOneConstituencyAloneDoNotFormACluster() {
        List<SimilarityInput> inputs = new ArrayList<>(List.of(
                new SimilarityInput(1, ID, "Ban recruitment fees charged to migrant workers."),
                new SimilarityInput(2, ID, "Ban all recruitment fees charged to migrant workers."),
                new SimilarityInput(3, PH, "Guarantee domestic workers a weekly day off.")));

        assertEquals(List.of(), similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD));

        inputs.add(new SimilarityInput(4, MY, "Prohibit the recruitment fees charged to migrant workers."));
        List<SuggestionCluster> clusters = similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD);
        assertEquals(1, clusters.size());
        assertEquals(List.of(1L, 2L, 4L), clusters.get(0).statementIds());
    }

    @Test
    void aStatementCoveringTwoDemandsDoesNotChainThemTogether() {
        List<SimilarityInput> inputs = List.of(
                new SimilarityInput(1, TH, "Ban recruitment fees charged to migrant workers and guarantee domestic"
                        + " workers a weekly day off."),
                new SimilarityInput(2, ID, "Ban recruitment fees charged to migrant workers."),
                new SimilarityInput(3, PH, "Guarantee domestic workers a weekly day off."));

        for (SuggestionCluster cluster : similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD)) {
            assertFalse(cluster.statementIds().containsAll(List.of(2L, 3L)), cluster.toString());
        }
    }

    @Test
    void theSameStatementsInAnyOrderGiveTheSameSuggestions() {
        List<SimilarityInput> inputs = new ArrayList<>(round().inputs);
        List<SuggestionCluster> expected = similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD);
        Random random = new Random(4);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(inputs, random);
            assertEquals(expected, similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD));
        }
    }

    @Test
    void clustersComeMostSimilarFirstWithScoresRoundedToTwoDecimals() {
        List<SimilarityInput> inputs = new ArrayList<>(round().inputs);
        String tied = "Let migrant workers change employers without the consent of the first employer.";
        inputs.add(new SimilarityInput(998, KH, tied));
        inputs.add(new SimilarityInput(999, TH, tied));

        List<SuggestionCluster> clusters = similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD);

        assertEquals(List.of(998L, 999L), clusters.get(0).statementIds());
        assertEquals(1.0, clusters.get(0).score());
        for (int i = 1; i < clusters.size(); i++) {
            assertTrue(clusters.get(i - 1).score() >= clusters.get(i).score());
            assertEquals(clusters.get(i).score(), Math.round(clusters.get(i).score() * 100) / 100.0);
        }
    }

    @Test
    void emptyOrSingleInputGivesNoSuggestions() {
        assertEquals(List.of(), similarity.clusters(List.of(), Similarity.DEFAULT_THRESHOLD));
        assertEquals(List.of(), similarity.clusters(
                List.of(new SimilarityInput(1, ID, "Ban recruitment fees charged to migrant workers.")),
                Similarity.DEFAULT_THRESHOLD));
    }

    @Test
    void markdownAndLinkTargetsAreNotCountedAsWords() {
        String link = "(https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C189)";
        List<SimilarityInput> inputs = List.of(
                new SimilarityInput(1, ID, "- **Ratify** [the convention on domestic work]" + link + " and"
                        + " reform the national labour code."),
                new SimilarityInput(2, PH, "## Inspections\nPublish labour inspection reports, see [the standard]"
                        + link + "."),
                new SimilarityInput(3, MY, "Ratify *the convention* on domestic work, see <https://www.ilo.org/c189>,"
                        + " and reform the national labour code."));

        List<SuggestionCluster> clusters = similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD);

        assertEquals(1, clusters.size());
        assertEquals(List.of(1L, 3L), clusters.get(0).statementIds());
        assertTrue(clusters.get(0).sharedTerms().contains("ratify"), clusters.get(0).sharedTerms().toString());
        Set<String> words = new HashSet<>(clusters.get(0).sharedTerms());
        words.retainAll(Set.of("https", "www", "ilo.org", "ilo", "org", "normlex", "c189"));
        assertEquals(Set.of(), words);
    }

    @Test
    void statementsInBahasaIndonesiaMatchEachOtherInTheirOwnWords() {
        List<SimilarityInput> inputs = List.of(
                new SimilarityInput(1, ID, "Pemerintah harus melarang biaya penempatan yang dibebankan kepada"
                        + " pekerja migran."),
                new SimilarityInput(2, MY, "Melarang agen membebankan biaya penempatan kepada pekerja migran."),
                new SimilarityInput(3, PH, "Guarantee domestic workers a weekly day off."));

        List<SuggestionCluster> clusters = similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD);

        assertEquals(1, clusters.size());
        assertEquals(List.of(1L, 2L), clusters.get(0).statementIds());
        assertTrue(clusters.get(0).sharedTerms().containsAll(List.of("biaya", "penempatan")),
                clusters.get(0).sharedTerms().toString());
    }

    @Test
    void sharedTermsAreWordsAsWrittenHeaviestFirstThenAlphabetical() {
        List<SimilarityInput> inputs = List.of(
                new SimilarityInput(1, ID, "Stop detaining undocumented migrants and OFWs."),
                new SimilarityInput(2, PH, "Undocumented migrants and OFWs: stop detaining them."),
                new SimilarityInput(3, TH, "Pay wages on time."),
                new SimilarityInput(4, VN, "Stop detaining undocumented migrants; stop it now."));

        List<SuggestionCluster> clusters = similarity.clusters(inputs, Similarity.DEFAULT_THRESHOLD);

        assertEquals(1, clusters.size());
        assertEquals(List.of(1L, 2L, 4L), clusters.get(0).statementIds());
        assertEquals(List.of("stop", "detaining", "migrants", "undocumented", "OFWs"), clusters.get(0).sharedTerms());
    }

    @Test
    void refusesAThresholdOutsideZeroToOneAndRepeatedStatements() {
        List<SimilarityInput> inputs = round().inputs;
        assertThrows(IllegalArgumentException.class, () -> similarity.clusters(inputs, 0));
        assertThrows(IllegalArgumentException.class, () -> similarity.clusters(inputs, 1.5));
        assertThrows(IllegalArgumentException.class, () -> similarity.clusters(List.of(
                new SimilarityInput(1, ID, "Ban fees."), new SimilarityInput(1, PH, "Ban fees.")), 0.5));
    }

    private static SuggestionCluster clusterWith(List<SuggestionCluster> clusters, long statementId) {
        return clusters.stream().filter(c -> c.statementIds().contains(statementId)).findFirst()
                .orElseThrow(() -> new AssertionError("no cluster holds " + statementId + ": " + clusters));
    }
}
