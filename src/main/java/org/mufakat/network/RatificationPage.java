package org.mufakat.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** The ratification matrix (states × instruments) for everyone signed in, and the form that changes one cell. */
@Path("/ratifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RatificationPage {

    @Inject
    RatificationWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    /** One state's cells in the instruments' order (null where the table has no row). */
    public record StateRow(String state, List<Ratification> cells) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<StateRow> rows, List<Instrument> instruments, boolean canManage);

        static native TemplateInstance form(Ratification cell, RatificationForm form, FormErrors errors,
                Ratification conflict);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(rows(workflow.matrix()), Arrays.asList(Instrument.values()), workflow.mayManage());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Ratification r = workflow.toEdit(id);
        return Templates.form(r, RatificationForm.of(r), FormErrors.none(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        RatificationForm form = RatificationForm.from(new FormData(fields));
        try {
            Ratification r = workflow.update(id, form);
            return flash.redirect("/ratifications#r" + r.id, texts.get("mufakat.ratification.saved", r.state,
                    r.instrument.name()));
        } catch (FormInvalidException e) {
            Ratification current = workflow.toEdit(id);
            if (e.isConflict()) {
                return Response.status(409).entity(Templates.form(current, form.withVersion(current.version),
                        e.errors(), current)).build();
            }
            return Response.status(400).entity(Templates.form(current, form, e.errors(), null)).build();
        }
    }

    static List<StateRow> rows(List<Ratification> matrix) {
        Map<String, Ratification[]> byState = new LinkedHashMap<>();
        for (Ratification r : matrix) {
            byState.computeIfAbsent(r.state, s -> new Ratification[Instrument.values().length])[r.instrument
                    .ordinal()] = r;
        }
        List<StateRow> rows = new ArrayList<>();
        byState.forEach((state, cells) -> rows.add(new StateRow(state, Arrays.asList(cells))));
        return rows;
    }
}
