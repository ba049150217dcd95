package org.mufakat.submission;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.harmonize.Lineages;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mufakat.web.Downloads;

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
    @Inject
    EvidenceWorkflow evidence;
    @Inject
    PublicationWorkflow publication;
    @Inject
    OverdueAcknowledgements acknowledgements;

    @PathParam("id")
    long id;

    @GET
    @Operation(summary = "A submission with its frozen text, SHA-256 checksum, whether it is overdue and published,"
            + " and its tracking events with their evidence files",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and focal"
                    + " points and members of its participating constituencies.")
    public SubmissionJson.Detail get() {
        return detail(workflow.view(id));
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
        return Response.created(URI.create("/api/v1/submissions/" + id))
                .entity(SubmissionJson.Event.of(e, TrackingEvidence.forEvent(e))).build();
    }

    @POST
    @Path("events/{eventId}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach an evidence file to a tracking event (convenor): multipart field 'file', a PDF, DOCX,"
            + " ODT, JPEG or PNG of at most 10 MB (checked by content); 201, or 200 when the same file is already"
            + " there; 409 when the event has another file", description = "Who may call: Like every form post, it"
            + " carries the CSRF"
            + " double submit: the same random token (16 bytes, base64url) as the csrf-token cookie and the"
            + " X-CSRF-TOKEN header.")
    public Response addEvidence(@PathParam("eventId") long eventId, @RestForm("file") FileUpload file) {
        EvidenceWorkflow.Attached attached = evidence.add(id, eventId, file == null ? null
                : new EvidenceWorkflow.Upload(file.fileName(), file.uploadedFile()));
        SubmissionJson.Evidence json = SubmissionJson.Evidence.of(attached.evidence());
        return attached.created() ? Response.created(URI.create(json.downloadUrl())).entity(json).build()
                : Response.ok(json).build();
    }

    @GET
    @Path("events/{eventId}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a tracking event's evidence file, as an attachment",
            description = "Who may call: the readers of the round: the convenor, the secretariat, observers, and"
                    + " focal points and members of its participating constituencies.")
    public Response downloadEvidence(@PathParam("eventId") long eventId) {
        EvidenceWorkflow.Download d = evidence.download(id, eventId);
        return Downloads.attachment(d.fileName(), d.contentType(), d.bytes());
    }

    @POST
    @Path("publish")
    @Operation(summary = "Open the submission's public page (convenor): its text, checksum, forum session, cover"
            + " letter and timeline (kinds, dates, links), without notes or evidence files",
            description = "Who may call: the convenor.")
    public SubmissionJson.Detail publish() {
        publication.publish(id);
        return detail(workflow.view(id));
    }

    @POST
    @Path("withdraw")
    @Operation(summary = "Close the submission's public page (convenor): it answers 404 again",
            description = "Who may call: the convenor.")
    public SubmissionJson.Detail withdraw() {
        publication.withdraw(id);
        return detail(workflow.view(id));
    }

    private SubmissionJson.Detail detail(Submission s) {
        List<TrackingEvent> events = workflow.timeline(s);
        return SubmissionJson.Detail.of(s, acknowledgements.overdue(s), events, TrackingEvidence.forEvents(events),
                UptakeJson.recorded(uptake.rows(s), lineages));
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
