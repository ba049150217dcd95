package org.mufakat.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mufakat.web.Flash;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The secretariat's round import: a form taking the JSON file of a round export and a "dry run" box; a dry run shows
 * the report of what would be created, an import redirects to the new round with the report in a flash message.
 */
@Path("/rounds/import")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    @Inject
    RoundImport workflow;
    @Inject
    Flash flash;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(boolean dryRun, ImportReport report, FormErrors errors);
    }

    @GET
    public TemplateInstance form() {
        workflow.checkMayImport();
        return Templates.form(true, null, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importRound(@RestForm("file") FileUpload file, @RestForm String dryRun) {
        boolean dry = dryRun != null;
        workflow.checkMayImport();
        try {
            ImportReport report = workflow.importRound(read(file), dry);
            if (report.dryRun()) {
                return Response.ok(Templates.form(true, report, FormErrors.none())).build();
            }
            return flash.redirect("/rounds/" + report.roundId(), report.message());
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.form(dry, null, e.errors())).build();
        }
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return null;
        }
        if (file.size() > RoundImport.MAX_BYTES) {
            return new byte[RoundImport.MAX_BYTES + 1];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether to offer the import link, for the rounds page ({@code inject:imports.offered}). */
    @Named("imports")
    @RequestScoped
    public static class Imports {

        @Inject
        RoundImport workflow;

        public boolean offered() {
            return workflow.mayImport();
        }
    }
}
