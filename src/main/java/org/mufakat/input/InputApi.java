package org.mufakat.input;

import java.net.URI;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;

/**
 * National inputs as JSON, with the same rules as the pages: the constituency's focal points edit and attach files,
 * the convenor returns, readers see restricted statements, evidence and files only when allowed; revisions and their
 * diffs for the convenor and the focal points. Refusals are problem JSON (409 when the input's state or the round's
 * stage refuses).
 */
@Path("/api/v1/rounds/{roundId}/inputs/{code}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "National inputs")
public class InputApi {

    @Inject
    InputWorkflow workflow;

    @GET
    @Operation(summary = "A constituency's national input: consultation record, preamble, state and statements",
            description = "Who may call: the convenor, the secretariat, observers, and focal points and members of"
                    + " that constituency; restricted statements and evidence only for the convenor and the"
                    + " constituency's focal points.")
    public InputJson.Input get(@PathParam("roundId") long roundId, @PathParam("code") String code) {
        return InputJson.Input.of(workflow.view(roundId, code));
    }

    @PUT
    @Operation(summary = "Save the consultation record and preamble (focal points; send the version you read)",
            description = "Who may call: the constituency's focal points.")
    public InputJson.Input saveRecord(@PathParam("roundId") long roundId, @PathParam("code") String code,
            InputJson.Record body) {
        workflow.saveRecord(roundId, code, required(body).toForm());
        return get(roundId, code);
    }

    @POST
    @Path("statements")
    @APIResponse(responseCode = "201", description = "The new statement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InputJson.StatementJson.class)))
    @Operation(summary = "Add a statement at the end of its theme (focal points)",
            description = "Who may call: the constituency's focal points.")
    public Response addStatement(@PathParam("roundId") long roundId, @PathParam("code") String code,
            InputJson.StatementBody body) {
        Statement s = workflow.addStatement(roundId, code, required(body).toForm());
        return Response.created(URI.create("/api/v1/rounds/" + roundId + "/inputs/" + code + "/statements/" + s.id))
                .entity(InputJson.StatementJson.of(s, true)).build();
    }

    @PUT
    @Path("statements/{statementId}")
    @Operation(summary = "Change a statement (focal points; send the statement's version you read)",
            description = "Who may call: the constituency's focal points.")
    public InputJson.StatementJson updateStatement(@PathParam("roundId") long roundId,
            @PathParam("code") String code, @PathParam("statementId") long statementId,
            InputJson.StatementBody body) {
        return InputJson.StatementJson.of(
                workflow.updateStatement(roundId, code, statementId, required(body).toForm()), true);
    }

    @DELETE
    @Path("statements/{statementId}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(summary = "Delete a statement before submission (focal points)",
            description = "Who may call: the constituency's focal points.")
    public Response deleteStatement(@PathParam("roundId") long roundId, @PathParam("code") String code,
            @PathParam("statementId") long statementId) {
        workflow.deleteStatement(roundId, code, statementId);
        return Response.noContent().build();
    }

    @POST
    @Path("statements/{statementId}/move-up")
    @Operation(summary = "Move a statement one place up in its theme; 409 when it is first",
            description = "Who may call: the constituency's focal points.")
    public InputJson.StatementJson moveUp(@PathParam("roundId") long roundId, @PathParam("code") String code,
            @PathParam("statementId") long statementId) {
        return InputJson.StatementJson.of(workflow.moveStatement(roundId, code, statementId, true), true);
    }

    @POST
    @Path("statements/{statementId}/move-down")
    @Operation(summary = "Move a statement one place down in its theme; 409 when it is last",
            description = "Who may call: the constituency's focal points.")
    public InputJson.StatementJson moveDown(@PathParam("roundId") long roundId, @PathParam("code") String code,
            @PathParam("statementId") long statementId) {
        return InputJson.StatementJson.of(workflow.moveStatement(roundId, code, statementId, false), true);
    }

    @POST
    @Path("submit")
    @Operation(summary = "Submit and lock the input (focal points); 409 without statements or when it changed",
            description = "Who may call: the constituency's focal points.")
    public InputJson.Input submit(@PathParam("roundId") long roundId, @PathParam("code") String code,
            InputJson.Submit body) {
        workflow.submit(roundId, code, required(body).version());
        return get(roundId, code);
    }

    @POST
    @Path("return")
    @Operation(summary = "Return a submitted input for revision with a reason (convenor)",
            description = "Who may call: the convenor.")
    public InputJson.Input returnForRevision(@PathParam("roundId") long roundId, @PathParam("code") String code,
            InputJson.Reason body) {
        workflow.returnForRevision(roundId, code, new ReasonForm(InputJson.blank(required(body).reason())));
        return get(roundId, code);
    }

    @POST
    @Path("nil-return")
    @Operation(summary = "Record that the constituency sends no input this round, with a reason (focal points)",
            description = "Who may call: the constituency's focal points.")
    public InputJson.Input nilReturn(@PathParam("roundId") long roundId, @PathParam("code") String code,
            InputJson.Reason body) {
        workflow.nilReturn(roundId, code, new ReasonForm(InputJson.blank(required(body).reason())));
        return get(roundId, code);
    }

    @GET
    @Path("attachments")
    @Operation(summary = "The files sent with the input, oldest first",
            description = "Who may call: Whoever reads the input. A restricted file is listed only for readers its"
                    + " constituency's"
                    + " restricted content is open to: the convenor and the constituency's focal points.")
    public java.util.List<InputJson.AttachmentJson> attachments(@PathParam("roundId") long roundId,
            @Parameter(description = "The constituency's code") @PathParam("code") String code) {
        return workflow.view(roundId, code).attachments().stream().map(InputJson.AttachmentJson::of).toList();
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file (focal points, while the input is open and the round collects inputs):"
            + " multipart field 'file', a PDF, DOCX, ODT, JPEG or PNG of at most 10 MB, checked by content; field"
            + " 'restricted' true for a file only the convenor and the focal points may see",
            description = "Who may call: Focal points of the constituency. A multipart form needs the CSRF double"
                    + " submit: the same"
                    + " random token (16 bytes, base64url) as the csrf-token cookie and the X-CSRF-TOKEN header."
                    + " 400 with errors.file for a missing, oversized or unrecognised file.")
    public Response upload(@PathParam("roundId") long roundId,
            @Parameter(description = "The constituency's code") @PathParam("code") String code,
            @RestForm("file") FileUpload file, @RestForm("restricted") String restricted) {
        Attachment a = workflow.addAttachment(roundId, code, file == null ? null : file.fileName(),
                file == null ? null : file.uploadedFile(), "true".equals(restricted));
        InputJson.AttachmentJson json = InputJson.AttachmentJson.of(a);
        return Response.created(URI.create(json.downloadUrl())).entity(json).build();
    }

    @GET
    @Path("attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file, as an attachment (Content-Disposition), with the type found from its"
            + " content",
            description = "Who may call: Whoever reads the input; a restricted file answers 404 to readers it is"
                    + " not open to.")
    public Response download(@PathParam("roundId") long roundId,
            @Parameter(description = "The constituency's code") @PathParam("code") String code,
            @Parameter(description = "The file's id") @PathParam("attachmentId") long attachmentId) {
        return InputPage.attachment(workflow.download(roundId, code, attachmentId));
    }

    @DELETE
    @Path("attachments/{attachmentId}")
    @Operation(summary = "Remove a file while the input is open",
            description = "Who may call: Focal points of the constituency, while the round collects inputs; 409"
                    + " once submitted.")
    public Response deleteAttachment(@PathParam("roundId") long roundId,
            @Parameter(description = "The constituency's code") @PathParam("code") String code,
            @Parameter(description = "The file's id") @PathParam("attachmentId") long attachmentId) {
        workflow.deleteAttachment(roundId, code, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("revisions")
    @Operation(summary = "The input's revisions, newest first, 50 a page: one for every save",
            description = "Who may call: The convenor and the constituency's focal points: revisions hold"
                    + " restricted text.")
    public InputJson.RevisionPage revisions(@PathParam("roundId") long roundId,
            @Parameter(description = "The constituency's code") @PathParam("code") String code,
            @Parameter(description = "Page number from 1; beyond the last gives the last") @QueryParam("page")
            Integer page) {
        return InputJson.RevisionPage.of(workflow.revisions(roundId, code, page));
    }

    @GET
    @Path("revisions/diff")
    @Operation(summary = "Two revisions compared line by line, changed words marked",
            description = "Who may call: The convenor and the constituency's focal points. 400 when from or to is"
                    + " not a number,"
                    + " 404 when it is not a revision of this input.")
    public InputJson.RevisionDiffJson diff(@PathParam("roundId") long roundId,
            @Parameter(description = "The constituency's code") @PathParam("code") String code,
            @Parameter(description = "The earlier revision's id") @QueryParam("from") String from,
            @Parameter(description = "The later revision's id") @QueryParam("to") String to) {
        return InputJson.RevisionDiffJson.of(workflow.revision(roundId, code, id(from)),
                workflow.revision(roundId, code, id(to)));
    }

    /** An id from the query; anything else is a bad request. */
    private static long id(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException();
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
