package org.mufakat.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mufakat.round.RoundStatus;

/**
 * The JSON shapes of the review API. Sources are statement references (constituency and number), never their text;
 * restricted ones appear only for those who may read them.
 */
public final class ReviewJson {

    private ReviewJson() {
    }

    public record Version(int number, String label, RoundStatus stage, boolean automatic, int recommendationCount,
            String checksum, Instant createdAt, String createdBy) {

        static Version of(ProposalVersion v) {
            return new Version(v.number, v.label, v.stage, v.automatic, v.recommendationCount, v.checksum,
                    v.createdAt, v.createdBy);
        }
    }

    public record VersionDetail(Version version, boolean intact, List<Entry> recommendations) {
    }

    public record Entry(long recommendationId, String number, String theme, String addressee, String text,
            String unvarnishedText, List<String> sources) {

        static Entry of(VersionEntry e) {
            return new Entry(e.recommendationId(), e.number(), e.themeCode(), e.addressee(), e.text(),
                    e.unvarnished(), e.sources().stream().map(SourceRef::label).toList());
        }
    }

    /** Body of {@code POST /api/v1/rounds/{id}/versions}. */
    public record NewVersion(String label) {
    }

    public record Diff(int from, int to, int unchanged, List<Change> changes) {

        static Diff of(VersionDiff d) {
            return new Diff(d.from().number, d.to().number, d.unchanged(), d.changes().stream().map(Change::of)
                    .toList());
        }
    }

    /** One recommendation's change; {@code *InlineHtml} marks removed words with del and added ones with ins. */
    public record Change(long recommendationId, List<VersionDiff.Kind> kinds, String numberBefore, String numberAfter,
            String addresseeBefore, String addresseeAfter, String textBefore, String textAfter,
            String unvarnishedBefore, String unvarnishedAfter, String textInlineHtml, String unvarnishedInlineHtml,
            List<String> sourcesAdded, List<String> sourcesRemoved) {

        static Change of(VersionDiff.Change c) {
            VersionEntry b = c.before();
            VersionEntry a = c.after();
            return new Change(c.entry().recommendationId(), List.copyOf(c.kinds()), b == null ? null : b.number(),
                    a == null ? null : a.number(), b == null ? null : b.addressee(), a == null ? null : a.addressee(),
                    b == null ? null : b.text(), a == null ? null : a.text(), b == null ? null : b.unvarnished(),
                    a == null ? null : a.unvarnished(), c.textInline() == null ? null : c.textInline().getValue(),
                    c.unvarnishedInline() == null ? null : c.unvarnishedInline().getValue(),
                    c.sourcesAdded().stream().map(SourceRef::label).toList(),
                    c.sourcesRemoved().stream().map(SourceRef::label).toList());
        }
    }

    /** Body of {@code POST .../recommendations/{recId}/comments}; {@code parentId} makes it a reply. */
    public record NewComment(String body, String quote, Long parentId) {
    }

    public record CommentJson(long id, long recommendationId, String recommendation, Long parentId, String quote,
            String body, String author, Instant createdAt, boolean resolved) {

        static CommentJson of(Comment c) {
            return new CommentJson(c.id, c.recommendation.id, c.recommendation.number(),
                    c.parent == null ? null : c.parent.id, c.quote, c.body, c.authorName, c.createdAt,
                    c.thread().isResolved());
        }
    }

    /**
     * Body of {@code POST /api/v1/rounds/{id}/positions}: {@code position} is ENDORSE, RESERVATION, STAND_ASIDE or
     * OBJECT; without {@code recommendationId} it is on the whole proposal; {@code constituencyCode} or
     * {@code organisationId} says for whom (needed only when the caller may speak for several).
     */
    public record NewPosition(
            @Schema(enumeration = { "ENDORSE", "RESERVATION", "STAND_ASIDE", "OBJECT" }) String position,
            Long recommendationId, String note, String constituencyCode,
            Long organisationId) {

        PositionForm toForm() {
            String actingFor = organisationId != null ? "O:" + organisationId
                    : constituencyCode != null ? "C:" + constituencyCode.strip().toUpperCase() : null;
            return new PositionForm(actingFor, recommendationId, blank(position), blank(note));
        }
    }

    public record PositionJson(long id, String party, String constituencyCode, Long organisationId,
            Long recommendationId, String recommendation, Stance position, String note, Instant takenAt,
            String takenBy) {

        static PositionJson of(Position p) {
            return new PositionJson(p.id, p.party(), p.constituency.code,
                    p.organisation == null ? null : p.organisation.id,
                    p.recommendation == null ? null : p.recommendation.id,
                    p.recommendation == null ? null : p.recommendation.number(), p.stance, p.note, p.takenAt,
                    p.takenBy);
        }
    }

    /** A party's standing; {@code position} is SILENT when it has none. */
    public record Standing(String party, String constituencyCode, boolean organisation,
            @Schema(enumeration = { "ENDORSE", "RESERVATION", "STAND_ASIDE", "OBJECT", "CONSENT_BY_SILENCE",
                    "SILENT" }) String position,
            String note,
            boolean inherited) {

        static Standing of(Consensus.Entry e) {
            return new Standing(e.party(), e.constituency().code, e.organisation(),
                    e.stance() == null ? "SILENT" : e.stance().name(), e.note(), e.inherited());
        }
    }

    public record Line(long recommendationId, String number, List<Standing> standings) {
    }

    public record ConsensusJson(long roundId, RoundStatus status, LocalDate endorsementDeadline,
            boolean deadlinePassed, List<Standing> wholeProposal, List<Line> recommendations,
            List<String> objections) {
    }

    /** Body of {@code POST /api/v1/rounds/{id}/finalize}. */
    public record Finalize(String overrideReason) {
    }

    public record FinalizationJson(long roundId, RoundStatus status, String finalizedBy, Instant finalizedAt,
            String overrideReason, String overridden, Integer finalVersion) {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
