package org.mufakat.submission;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * A round's submissions as JSON: sending one (convenor; idempotent with the {@code Idempotency-Key} header), listing
 * them, and closing the submitted round. Refusals are problem JSON: 403, 409 with reasons when the round is not final,
 * 400 with field errors.
 */
@Path("/api/v1/rounds/{roundId}")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class RoundSubmissionApi {

    @Inject
    SubmissionWorkflow workflow;
    @Inject
    OverdueAcknowledgements acknowledgements;

    @PathParam("roundId")
    long roundId;

    @GET
    @Path("submissions")
    @Operation(summary = "The round's submissions, newest first",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and focal"
                    + " points and members of its participating constituencies.")
    public List<SubmissionJson.Summary> list() {
        List<Submission> submissions = workflow.list(roundId);
        Set<Long> overdue = acknowledgements.overdueAmong(submissions);
        return submissions.stream().map(s -> SubmissionJson.Summary.of(s, overdue.contains(s.id))).toList();
    }

    @POST
    @Path("submissions")
    @APIResponse(responseCode = "201", description = "The new submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionJson.Detail.class)))
    @APIResponse(responseCode = "200", description = "The submission this Idempotency-Key already sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionJson.Detail.class)))
    @Operation(summary = "Send the final proposal to a forum session (convenor), freezing its text: 201 with the"
            + " tracking number and SHA-256; the same Idempotency-Key again gives the same submission with 200",
            description = "Who may call: the convenor.")
    public Response send(@HeaderParam("Idempotency-Key") String key, SubmissionJson.NewSubmission body) {
        if (body == null) {
            throw new BadRequestException();
        }
        SubmissionWorkflow.Sent sent = workflow.send(roundId, body.toForm(key == null || key.isBlank()
                ? SubmissionWorkflow.newKey() : key.strip()));
        Submission s = sent.submission();
        SubmissionJson.Summary json = SubmissionJson.Summary.of(s, false);
        return sent.created() ? Response.created(URI.create("/api/v1/submissions/" + s.id)).entity(json).build()
                : Response.ok(json).build();
    }

    @POST
    @Path("close")
    @Operation(summary = "Close a submitted round (convenor); closing a closed round changes nothing",
            description = "Who may call: the convenor.")
    public SubmissionJson.RoundState close() {
        Round round = workflow.close(roundId);
        return new SubmissionJson.RoundState(round.id, round.status());
    }
}
