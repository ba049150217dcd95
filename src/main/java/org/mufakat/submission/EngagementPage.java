package org.mufakat.submission;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The network's engagement at a forum session: what is recorded, for whoever reads forums, and the form the
 * secretariat and the convenor save it with (delegates as rows, a few blank ones to add more, a cleared name to
 * remove one).
 */
@Path("/forum-sessions/{sessionId}/engagement")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EngagementPage {

    @Inject
    EngagementWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @PathParam("sessionId")
    long sessionId;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(EngagementWorkflow.View view, EngagementForm form, FormErrors errors,
                Engagement conflict, List<Invitation> invitations);
    }

    @GET
    public TemplateInstance show() {
        EngagementWorkflow.View view = workflow.view(sessionId);
        return show(view, EngagementForm.of(view.engagement()), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        EngagementForm form = EngagementForm.from(new FormData(fields));
        try {
            Engagement e = workflow.save(sessionId, form);
            return flash.redirect("/forum-sessions/" + sessionId + "/engagement",
                    texts.get("mufakat.engagement.saved", e.forumSession.title));
        } catch (FormInvalidException e) {
            EngagementWorkflow.View view = workflow.view(sessionId);
            if (e.isConflict()) {
                Engagement current = view.engagement();
                return Response.status(409).entity(show(view, form.withVersion(current == null ? 0 : current.version),
                        e.errors(), current)).build();
            }
            return Response.status(400).entity(show(view, form, e.errors(), null)).build();
        }
    }

    private static TemplateInstance show(EngagementWorkflow.View view, EngagementForm form, FormErrors errors,
            Engagement conflict) {
        return Templates.show(view, form, errors, conflict, List.of(Invitation.values()));
    }
}
