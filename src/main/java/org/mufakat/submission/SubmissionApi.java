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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.harmonize.Lineages;

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
    @Inject
    UptakeWorkflow uptake;
    @Inject
    Lineages lineages;

    @PathParam("id")
    long id;

    @GET
    @Operation(summary = "A submission with its frozen text, SHA-256 checksum, tracking events and uptake")
    public SubmissionJson.Detail get() {
        Submission s = workflow.view(id);
        return SubmissionJson.Detail.of(s, workflow.timeline(s), UptakeJson.recorded(uptake.rows(s), lineages));
    }

    @POST
    @Path("events")
    @Operation(summary = "Record a tracking event (convenor): kind SENT, RECEIVED, ACKNOWLEDGED, TABLED, RESPONSE,"
            + " REFLECTED or NO_RESPONSE; occurredOn YYYY-MM-DD; optional note and http(s) link")
    public Response record(SubmissionJson.NewEvent body) {
        if (body == null) {
            throw new BadRequestException();
        }
        TrackingEvent e = workflow.record(id, body.toForm());
        return Response.created(URI.create("/api/v1/submissions/" + id)).entity(SubmissionJson.Event.of(e)).build();
    }

    @POST
    @Path("verify")
    @Operation(summary = "Whether the text is byte for byte the submitted one, with both SHA-256 checksums")
    public SubmissionJson.VerifyResult verify(SubmissionJson.VerifyRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return SubmissionJson.VerifyResult.of(workflow.verify(id, body.text()));
    }
}
