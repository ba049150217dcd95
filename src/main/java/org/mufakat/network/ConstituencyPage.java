package org.mufakat.network;

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

import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
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

/** Constituencies: everyone signed in reads the list; the secretariat adds, edits and removes. */
@Path("/constituencies")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ConstituencyPage {

    @Inject
    ConstituencyWorkflow workflow;
    @Inject
    Permissions permissions;
    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    Ratifications ratifications;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<Constituency> paging, String q, String base, boolean canManage);

        static native TemplateInstance show(Constituency constituency, List<MemberOrganisation> organisations,
                List<RoleGrant> focalPoints, boolean canManage, boolean canSeeOrganisations,
                List<Ratifications.StateRatifications> ratifications);

        static native TemplateInstance form(ConstituencyForm form, FormErrors errors, Constituency existing,
                Constituency conflict);

        static native TemplateInstance delete(Constituency constituency, FormErrors errors);
    }

    @GET
    public TemplateInstance index(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        Paging<Constituency> paging = Paging.load(page, Paging.DEFAULT_SIZE, Constituency.countMatching(q),
                index -> Constituency.search(q, index, Paging.DEFAULT_SIZE));
        return Templates.index(paging, q, Links.base("/constituencies", "q", q), canManage());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        permissions.check(NetworkAction.MANAGE_CONSTITUENCIES, Scoped.NETWORK);
        return Templates.form(ConstituencyForm.empty(), FormErrors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        ConstituencyForm form = ConstituencyForm.from(new FormData(fields));
        try {
            Constituency c = workflow.create(form);
            return flash.redirect("/constituencies/" + c.id, texts.get("mufakat.constituencyCreated", c.name));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.form(form, e.errors(), null, null)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        Constituency c = workflow.find(id);
        boolean seeOrganisations = permissions.may(NetworkAction.VIEW_ORGANISATION, c);
        return Templates.show(c, seeOrganisations ? MemberOrganisation.listForConstituency(c) : List.of(),
                RoleGrant.focalPointsOf(c), canManage(), seeOrganisations, ratifications.forCountry(c.country));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Constituency c = workflow.find(id);
        permissions.check(NetworkAction.MANAGE_CONSTITUENCIES, c);
        return Templates.form(ConstituencyForm.of(c), FormErrors.none(), c, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        ConstituencyForm form = ConstituencyForm.from(new FormData(fields));
        try {
            Constituency c = workflow.update(id, form);
            return flash.redirect("/constituencies/" + c.id, texts.get("mufakat.saved"));
        } catch (FormInvalidException e) {
            Constituency current = workflow.find(id);
            if (e.isConflict()) {
                ConstituencyForm mine = new ConstituencyForm(form.code(), form.name(), form.country(),
                        current.version);
                return Response.status(409).entity(Templates.form(mine, e.errors(), current, current)).build();
            }
            return Response.status(400).entity(Templates.form(form, e.errors(), current, null)).build();
        }
    }

    @GET
    @Path("{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        Constituency c = workflow.find(id);
        permissions.check(NetworkAction.MANAGE_CONSTITUENCIES, c);
        return Templates.delete(c, FormErrors.none());
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") long id) {
        try {
            workflow.delete(id);
            return flash.redirect("/constituencies", texts.get("mufakat.deleted"));
        } catch (FormInvalidException e) {
            return Response.status(409).entity(Templates.delete(workflow.find(id), e.errors())).build();
        }
    }

    private boolean canManage() {
        return permissions.may(NetworkAction.MANAGE_CONSTITUENCIES, Scoped.NETWORK);
    }
}
