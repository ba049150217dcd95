package org.mufakat.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/**
 * Importing a round from its JSON export, with the same rules as the page: the secretariat only; a dry run checks
 * and reports without writing; a bad document is 400 problem JSON naming every problem; a document over 10 MB is 413.
 */
@Path("/api/v1/rounds/import")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rounds")
public class ImportApi {

    @Inject
    RoundImport workflow;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArchiveJson.Archive.class)))
    @APIResponse(responseCode = "201", description = "The round was created; the report counts what was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "A dry run, or an export imported before (nothing created)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "413", description = "The document is larger than 10 MB")
    @Operation(summary = "Import a round exported as JSON (schema mufakat-round/1) by this or another installation;"
            + " ?dryRun=true checks it and reports what would be created, writing nothing; the same export imports"
            + " once", description = "Who may call: the secretariat.")
    public Response importRound(@QueryParam("dryRun") boolean dryRun, byte[] body) {
        ImportReport report = workflow.importRound(body, dryRun);
        return Response.status(report.dryRun() || report.alreadyImported() ? 200 : 201).entity(report).build();
    }
}
