package org.mufakat.network;

import java.net.URI;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.network.NetworkJson.AccountJson;
import org.mufakat.network.NetworkJson.NewAccount;
import org.mufakat.network.NetworkJson.Page;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Paging;

import io.quarkus.security.Authenticated;

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
}
