package org.mufakat.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the round API. */
public final class RoundJson {

    private RoundJson() {
    }

    public record Theme(String code, String title) {
    }

    public record MatrixRow(String code, String name, InputState state, boolean late, LocalDate deadline,
            boolean extended, Instant lastChange, String changedBy) {
        static MatrixRow of(CompletenessMatrix.Row r) {
            return new MatrixRow(r.constituency().code(), r.constituency().name(), r.state(), r.late(), r.deadline(),
                    r.extended(), r.lastChange(), r.changedBy());
        }
    }

    /** A round; {@code matrix} is present only for those who may see who has submitted. */
    @Schema(name = "RoundDetail")
    public record Detail(long id, String title, String purpose, RoundStatus status, RoundStatus nextStatus,
            Long forumSessionId, String forumSessionTitle, LocalDate inputDeadline, LocalDate endorsementDeadline,
            List<RoundStatus> reviewStages, List<Theme> themes, List<String> addressees,
            List<String> constituencyCodes, List<MatrixRow> matrix, long version) {

        static Detail of(Round r, CompletenessMatrix matrix) {
            return new Detail(r.id, r.title, r.purpose, r.status(), r.nextStage(),
                    r.forumSession == null ? null : r.forumSession.id,
                    r.forumSession == null ? null : r.forumSession.title, r.inputDeadline, r.endorsementDeadline,
                    List.copyOf(r.reviewStages()), r.themes.stream().map(t -> new Theme(t.code, t.title)).toList(),
                    r.addressees.stream().map(a -> a.name).toList(),
                    r.participants.stream().map(p -> p.constituency.code).sorted().toList(),
                    matrix == null ? null : matrix.rows().stream().map(MatrixRow::of).toList(), r.version);
        }
    }

    @Schema(name = "RoundSummary")
    public record Summary(long id, String title, RoundStatus status, LocalDate inputDeadline) {
        static Summary of(Round r) {
            return new Summary(r.id, r.title, r.status(), r.inputDeadline);
        }
    }

    /** Body of {@code POST /api/v1/rounds} and {@code PUT /api/v1/rounds/{id}}; {@code version} only for PUT. */
    @Schema(examples = NewRound.EXAMPLE)
    public record NewRound(String title, String purpose, Long forumSessionId, List<Theme> themes,
            List<String> addressees, List<String> constituencyCodes, LocalDate inputDeadline,
            LocalDate endorsementDeadline, List<RoundStatus> reviewStages, Long version) {

        static final String EXAMPLE = """
                {"title": "National consultations for the 20th AFML",
                 "purpose": "Civil society's recommendations to the 20th ASEAN Forum on Migrant Labour",
                 "forumSessionId": 12,
                 "themes": [{"code": "RF", "title": "Recruitment fees and agencies"},
                            {"code": "DW", "title": "Domestic workers"}],
                 "addressees": ["To the Government of {constituency}", "To ASEAN", "To the ACMW"],
                 "constituencyCodes": ["ID", "PH", "VN", "MM-TH"],
                 "inputDeadline": "2027-06-30", "endorsementDeadline": "2027-09-15",
                 "reviewStages": ["MEMBER_REVIEW", "CALIBRATION"]}""";

        RoundForm toForm() {
            return new RoundForm(title, purpose, forumSessionId,
                    themes == null ? null : String.join("\n", themes.stream().map(t -> t.code() + ": " + t.title())
                            .toList()),
                    addressees == null ? null : String.join("\n", addressees), constituencyCodes,
                    inputDeadline == null ? null : inputDeadline.toString(),
                    endorsementDeadline == null ? null : endorsementDeadline.toString(),
                    reviewStages == null ? null : reviewStages.stream().map(Enum::name).toList(), version);
        }
    }

    /** Body of {@code POST /api/v1/rounds/{id}/advance}: the stage the caller expects to leave, and a force reason. */
    public record Advance(RoundStatus from, String forceReason) {
    }

    /** Body of {@code POST /api/v1/rounds/{id}/extensions}: a later deadline (YYYY-MM-DD) for one constituency. */
    public record Extension(String constituencyCode, String deadline, String reason) {
    }
}
