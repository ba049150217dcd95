package org.mufakat.submission;

import jakarta.annotation.security.PermitAll;
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

import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public page of a submission the convenor published, for anyone, signed in or not ({@code @PermitAll}; the
 * page shell shows no one's navigation under {@code /public/}): what {@link PublicationWorkflow.PublicView} holds,
 * and a form to check a pasted text against its checksum. An unknown or unpublished number is the same 404.
 */
@Path("/public/submissions/{trackingNumber}")
@RequestScoped
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicSubmissionPage {

    @Inject
    PublicationWorkflow publication;

    @PathParam("trackingNumber")
    String trackingNumber;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(PublicationWorkflow.PublicView view, String text,
                SubmissionWorkflow.Verification result, FormErrors errors);
    }

    @GET
    public TemplateInstance show() {
        return Templates.show(publication.published(trackingNumber), null, null, FormErrors.none());
    }

    /** Checks a pasted text; changes nothing. Line breaks from the form (CR LF) are read as line feeds. */
    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(MultivaluedMap<String, String> fields) {
        PublicationWorkflow.PublicView view = publication.published(trackingNumber);
        String raw = new FormData(fields).secret("text");
        String text = raw == null ? null : raw.replace("\r\n", "\n");
        try {
            return Response.ok(Templates.show(view, text, publication.verify(trackingNumber, text),
                    FormErrors.none())).build();
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.show(view, text, null, e.errors())).build();
        }
    }
}
