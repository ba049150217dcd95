package org.mufakat.network;

import java.util.List;
import java.util.Set;

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

import org.mufakat.security.CurrentUser;
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

/**
 * Member organisations. The list shows only constituencies the user may see; the secretariat manages all, a focal
 * point those of their own constituency.
 */
@Path("/organisations")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OrganisationPage {

    @Inject
    OrganisationWorkflow workflow;
    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<MemberOrganisation> paging, String q, Long constituency,
                List<Constituency> constituencies, String base, boolean canAdd);

        static native TemplateInstance show(MemberOrganisation organisation, boolean canManage);

        static native TemplateInstance form(OrganisationForm form, FormErrors errors, MemberOrganisation existing,
                List<Constituency> constituencies, MemberOrganisation conflict);

        static native TemplateInstance delete(MemberOrganisation organisation, FormErrors errors);
    }

    @GET
    public TemplateInstance index(@QueryParam("q") String q, @QueryParam("constituency") Long constituency,
            @QueryParam("page") Integer page) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        Set<Long> visible = permissions.visibleConstituencies().orElse(null);
        Paging<MemberOrganisation> paging = Paging.load(page, Paging.DEFAULT_SIZE,
                MemberOrganisation.countMatching(q, constituency, visible),
                index -> MemberOrganisation.search(q, constituency, visible, index, Paging.DEFAULT_SIZE));
        List<Constituency> choices = Constituency.listAllByName().stream()
                .filter(c -> visible == null || visible.contains(c.id)).toList();
        return Templates.index(paging, q, constituency, choices, Links.base("/organisations", "q", q,
                "constituency", constituency == null ? null : constituency.toString()), !manageable().isEmpty());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm(@QueryParam("constituency") Long constituency) {
        List<Constituency> choices = manageable();
        if (choices.isEmpty()) {
            permissions.check(NetworkAction.MANAGE_ORGANISATION, Scoped.constituency(constituency));
        }
        Long preselected = constituency != null ? constituency : choices.size() == 1 ? choices.get(0).id : null;
        return Templates.form(OrganisationForm.empty(preselected), FormErrors.none(), null, choices, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        OrganisationForm form = OrganisationForm.from(new FormData(fields));
        try {
            MemberOrganisation o = workflow.create(form);
            return flash.redirect("/organisations/" + o.id, texts.get("mufakat.organisationCreated", o.name));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.form(form, e.errors(), null, manageable(), null)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        MemberOrganisation o = workflow.view(id);
        return Templates.show(o, permissions.may(NetworkAction.MANAGE_ORGANISATION, o));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        MemberOrganisation o = workflow.view(id);
        permissions.check(NetworkAction.MANAGE_ORGANISATION, o);
        return Templates.form(OrganisationForm.of(o), FormErrors.none(), o, manageable(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        OrganisationForm form = OrganisationForm.from(new FormData(fields));
        try {
            MemberOrganisation o = workflow.update(id, form);
            return flash.redirect("/organisations/" + o.id, texts.get("mufakat.saved"));
        } catch (FormInvalidException e) {
            MemberOrganisation current = workflow.view(id);
            if (e.isConflict()) {
                OrganisationForm mine = new OrganisationForm(form.constituencyId(), form.name(), form.acronym(),
                        form.contactName(), form.contactEmail(), form.contactPhone(), form.website(),
                        current.version);
                return Response.status(409)
                        .entity(Templates.form(mine, e.errors(), current, manageable(), current)).build();
            }
            return Response.status(400).entity(Templates.form(form, e.errors(), current, manageable(), null))
                    .build();
        }
    }

    @GET
    @Path("{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        MemberOrganisation o = workflow.view(id);
        permissions.check(NetworkAction.MANAGE_ORGANISATION, o);
        return Templates.delete(o, FormErrors.none());
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") long id) {
        try {
            workflow.delete(id);
            return flash.redirect("/organisations", texts.get("mufakat.deleted"));
        } catch (FormInvalidException e) {
            return Response.status(409).entity(Templates.delete(workflow.view(id), e.errors())).build();
        }
    }

    /** Constituencies whose organisations this user may add or change. */
    private List<Constituency> manageable() {
        return Constituency.listAllByName().stream()
                .filter(c -> permissions.may(NetworkAction.MANAGE_ORGANISATION, c)).toList();
    }
}
