package org.mufakat.submission;

import jakarta.enterprise.context.RequestScoped;
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

import io.quarkus.security.Authenticated;

/**
 * A forum session's engagement as JSON, with the same rules as the page: read by whoever reads forums, saved whole by
 * the secretariat and the convenor with the version read (409 problem when stale, 400 naming a missing version).
 */
@Path("/api/v1/forum-sessions/{sessionId}/engagement")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement and allies")
public class EngagementApi {

    @Inject
    EngagementWorkflow workflow;

    @PathParam("sessionId")
    long sessionId;

    @GET
    @Operation(summary = "The network's engagement at a forum session: invitation, seats requested and granted,"
            + " delegates; version 0 while nothing is recorded",
            description = "Who may call: anyone signed in (whoever reads the forum registry).")
    public EngagementJson.Detail get() {
        EngagementWorkflow.View view = workflow.view(sessionId);
        return EngagementJson.Detail.of(view.session(), view.engagement());
    }

    @PUT
    @Operation(summary = "Record the engagement (secretariat or convenor), replacing what was recorded; send the"
            + " version read (0 for the first time)",
            description = "Who may call: the secretariat and the convenor.")
    public EngagementJson.Detail save(EngagementJson.Change body) {
        if (body == null) {
            throw new BadRequestException();
        }
        Engagement e = workflow.save(sessionId, body.toForm());
        return EngagementJson.Detail.of(e.forumSession, e);
    }
}
