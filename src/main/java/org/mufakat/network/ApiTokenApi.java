package org.mufakat.network;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.mufakat.network.NetworkJson.ApiTokenJson;
import org.mufakat.network.NetworkJson.CreatedApiToken;
import org.mufakat.network.NetworkJson.NewApiToken;

import io.quarkus.security.Authenticated;

/**
 * The caller's own personal API tokens, as on their API tokens page: made (the token is in this answer only),
 * listed without their secrets, revoked. Another person's token is not found (404).
 */
@Path("/api/v1/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class ApiTokenApi {

    @Inject
    ApiTokenWorkflow workflow;

    @GET
    @Operation(summary = "The caller's personal API tokens that still work, newest first (never their secrets)",
            description = "Who may call: anyone holding a role, for their own tokens.")
    public List<ApiTokenJson> list() {
        return workflow.list().active().stream().map(ApiTokenJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new token; its secret (token) is shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreatedApiToken.class)))
    @Operation(summary = "Make a personal API token: name, expiresInDays (1 to 365, 90 if left out)",
            description = "Who may call: anyone holding a role, for themselves. The answer holds the token once;"
                    + " send it as Authorization: Bearer. The same Idempotency-Key again makes no second token: the"
                    + " one it made gets a new secret (409 once that token has been used or revoked). At most 20"
                    + " tokens work at once.")
    public Response create(NewApiToken body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null) {
            throw new BadRequestException();
        }
        ApiTokenWorkflow.Created c = workflow.create(body.toForm(idempotencyKey));
        return Response.created(URI.create("/api/v1/tokens/" + c.token().id)).entity(CreatedApiToken.of(c))
                .build();
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Revoked (or revoked already)")
    @Operation(summary = "Revoke one of the caller's personal API tokens; it stops working at once",
            description = "Who may call: anyone holding a role, for their own tokens; another person's token is"
                    + " 404.")
    public Response revoke(@PathParam("id") long id) {
        workflow.revoke(id);
        return Response.noContent().build();
    }
}
