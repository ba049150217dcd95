package org.mufakat.network;


import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** Each person changes their own password here; then they sign in again with it (all their sessions end). */
@Path("/password")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PasswordPage {

    @Inject
    AccountWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormErrors errors);
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(MultivaluedMap<String, String> fields) {
        try {
            workflow.changeOwnPassword(PasswordForm.from(new FormData(fields)));
            return flash.redirect("/login", texts.get("mufakat.passwordChanged"));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.form(e.errors())).build();
        }
    }
}
