package org.mufakat.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
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

import org.mufakat.security.Audience;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The export panel of a round: each format with what it holds, its size and its download link for the chosen
 * register and edition, and the convenor's foreword form.
 */
@Path("/rounds/{roundId}/export")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ExportPage {

    @Inject
    ExportWorkflow workflow;
    @Inject
    BookFiles files;
    @Inject
    TableFiles tables;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @PathParam("roundId")
    long roundId;

    /** One line of the panel: a format, its size in KB (null while not known) and its link. */
    public record Line(ExportFormat format, String kilobytes, boolean busy, String href) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ExportWorkflow.Panel panel, String register, String edition,
                List<Line> lines, ForewordForm form, FormErrors errors);
    }

    @GET
    public Response index(@QueryParam("register") String register, @QueryParam("edition") String edition) {
        ExportWorkflow.Panel panel = workflow.panel(roundId);
        ForewordForm form = panel.mayWriteForeword() ? ForewordForm.of(panel.foreword()) : null;
        try {
            return Response.ok(page(panel, register, edition, form, FormErrors.none())).build();
        } catch (FormInvalidException e) {
            return Response.status(400).entity(page(panel, null, null, form, e.errors())).build();
        }
    }

    @POST
    @Path("foreword")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveForeword(MultivaluedMap<String, String> fields) {
        ForewordForm form = ForewordForm.from(new FormData(fields));
        try {
            workflow.saveForeword(roundId, form);
            return flash.redirect("/rounds/" + roundId + "/export#foreword",
                    texts.get("mufakat.export.forewordSaved"));
        } catch (FormInvalidException e) {
            ExportWorkflow.Panel panel = workflow.panel(roundId);
            ForewordForm shown = e.isConflict() ? form.withVersion(workflow.forewordVersion(roundId)) : form;
            return Response.status(e.isConflict() ? 409 : 400)
                    .entity(page(panel, null, null, shown, e.errors())).build();
        }
    }

    private TemplateInstance page(ExportWorkflow.Panel panel, String register, String edition, ForewordForm form,
            FormErrors errors) {
        Audience.Register r = ExportApi.register(register, texts);
        Edition e = Edition.parse(edition).orElseThrow(() -> FormInvalidException.field("edition",
                texts.get("mufakat.export.editionInvalid")));
        if (e == Edition.INTERNAL && !panel.mayExportInternal()) {
            e = Edition.PUBLIC;
        }
        String query = "&register=" + r.name() + "&edition=" + e.param();
        ResourceBook book = errors.isEmpty() ? workflow.book(roundId, r, e) : null;
        List<Line> lines = new ArrayList<>();
        ExportWorkflow.TableReader reader = errors.isEmpty() ? workflow.tableReader(roundId, r, e) : null;
        for (ExportFormat f : ExportFormat.values()) {
            Optional<Long> size = book == null ? Optional.empty()
                    : f.isBook() ? files.size(book, f)
                    : Optional.of(tables.size(roundId, reader.audience(), f));
            lines.add(new Line(f, size.map(ExportPage::kilobytes).orElse(null), f.isBook() && size.isEmpty(),
                    "/api/v1/rounds/" + roundId + "/export?format=" + f.param() + query));
        }
        return Templates.index(panel, r.name(), e.name(), lines, form, errors);
    }

    private static String kilobytes(long bytes) {
        return String.valueOf(Math.max(1, (bytes + 512) / 1024));
    }
}
