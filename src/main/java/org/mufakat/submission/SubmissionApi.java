package org.mufakat.submission;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import io.quarkus.security.Authenticated;

/**
 * One submission as JSON, with the same rules as the pages: its frozen text, checksum and timeline to whoever reads
 * the round; recording tracking events for the convenor; verifying a text. Refusals are problem JSON (403, 404, 400
 * with field errors).
 */
@Path("/api/v1/submissions/{id}")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class SubmissionApi {

    @Inject
    SubmissionWorkflow workflow;

    @PathParam("id")
    long id;

    @GET
    @Operation(summary = "A submission with its frozen text, SHA-256 checksum and tracking events",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and focal"
                    + " points and members of its participating constituencies.")
    public SubmissionJson.Detail get() {
        Submission s = workflow.view(id);
        return SubmissionJson.Detail.of(s, workflow.timeline(s));
    }

    @POST
    @Path("events")
    @APIResponse(responseCode = "201", description = "The new tracking event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionJson.Event.class)))
    @Operation(summary = "Record a tracking event (convenor): kind SENT, RECEIVED, ACKNOWLEDGED, TABLED, RESPONSE,"
            + " REFLECTED or NO_RESPONSE; occurredOn YYYY-MM-DD; optional note and http(s) link",
            description = "Who may call: the convenor.")
    public Response record(SubmissionJson.NewEvent body) {
        if (body == null) {
            throw new BadRequestException();
        }
        TrackingEvent e = workflow.record(id, body.toForm());
        return Response.created(URI.create("/api/v1/submissions/" + id)).entity(SubmissionJson.Event.of(e)).build();
    }

    @POST
    @Path("verify")
    @Operation(summary = "Whether the text is byte for byte the submitted one, with both SHA-256 checksums",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and focal"
                    + " points and members of its participating constituencies.")
    public SubmissionJson.VerifyResult verify(SubmissionJson.VerifyRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return SubmissionJson.VerifyResult.of(workflow.verify(id, body.text()));
    }
}
