package org.mufakat.network;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.network.NetworkJson.RatificationChange;
import org.mufakat.network.NetworkJson.RatificationJson;

import io.quarkus.security.Authenticated;

/** The ratification table as JSON: everyone signed in reads it; the secretariat and the convenor change a cell. */
@Path("/api/v1/ratifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class RatificationApi {

    @Inject
    RatificationWorkflow workflow;

    @GET
    @Operation(summary = "Every state and instrument (ICRMW, C97, C143, C189), by state",
            description = "Who may call: anyone signed in.")
    public List<RatificationJson> list() {
        return workflow.matrix().stream().map(RatificationJson::of).toList();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a cell (secretariat or convenor): ratifiedOn (or, for ICRMW, signedOn), a source and"
            + " the version read; 409 when someone changed it since, 400 naming a missing version",
            description = "Who may call: the secretariat and the convenor.")
    public RatificationJson update(@PathParam("id") long id, RatificationChange body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return RatificationJson.of(workflow.update(id, body.toForm()));
    }
}
