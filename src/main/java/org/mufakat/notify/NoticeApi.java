package org.mufakat.notify;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/**
 * The caller's own notices and e-mail choice as JSON, as on the notices pages; nobody reaches another's. Marking
 * read is safe to repeat.
 */
@Path("/api/v1/notices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class NoticeApi {

    @Inject
    NoticeWorkflow workflow;

    @GET
    @Operation(summary = "The caller's notices, newest first, 25 a page, with the unread count",
            description = "Who may call: Anyone signed in, for their own notices.")
    public NotifyJson.NoticePage list(
            @Parameter(description = "Page number from 1; beyond the last gives the last") @QueryParam("page")
            Integer page) {
        return NotifyJson.NoticePage.of(workflow.page(page), workflow.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notice as read; marking it again changes nothing",
            description = "Who may call: Anyone signed in, for their own notices: another person's notice answers 404.")
    public NotifyJson.NoticeJson markRead(@Parameter(description = "The notice's id") @PathParam("id") long id) {
        return NotifyJson.NoticeJson.of(workflow.markRead(id));
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all of the caller's notices as read; again, it marks none",
            description = "Who may call: Anyone signed in, for their own notices.")
    public NotifyJson.AllRead markAllRead() {
        return new NotifyJson.AllRead(workflow.markAllRead(), workflow.unread());
    }

    @GET
    @Path("settings")
    @Operation(summary = "How notices reach the caller by e-mail: IMMEDIATE, DAILY_DIGEST or OFF",
            description = "Who may call: Anyone signed in, for their own choice.")
    public NotifyJson.Settings settings() {
        return NotifyJson.Settings.of(workflow.settings());
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Choose how notices reach the caller by e-mail: IMMEDIATE, DAILY_DIGEST or OFF",
            description = "Who may call: Anyone signed in, for their own choice; 400 with errors.preference for"
                    + " anything else."
                    + " Notices always stay in the list.")
    public NotifyJson.Settings choose(NotifyJson.SettingsBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        workflow.choose(body.preference() == null ? null : body.preference().strip());
        return settings();
    }
}
