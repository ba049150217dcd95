package org.mufakat.network;

import java.net.URI;
import java.time.Instant;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.network.NetworkJson.AccountJson;
import org.mufakat.network.NetworkJson.GrantJson;
import org.mufakat.network.NetworkJson.NewAccount;
import org.mufakat.network.NetworkJson.Page;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Paging;

import io.quarkus.security.Authenticated;

/**
 * Accounts and their role grants as JSON, for the secretariat, calling the workflow the account pages call.
 * Refusals are problem JSON: 403 for anyone else, 404 for an account that does not exist, 400 with field errors.
 */
@Path("/api/v1/accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountApi {

    @Inject
    AccountWorkflow workflow;
    @Inject
    Permissions permissions;

    @GET
    @Operation(summary = "Accounts matching the text (secretariat only)",
            description = "Who may call: the secretariat.")
    public Page<AccountJson> list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        Paging<Account> paging = Paging.load(page, Paging.DEFAULT_SIZE, Account.countMatching(q),
                index -> Account.search(q, index, Paging.DEFAULT_SIZE));
        Instant now = Instant.now();
        return new Page<>(paging.items().stream().map(a -> AccountJson.of(a, now)).toList(), paging.page(),
                paging.size(), paging.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountJson.class)))
    @Operation(summary = "Create an account (secretariat only); roles are granted separately",
            description = "Who may call: the secretariat.")
    public Response create(NewAccount body) {
        if (body == null) {
            throw new BadRequestException();
        }
        String username = body.username() == null ? null : body.username().strip().toLowerCase();
        Account a = workflow.create(new AccountForm(username, body.displayName(), body.email(), body.password(),
                null));
        return Response.created(URI.create("/api/v1/accounts/" + a.id)).entity(AccountJson.of(a, Instant.now()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account with its grants and version", description = "Who may call: The secretariat.")
    public AccountJson get(@Parameter(description = "The account's id") @PathParam("id") long id) {
        return AccountJson.of(workflow.account(id), Instant.now());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's name and e-mail (not its username); send the version as read",
            description = "Who may call: The secretariat. 400 naming version without it, 409 when someone saved it"
                    + " meanwhile.")
    public AccountJson update(@Parameter(description = "The account's id") @PathParam("id") long id,
            NetworkJson.AccountChange body) {
        if (body == null) {
            throw new BadRequestException();
        }
        workflow.update(id, body.toForm());
        return get(id);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable sign-in, end the account's sessions and revoke its API tokens; disabling again"
            + " changes nothing",
            description = "Who may call: The secretariat; nobody disables themselves, and the last secretariat"
                    + " stays enabled"
                    + " (400 with the reason).")
    public AccountJson disable(@Parameter(description = "The account's id") @PathParam("id") long id) {
        workflow.setEnabled(id, false);
        return get(id);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable sign-in again", description = "Who may call: The secretariat.")
    public AccountJson enable(@Parameter(description = "The account's id") @PathParam("id") long id) {
        workflow.setEnabled(id, true);
        return get(id);
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift the delays after repeated wrong passwords, for the account and its username",
            description = "Who may call: The secretariat.")
    public AccountJson unlock(@Parameter(description = "The account's id") @PathParam("id") long id) {
        workflow.unlock(id);
        return get(id);
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for someone who lost theirs (newPassword, at least 12 characters);"
            + " ends their sessions, revokes their API tokens and lifts the sign-in delays",
            description = "Who may call: The secretariat.")
    public Response resetPassword(@Parameter(description = "The account's id") @PathParam("id") long id,
            NetworkJson.NewPassword body) {
        if (body == null) {
            throw new BadRequestException();
        }
        workflow.resetPassword(id, body.toForm());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/grants")
    @Operation(summary = "The roles an account holds, with their constituency or organisation",
            description = "Who may call: The secretariat.")
    public List<GrantJson> grants(@Parameter(description = "The account's id") @PathParam("id") long id) {
        return workflow.account(id).grants.stream().map(GrantJson::of).toList();
    }

    @POST
    @Path("{id}/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a role: FOCAL_POINT needs constituencyId, MEMBER needs organisationId; 201, or 200"
            + " with the grant the account already holds",
            description = "Who may call: The secretariat. 400 with errors.role, errors.constituencyId or"
                    + " errors.organisationId.")
    public Response grant(@Parameter(description = "The account's id") @PathParam("id") long id,
            NetworkJson.NewGrant body) {
        if (body == null) {
            throw new BadRequestException();
        }
        AccountWorkflow.Granted granted = workflow.grant(id, body.toForm());
        GrantJson json = GrantJson.of(granted.grant());
        return granted.created() ? Response.created(URI.create("/api/v1/accounts/" + id + "/grants")).entity(json)
                .build() : Response.ok(json).build();
    }

    @DELETE
    @Path("{id}/grants/{grantId}")
    @Operation(summary = "Revoke a role and end the account's sessions; revoking it again changes nothing (204)",
            description = "Who may call: The secretariat. 400 with errors.role when it is the last secretariat"
                    + " grant of an enabled"
                    + " account.")
    public Response revoke(@Parameter(description = "The account's id") @PathParam("id") long id,
            @Parameter(description = "The grant's id") @PathParam("grantId") long grantId) {
        workflow.revoke(id, grantId);
        return Response.noContent().build();
    }
}
