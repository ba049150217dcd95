package org.mufakat.submission;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

import org.mufakat.forum.ForumSession;
import org.mufakat.network.Countries;
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
 * Allies and champions: the list (filtered by kind and country), one ally, and for the secretariat and the convenor
 * the forms to add and change one and the page that confirms a deletion.
 */
@Path("/allies")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AllyPage {

    @Inject
    AllyWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<Ally> paging, AllyKind kind, String country, List<AllyKind> kinds,
                List<String> countries, String base, boolean mayMaintain);

        static native TemplateInstance show(Ally ally, boolean mayMaintain);

        static native TemplateInstance form(AllyForm form, FormErrors errors, Ally existing, Ally conflict,
                List<AllyKind> kinds, List<String> countries, List<ForumSession> sessions);

        static native TemplateInstance delete(Ally ally, FormErrors errors);
    }

    /** Filters outside their lists are read as none. */
    @GET
    public TemplateInstance index(@QueryParam("kind") String kind, @QueryParam("country") String country,
            @QueryParam("page") Integer page) {
        AllyKind chosenKind = AllyWorkflow.option(kind);
        String chosenCountry = Countries.asean(country);
        return Templates.index(workflow.list(chosenKind, chosenCountry, page), chosenKind, chosenCountry,
                List.of(AllyKind.values()), Countries.ASEAN, Links.base("/allies", "kind",
                        chosenKind == null ? null : chosenKind.name(), "country", chosenCountry),
                workflow.mayMaintain());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return form(workflow.newForm(), FormErrors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        AllyForm form = AllyForm.from(new FormData(fields));
        try {
            Ally a = workflow.create(form);
            return flash.redirect("/allies/" + a.id, texts.get("mufakat.ally.created", a.name));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(form(form, e.errors(), null, null)).build();
        }
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.show(workflow.view(id), workflow.mayMaintain());
    }

    @GET
    @Path("{id: \\d+}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Ally a = workflow.toChange(id);
        return form(AllyForm.of(a), FormErrors.none(), a, null);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        AllyForm form = AllyForm.from(new FormData(fields));
        try {
            Ally a = workflow.update(id, form);
            return flash.redirect("/allies/" + a.id, texts.get("mufakat.saved"));
        } catch (FormInvalidException e) {
            Ally current = workflow.toChange(id);
            if (e.isConflict()) {
                return Response.status(409).entity(form(form.withVersion(current.version), e.errors(), current,
                        current)).build();
            }
            return Response.status(400).entity(form(form, e.errors(), current, null)).build();
        }
    }

    @GET
    @Path("{id: \\d+}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return Templates.delete(workflow.toChange(id), FormErrors.none());
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        try {
            workflow.delete(id, new FormData(fields).number("version"));
            return flash.redirect("/allies", texts.get("mufakat.deleted"));
        } catch (FormInvalidException e) {
            return Response.status(409).entity(Templates.delete(workflow.toChange(id), e.errors())).build();
        }
    }

    private TemplateInstance form(AllyForm form, FormErrors errors, Ally existing, Ally conflict) {
        return Templates.form(form, errors, existing, conflict, List.of(AllyKind.values()), Countries.ASEAN,
                workflow.sessionChoices(form));
    }

    /** Whether the page shell links to the allies, {@code inject:allies.readable}. */
    @Named("allies")
    @RequestScoped
    public static class Allies {

        @Inject
        AllyWorkflow workflow;

        public boolean readable() {
            return workflow.mayRead();
        }
    }
}
