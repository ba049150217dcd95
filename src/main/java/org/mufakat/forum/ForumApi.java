package org.mufakat.forum;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import org.mufakat.forum.ForumJson.ForumItem;
import org.mufakat.forum.ForumJson.NewForum;
import org.mufakat.forum.ForumJson.NewSession;
import org.mufakat.forum.ForumJson.SessionItem;
import org.mufakat.network.NetworkJson.Page;
import org.mufakat.network.NetworkAction;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.security.Authenticated;

/**
 * Forums and their sessions as JSON, calling the workflow the forum pages call: the directory for everyone signed
 * in, changes for the secretariat and the convenor. Refusals are problem JSON (403, 404, 400 with field errors,
 * 409 when someone saved the forum or session since it was read).
 */
@Path("/api/v1/forums")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forums")
public class ForumApi {

    @Inject
    ForumWorkflow workflow;
    @Inject
    Permissions permissions;
    @Inject
    Texts texts;

    @GET
    @Operation(summary = "Forums by name, each with its sessions (newest first), filtered by text and space",
            description = "Who may call: anyone signed in.")
    public Page<ForumItem> list(@QueryParam("q") String q,
            @Parameter(description = "SANCTIONED or CREATED") @QueryParam("space") String space,
            @QueryParam("page") Integer page) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        ForumSpace chosen = ForumForm.option(ForumSpace.class, space);
        if (space != null && !space.isBlank() && chosen == null) {
            throw FormInvalidException.field("space", texts.get("mufakat.choose"));
        }
        Paging<Forum> paging = Paging.load(page, Paging.DEFAULT_SIZE, Forum.countMatching(q, chosen),
                index -> Forum.search(q, chosen, index, Paging.DEFAULT_SIZE));
        return new Page<>(paging.items().stream().map(ForumItem::of).toList(), paging.page(), paging.size(),
                paging.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One forum with its sessions",
            description = "Who may call: anyone signed in.")
    public ForumItem get(@PathParam("id") long id) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        return ForumItem.of(workflow.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new forum",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ForumItem.class)))
    @Operation(summary = "Register a forum (secretariat or convenor); acronyms are unique",
            description = "Who may call: the secretariat or the convenor.")
    public Response create(NewForum body) {
        if (body == null) {
            throw new BadRequestException();
        }
        Forum f = workflow.create(body.toForm());
        return Response.created(URI.create("/api/v1/forums/" + f.id)).entity(ForumItem.of(f)).build();
    }

    @GET
    @Path("{id}/sessions/{sessionId}")
    @Operation(summary = "One session of a forum",
            description = "Who may call: anyone signed in.")
    public SessionItem session(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        return SessionItem.of(workflow.findSession(id, sessionId));
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionItem.class)))
    @Operation(summary = "Add a session to a forum (secretariat or convenor); titles are unique within a forum",
            description = "Who may call: the secretariat or the convenor.")
    public Response addSession(@PathParam("id") long id, NewSession body) {
        if (body == null) {
            throw new BadRequestException();
        }
        ForumSession s = workflow.addSession(id, body.toForm());
        return Response.created(URI.create("/api/v1/forums/" + id + "/sessions/" + s.id))
                .entity(SessionItem.of(s)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a forum; send the forum's version as read",
            description = "Who may call: The secretariat and the convenor. 400 naming version without it, 409 when"
                    + " someone saved"
                    + " the forum meanwhile.")
    public ForumItem update(@Parameter(description = "The forum's id") @PathParam("id") long id, NewForum body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return ForumItem.of(workflow.update(id, body.toForm()));
    }

    @PUT
    @Path("{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a session of a forum; send the session's version as read",
            description = "Who may call: The secretariat and the convenor. 400 naming version without it, 409 when"
                    + " someone saved"
                    + " the session meanwhile.")
    public SessionItem updateSession(@Parameter(description = "The forum's id") @PathParam("id") long id,
            @Parameter(description = "The session's id") @PathParam("sessionId") long sessionId, NewSession body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return SessionItem.of(workflow.updateSession(id, sessionId, body.toForm()));
    }
}
