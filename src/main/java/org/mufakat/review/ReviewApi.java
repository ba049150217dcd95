package org.mufakat.review;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.round.Round;

import io.quarkus.security.Authenticated;

/**
 * Review as JSON, with the same rules as the pages: versions and their diffs, comments, positions, the consensus and
 * finalizing. Moving between review stages is {@code POST /api/v1/rounds/{id}/advance} of the round API. Refusals
 * are problem JSON: 403 for someone without a role for it, 409 with reasons when the stage or a guard refuses.
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

    @PathParam("roundId")
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
        return new ReviewJson.VersionDetail(ReviewJson.Version.of(v), workflow.intact(v),
                workflow.entries(v).stream().map(ReviewJson.Entry::of).toList());
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
        return Response.created(URI.create("/rounds/" + roundId + "/review/recommendations/" + recId + "#c" + c.id))
                .entity(ReviewJson.CommentJson.of(c)).build();
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
