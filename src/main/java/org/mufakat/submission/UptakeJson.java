package org.mufakat.submission;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mufakat.harmonize.Lineage;
import org.mufakat.harmonize.Lineages;

/** The JSON shapes of uptake and carrying forward. */
public final class UptakeJson {

    private UptakeJson() {
    }

    /** Body of {@code PUT /api/v1/submissions/{id}/uptake/{recommendationId}}; {@code version} is optional. */
    @Schema(name = "UptakeBody")
    public record Body(String level, String officialText, String reference, Long version) {

        UptakeForm toForm() {
            return new UptakeForm(SubmissionJson.blank(level), SubmissionJson.blank(officialText),
                    SubmissionJson.blank(reference), version);
        }
    }

    /** One recommendation's uptake on a submission, with the recommendation's lineage. */
    @Schema(name = "UptakeRecorded")
    public record Recorded(long recommendationId, String number, String level, String officialText,
            String reference, Instant recordedAt, String recordedBy, long version, Lineage lineage) {

        static Recorded of(Uptake u, String number, Lineage lineage) {
            return new Recorded(u.recommendation.id, number, u.level.name(), u.officialText, u.reference,
                    u.recordedAt, u.recordedBy, u.version, lineage);
        }
    }

    /** The rows with uptake recorded, in the proposal's order. */
    static List<Recorded> recorded(List<UptakeWorkflow.Row> rows, Lineages lineages) {
        List<UptakeWorkflow.Row> recorded = rows.stream().filter(r -> r.uptake() != null).toList();
        Map<Long, Lineage> lineage = lineages.ofIds(recorded.stream().map(UptakeWorkflow.Row::id).toList());
        return recorded.stream().map(r -> Recorded.of(r.uptake(), r.entry().number(), lineage.get(r.id())))
                .toList();
    }

    public record SuggestRequest(String text) {
    }

    /**
     * A suggested match: our recommendation, the paragraph of the pasted document (its place from 1, its own number
     * when it has one, its text), the cosine similarity from 0 to 1 and the words they share most; {@code recorded}
     * is the uptake already recorded for the recommendation on this submission, or null.
     */
    public record Suggestion(long recommendationId, String number, int paragraphIndex, String paragraphLabel,
            String paragraphText, double score, List<String> sharedTerms, String recorded) {

        static Suggestion of(UptakeWorkflow.Suggestion s) {
            return new Suggestion(s.row().id(), s.row().entry().number(), s.paragraph().index(),
                    s.paragraph().label(), s.paragraph().text(), s.score(), s.sharedTerms(),
                    s.row().uptake() == null ? null : s.row().uptake().level.name());
        }
    }

    /** Body of {@code POST /api/v1/rounds/{id}/carry-forward}. */
    public record CarryRequest(Long targetRoundId, List<Long> recommendationIds) {

        CarryForm toForm() {
            return new CarryForm(targetRoundId, recommendationIds == null ? List.of()
                    : recommendationIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
        }
    }

    /** A recommendation of the closed round and the best uptake its submissions recorded (NONE when none did). */
    public record Candidate(long id, String number, String theme, String bestUptake, boolean eligible,
            Lineage lineage) {
    }

    public record Target(long id, String title, String status) {
    }

    public record Candidates(long roundId, List<Candidate> recommendations, List<Target> targets) {
    }

    /** A recommendation in the target round, carried by this request ({@code created}) or before. */
    public record CarriedRecommendation(long id, long roundId, String number, String theme, long carriedFromId,
            String carriedFromNumber, boolean created, Lineage lineage) {
    }

    public record Carried(long sourceRoundId, long targetRoundId, int created,
            List<CarriedRecommendation> recommendations) {
    }
}
