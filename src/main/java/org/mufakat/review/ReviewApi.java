package org.mufakat.review;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.harmonize.Lineage;
import org.mufakat.harmonize.Lineages;
import org.mufakat.round.Round;

import io.quarkus.security.Authenticated;

/**
 * Review as JSON, with the same rules as the pages: versions and their diffs, comment threads (reply, resolve,
 * reopen), following, the convenor's edits and stage windows, positions, the consensus and finalizing. Each change
 * calls the workflow method the page's button calls. Moving between review stages is
 * {@code POST /api/v1/rounds/{id}/advance} of the round API. Refusals are problem JSON: 403 for someone without a
 * role for it, 404 for an object of another round, 409 with reasons when the stage or a guard refuses.
 */
@Path("/api/v1/rounds/{roundId}")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ReviewApi {

    @Inject
    ReviewWorkflow workflow;
    @Inject
    Finalizations finalizations;
    @Inject
    Lineages lineages;

    @PathParam("roundId")
    @Parameter(description = "The round's id")
    long roundId;

    @GET
    @Path("versions")
    @Operation(summary = "The proposal's versions, newest first",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and focal"
                    + " points and members of its participating constituencies.")
    public List<ReviewJson.Version> versions() {
        return workflow.allVersions(roundId).stream().map(ReviewJson.Version::of).toList();
    }

    @POST
    @Path("versions")
    @APIResponse(responseCode = "201", description = "The version taken",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewJson.Version.class)))
    @Operation(summary = "Take a version with a label (convenor); the same label with nothing changed gives the last"
            + " one",
            description = "Who may call: the convenor.")
    public Response takeVersion(ReviewJson.NewVersion body) {
        ProposalVersion v = workflow.takeVersion(roundId, new VersionForm(ReviewJson.blank(required(body).label())));
        return Response.created(URI.create("/api/v1/rounds/" + roundId + "/versions/" + v.number))
                .entity(ReviewJson.Version.of(v)).build();
    }

    @GET
    @Path("versions/diff")
    @Operation(summary = "What changed between two versions (by number): added, removed, changed, moved, with word"
            + " diffs",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and focal"
                    + " points and members of its participating constituencies.")
    public ReviewJson.Diff diff(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ReviewJson.Diff.of(workflow.diff(roundId, VersionPage.number(from), VersionPage.number(to)));
    }

    @GET
    @Path("versions/{number}")
    @Operation(summary = "One version with its recommendations and whether its checksum still matches",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and focal"
                    + " points and members of its participating constituencies.")
    public ReviewJson.VersionDetail version(@PathParam("number") int number) {
        ProposalVersion v = workflow.version(roundId, number);
        List<VersionEntry> entries = workflow.entries(v);
        Map<Long, Lineage> lineage = lineages.ofIds(entries.stream().map(VersionEntry::recommendationId).toList());
        return new ReviewJson.VersionDetail(ReviewJson.Version.of(v), workflow.intact(v),
                entries.stream().map(e -> ReviewJson.Entry.of(e, lineage.get(e.recommendationId()))).toList());
    }

    @POST
    @Path("recommendations/{recId}/comments")
    @APIResponse(responseCode = "201", description = "The new comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewJson.CommentJson.class)))
    @Operation(summary = "Comment on a recommendation (optionally quoting a passage), or reply with parentId",
            description = "Who may call: the convenor, and focal points and members of the round's participating"
                    + " constituencies.")
    public Response comment(@PathParam("recId") long recId, ReviewJson.NewComment body) {
        ReviewJson.NewComment b = required(body);
        Comment c;
        if (b.parentId() != null) {
            Comment parent = workflow.comment(roundId, b.parentId());
            if (!parent.recommendation.id.equals(recId)) {
                throw new BadRequestException();
            }
            c = workflow.reply(roundId, b.parentId(), new CommentForm(null, ReviewJson.blank(b.body())));
        } else {
            c = workflow.comment(roundId, recId, new CommentForm(ReviewJson.blank(b.quote()),
                    ReviewJson.blank(b.body())));
        }
        return created(c);
    }

    @GET
    @Path("recommendations/{recId}/comments")
    @Operation(summary = "A recommendation's comment threads with their replies, its texts, version and edits",
            description = "Who may call: Whoever reads the review: the convenor, the secretariat, observers and the"
                    + " people of"
                    + " taking-part constituencies. Restricted sources appear only for those who may read them.")
    public ReviewJson.Discussion discussion(
            @Parameter(description = "The recommendation's id") @PathParam("recId") long recId) {
        return ReviewJson.Discussion.of(workflow.recommendation(roundId, recId));
    }

    @POST
    @Path("comments/{commentId}/replies")
    @Operation(summary = "Reply to a comment thread (a reply to a reply joins the same thread)",
            description = "Who may call: The convenor, and focal points and members of taking-part constituencies,"
                    + " until the text"
                    + " is final. The same reply sent again within two minutes is saved once: 201 either way.")
    public Response reply(@Parameter(description = "A comment of the thread") @PathParam("commentId") long commentId,
            ReviewJson.NewReply body) {
        return created(workflow.reply(roundId, commentId, new CommentForm(null, ReviewJson.blank(required(body)
                .body()))));
    }

    @POST
    @Path("comments/{commentId}/resolve")
    @Operation(summary = "Mark a comment thread as resolved; resolving a resolved thread changes nothing",
            description = "Who may call: The convenor, or the person who opened the thread, until the text is final.")
    public ReviewJson.CommentJson resolve(
            @Parameter(description = "A comment of the thread") @PathParam("commentId") long commentId) {
        return ReviewJson.CommentJson.of(workflow.resolve(roundId, commentId, true));
    }

    @POST
    @Path("comments/{commentId}/reopen")
    @Operation(summary = "Reopen a resolved comment thread; reopening an open thread changes nothing",
            description = "Who may call: The convenor, or the person who opened the thread, until the text is final.")
    public ReviewJson.CommentJson reopen(
            @Parameter(description = "A comment of the thread") @PathParam("commentId") long commentId) {
        return ReviewJson.CommentJson.of(workflow.resolve(roundId, commentId, false));
    }

    @PUT
    @Path("recommendations/{recId}/follow")
    @Operation(summary = "Follow a recommendation: a notice for each new comment on it; following twice is once",
            description = "Who may call: The convenor, the secretariat, and focal points and members of taking-part"
                    + " constituencies; observers only read.")
    public ReviewJson.Following follow(
            @Parameter(description = "The recommendation's id") @PathParam("recId") long recId) {
        return new ReviewJson.Following(recId, workflow.follow(roundId, recId, true));
    }

    @DELETE
    @Path("recommendations/{recId}/follow")
    @Operation(summary = "Stop following a recommendation; stopping twice changes nothing",
            description = "Who may call: The convenor, the secretariat, and focal points and members of taking-part"
                    + " constituencies.")
    public ReviewJson.Following unfollow(
            @Parameter(description = "The recommendation's id") @PathParam("recId") long recId) {
        return new ReviewJson.Following(recId, workflow.follow(roundId, recId, false));
    }

    @POST
    @Path("recommendations/{recId}/edits")
    @Operation(summary = "Edit a recommendation during review: both registers (in calibration only the calibrated"
            + " one), in endorsement EDITORIAL or SUBSTANTIVE; a substantive edit resets the positions on it",
            description = "Who may call: The convenor, from member review until endorsement ends. Send the"
                    + " recommendation's"
                    + " version as read (from GET .../comments): 400 naming the field without it, 409 when someone"
                    + " saved it meanwhile. Sending the texts it already has changes nothing.")
    public ReviewJson.Revised edit(@Parameter(description = "The recommendation's id") @PathParam("recId") long recId,
            ReviewJson.EditBody body) {
        return ReviewJson.Revised.of(workflow.edit(roundId, recId, required(body).toForm()));
    }

    @GET
    @Path("windows")
    @Operation(summary = "The last days set for the round's review stages",
            description = "Who may call: Whoever reads the review.")
    public List<ReviewJson.WindowJson> windows() {
        return workflow.windows(roundId).stream().map(ReviewJson.WindowJson::of).toList();
    }

    @PUT
    @Path("windows/{stage}")
    @Operation(summary = "Set (open, extend or shorten) the last day of a review stage that has not ended yet",
            description = "Who may call: The convenor. The stage is MEMBER_REVIEW, CALIBRATION or ENDORSEMENT, one"
                    + " the round"
                    + " passes through, now or ahead; closesOn (YYYY-MM-DD) today or later. For ENDORSEMENT it is the"
                    + " deadline the silence procedure counts from. A stage closes when the round moves on.")
    public ReviewJson.WindowJson setWindow(
            @Parameter(description = "MEMBER_REVIEW, CALIBRATION or ENDORSEMENT") @PathParam("stage") String stage,
            ReviewJson.WindowBody body) {
        return ReviewJson.WindowJson.of(workflow.setWindow(roundId, required(body).toForm(stage)));
    }

    @POST
    @Path("positions")
    @Operation(summary = "Take or change a position (ENDORSE, RESERVATION, STAND_ASIDE, OBJECT) on the whole proposal"
            + " or one recommendation, for one's constituency (focal point) or organisation (member)",
            description = "Who may call: a focal point of a participating constituency, for it; a member, for their"
                    + " organisation.")
    public ReviewJson.PositionJson position(ReviewJson.NewPosition body) {
        return ReviewJson.PositionJson.of(workflow.takePosition(roundId, required(body).toForm()));
    }

    @GET
    @Path("consensus")
    @Operation(summary = "Who stands where, on the whole proposal and on each recommendation",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and focal"
                    + " points and members of its participating constituencies.")
    public ReviewJson.ConsensusJson consensus() {
        Consensus c = workflow.consensus(roundId);
        return new ReviewJson.ConsensusJson(roundId, c.round().status(), c.deadline(), c.deadlinePassed(),
                c.overall().entries().stream().map(ReviewJson.Standing::of).toList(),
                c.lines().stream().map(l -> new ReviewJson.Line(l.recommendation().id, l.recommendation().number(),
                        l.entries().stream().map(ReviewJson.Standing::of).toList())).toList(),
                c.objections().stream().map(finalizations::describe).toList());
    }

    @POST
    @Path("finalize")
    @Operation(summary = "Make the proposal final (convenor); send overrideReason to finalize over objections",
            description = "Who may call: the convenor.")
    public ReviewJson.FinalizationJson finalizeProposal(ReviewJson.Finalize body) {
        Finalization f = workflow.finalize(roundId, body == null ? null : body.overrideReason());
        return finalizations.json(roundId, f);
    }

    private Response created(Comment c) {
        return Response.created(URI.create("/rounds/" + roundId + "/review/recommendations/" + c.recommendation.id
                + "#c" + c.id)).entity(ReviewJson.CommentJson.of(c)).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    /** Reads what the API returns about a finalization, in a transaction of its own. */
    @jakarta.enterprise.context.ApplicationScoped
    static class Finalizations {

        @Inject
        ReviewGuard guard;

        String describe(Position p) {
            return guard.objection(p);
        }

        @jakarta.transaction.Transactional
        ReviewJson.FinalizationJson json(long roundId, Finalization f) {
            Round round = Round.findById(roundId);
            ProposalVersion v = ProposalVersion.finalVersion(round);
            return new ReviewJson.FinalizationJson(roundId, round.status(), f.actor, f.occurredAt, f.overrideReason,
                    f.overridden, v == null ? null : v.number);
        }
    }
}
