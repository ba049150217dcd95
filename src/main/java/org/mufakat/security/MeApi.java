package org.mufakat.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** {@code GET /api/v1/me}: who the caller is and what they hold. */
@Path("/api/v1/me")
@Authenticated
@Tag(name = "Accounts")
public class MeApi {

    @Inject
    CurrentUser user;

    public record Me(long id, String username, String displayName, List<Grant> grants) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in account and its role grants",
            description = "Who may call: anyone signed in.")
    public Me me() {
        return new Me(user.accountId(), user.username(), user.displayName(), user.grants());
    }
}
