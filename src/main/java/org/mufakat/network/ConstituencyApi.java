package org.mufakat.network;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.network.NetworkJson.ConstituencyJson;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;

import io.quarkus.security.Authenticated;

/**
 * Constituencies as JSON, calling the workflow the constituency pages call: the list for everyone signed in,
 * changes for the secretariat. Refusals are problem JSON (403, 404, 400 with field errors, 409 on a stale version).
 */
@Path("/api/v1/constituencies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class ConstituencyApi {

    @Inject
    Permissions permissions;
    @Inject
    ConstituencyWorkflow workflow;

    @GET
    @Operation(summary = "All constituencies, by name",
            description = "Who may call: anyone signed in.")
    public List<ConstituencyJson> list() {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        return Constituency.listAllByName().stream().map(ConstituencyJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One constituency with its version", description = "Who may call: Anyone signed in.")
    public ConstituencyJson get(@Parameter(description = "The constituency's id") @PathParam("id") long id) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        return ConstituencyJson.of(workflow.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a constituency: code (unique, stored upper case), name, country",
            description = "Who may call: The secretariat.")
    public Response create(NetworkJson.ConstituencyBody body) {
        Constituency c = workflow.create(required(body).toForm());
        return Response.created(URI.create("/api/v1/constituencies/" + c.id)).entity(ConstituencyJson.of(c)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a constituency; send the version as read",
            description = "Who may call: The secretariat. 400 naming version without it, 409 when someone saved it"
                    + " meanwhile.")
    public ConstituencyJson update(@Parameter(description = "The constituency's id") @PathParam("id") long id,
            NetworkJson.ConstituencyBody body) {
        return ConstituencyJson.of(workflow.update(id, required(body).toForm()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a constituency nothing refers to yet (no organisations, no role grants)",
            description = "Who may call: The secretariat. 400 with the reason while something refers to it.")
    public Response delete(@Parameter(description = "The constituency's id") @PathParam("id") long id) {
        workflow.delete(id);
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
