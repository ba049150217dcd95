package org.mufakat.network;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.network.NetworkJson.ConstituencyJson;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;

import io.quarkus.security.Authenticated;

@Path("/api/v1/constituencies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class ConstituencyApi {

    @Inject
    Permissions permissions;

    @GET
    @Operation(summary = "All constituencies, by name",
            description = "Who may call: anyone signed in.")
    public List<ConstituencyJson> list() {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        return Constituency.listAllByName().stream().map(ConstituencyJson::of).toList();
    }
}
