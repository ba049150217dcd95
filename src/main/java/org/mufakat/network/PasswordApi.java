package org.mufakat.network;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** The caller's own password, as on the password page. */
@Path("/api/v1/me/password")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class PasswordApi {

    @Inject
    AccountWorkflow workflow;

    @PUT
    @Operation(summary = "Change one's own password: currentPassword and newPassword (at least 12 characters);"
            + " every session of the account ends",
            description = "Who may call: Anyone signed in, for their own account. A wrong current password counts"
                    + " and waits like"
                    + " a wrong sign-in (400 with errors.currentPassword).")
    public Response change(NetworkJson.NewPassword body) {
        if (body == null) {
            throw new BadRequestException();
        }
        workflow.changeOwnPassword(body.toForm());
        return Response.noContent().build();
    }
}
