package org.mufakat.forum;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.mufakat.network.NetworkAction;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Calendar;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Links;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The forum registry: everyone signed in reads it; the secretariat and the convenor add and edit forums and their
 * sessions. A session is added and edited on its forum's page.
 */
@Path("/forums")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ForumPage {

    @Inject
    Calendar calendar;
    @Inject
    ForumWorkflow workflow;
    @Inject
    Permissions permissions;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<Forum> paging, String q, ForumSpace space,
                List<ForumSpace> spaces, String base, boolean canManage);

        static native TemplateInstance show(Forum forum, List<ForumSession> sessions, LocalDate today,
                boolean canManage, ForumSessionForm sessionForm, FormErrors sessionErrors, ForumSession editing,
                ForumSession conflict);

        static native TemplateInstance form(ForumForm form, FormErrors errors, Forum existing, Forum conflict,
                List<ForumSpace> spaces, List<CivilSocietyEntry> entries);
    }

    @GET
    public TemplateInstance index(@QueryParam("q") String q, @QueryParam("space") String space,
            @QueryParam("page") Integer page) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        ForumSpace chosen = ForumForm.option(ForumSpace.class, space);
        Paging<Forum> paging = Paging.load(page, Paging.DEFAULT_SIZE, Forum.countMatching(q, chosen),
                index -> Forum.search(q, chosen, index, Paging.DEFAULT_SIZE));
        return Templates.index(paging, q, chosen, List.of(ForumSpace.values()),
                Links.base("/forums", "q", q, "space", chosen == null ? null : chosen.name()), canManage());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        permissions.check(ForumAction.MANAGE_FORUMS, Scoped.NETWORK);
        return form(ForumForm.empty(), FormErrors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        ForumForm form = ForumForm.from(new FormData(fields));
        try {
            Forum f = workflow.create(form);
            return flash.redirect("/forums/" + f.id, texts.get("mufakat.forum.created", f.acronym));
        } catch (FormInvalidException e) {
            return failed(e, form(form, e.errors(), null, null));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        return show(workflow.find(id), ForumSessionForm.empty(), FormErrors.none(), null, null);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Forum f = workflow.find(id);
        permissions.check(ForumAction.MANAGE_FORUMS, f);
        return form(ForumForm.of(f), FormErrors.none(), f, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        ForumForm form = ForumForm.from(new FormData(fields));
        try {
            Forum f = workflow.update(id, form);
            return flash.redirect("/forums/" + f.id, texts.get("mufakat.saved"));
        } catch (FormInvalidException e) {
            Forum current = workflow.find(id);
            boolean conflict = e.isConflict();
            return failed(e, form(conflict ? form.withVersion(current.version) : form, e.errors(), current,
                    conflict ? current : null));
        }
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSession(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        ForumSessionForm form = ForumSessionForm.from(new FormData(fields));
        try {
            ForumSession s = workflow.addSession(id, form);
            return flash.redirect("/forums/" + id, texts.get("mufakat.forum.sessionAdded", s.title));
        } catch (FormInvalidException e) {
            return failed(e, show(workflow.find(id), form, e.errors(), null, null));
        }
    }

    @GET
    @Path("{id}/sessions/{sessionId}/edit")
    public TemplateInstance editSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        ForumSession s = workflow.findSession(id, sessionId);
        permissions.check(ForumAction.MANAGE_FORUMS, s.forum);
        return show(s.forum, ForumSessionForm.of(s), FormErrors.none(), s, null);
    }

    @POST
    @Path("{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            MultivaluedMap<String, String> fields) {
        ForumSessionForm form = ForumSessionForm.from(new FormData(fields));
        try {
            workflow.updateSession(id, sessionId, form);
            return flash.redirect("/forums/" + id, texts.get("mufakat.saved"));
        } catch (FormInvalidException e) {
            ForumSession current = workflow.findSession(id, sessionId);
            boolean conflict = e.isConflict();
            return failed(e, show(current.forum, conflict ? form.withVersion(current.version) : form, e.errors(),
                    current, conflict ? current : null));
        }
    }

    /** The form again with its messages: 409 when someone else saved first (the page shows their values), else 400. */
    private static Response failed(FormInvalidException e, TemplateInstance page) {
        return Response.status(e.isConflict() ? 409 : 400).entity(page).build();
    }

    private TemplateInstance show(Forum f, ForumSessionForm sessionForm, FormErrors sessionErrors,
            ForumSession editing, ForumSession conflict) {
        return Templates.show(f, ForumSession.listForForum(f), calendar.today(), canManage(), sessionForm,
                sessionErrors, editing, conflict);
    }

    private static TemplateInstance form(ForumForm form, FormErrors errors, Forum existing, Forum conflict) {
        return Templates.form(form, errors, existing, conflict, List.of(ForumSpace.values()),
                List.of(CivilSocietyEntry.values()));
    }

    private boolean canManage() {
        return permissions.may(ForumAction.MANAGE_FORUMS, Scoped.NETWORK);
    }
}
