package org.mufakat.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mufakat.harmonize.Lineage;
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

    /** {@code lineage} is where the recommendation comes from across rounds, as it reads now. */
    public record Entry(long recommendationId, String number, String theme, String addressee, String text,
            String unvarnishedText, List<String> sources, Lineage lineage) {

        static Entry of(VersionEntry e, Lineage lineage) {
            return new Entry(e.recommendationId(), e.number(), e.themeCode(), e.addressee(), e.text(),
                    e.unvarnished(), e.sources().stream().map(SourceRef::label).toList(), lineage);
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

    /** Threads on one recommendation, with its texts and the version to send with an edit. */
    public record Discussion(long recommendationId, String number, RoundStatus stage, String text,
            String unvarnishedText, long version, List<String> sources, boolean following, boolean commentsOpen,
            List<ThreadJson> threads, List<EditJson> edits) {

        static Discussion of(RecommendationView v) {
            return new Discussion(v.recommendation().id, v.recommendation().number(), v.round().status(),
                    v.recommendation().text, v.recommendation().unvarnished(), v.recommendation().version,
                    v.sources().stream().map(SourceRef::label).toList(), v.following(), v.commentsOpen(),
                    v.threads().stream().map(ThreadJson::of).toList(), v.edits().stream().map(EditJson::of).toList());
        }
    }

    /** A thread: the comment that opens it, its replies, and whether the caller may resolve or reopen it. */
    public record ThreadJson(CommentJson opening, List<CommentJson> replies, boolean canResolve) {

        static ThreadJson of(RecommendationView.Thread t) {
            return new ThreadJson(CommentJson.of(t.opening()), t.replies().stream().map(CommentJson::of).toList(),
                    t.canResolve());
        }
    }

    /** Body of {@code POST .../comments/{commentId}/replies}. */
    public record NewReply(String body) {
    }

    /**
     * Body of {@code POST .../recommendations/{recId}/edits}: the calibrated text, the unvarnished one (ignored in
     * calibration; empty reads as the calibrated one), in endorsement {@code kind} EDITORIAL or SUBSTANTIVE
     * (substantive when not said), a note, and the recommendation's {@code version} as read.
     */
    public record EditBody(String text, String unvarnishedText, String kind, String note, Long version) {

        EditForm toForm() {
            return new EditForm(blank(text), blank(unvarnishedText), blank(kind), blank(note), version);
        }
    }

    /** A recommendation's texts after an edit, and the version to send with the next one. */
    public record Revised(long recommendationId, String number, RoundStatus stage, String text,
            String unvarnishedText, long version) {

        static Revised of(org.mufakat.harmonize.Recommendation r) {
            return new Revised(r.id, r.number(), r.round.status(), r.text, r.unvarnished(), r.version);
        }
    }

    /** An edit made during review; {@code kind} only for edits made in endorsement. */
    public record EditJson(RoundStatus stage, EditKind kind, String actor, Instant occurredAt, String note,
            String textBefore, String textAfter, String unvarnishedBefore, String unvarnishedAfter) {

        static EditJson of(ReviewEdit e) {
            return new EditJson(e.stage, e.kind, e.actor, e.occurredAt, e.note, e.textBefore, e.textAfter,
                    e.unvarnishedBefore, e.unvarnishedAfter);
        }
    }

    public record Following(long recommendationId, boolean following) {
    }

    /** The last day of a review stage, with its reason. */
    public record WindowJson(RoundStatus stage, LocalDate closesOn, String reason, String setBy, Instant setAt) {

        static WindowJson of(StageWindow w) {
            return new WindowJson(w.stage, w.closesOn, w.reason, w.setBy, w.setAt);
        }
    }

    /** Body of {@code PUT .../windows/{stage}}: {@code closesOn} as YYYY-MM-DD, today or later. */
    public record WindowBody(String closesOn, String reason) {

        WindowForm toForm(String stage) {
            return new WindowForm(blank(stage), blank(closesOn), blank(reason));
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
