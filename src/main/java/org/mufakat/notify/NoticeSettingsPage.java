package org.mufakat.notify;

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

/** Each person's own choice of how notices reach them by e-mail: at once, in a daily digest, or not at all. */
@Path("/notices/settings")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NoticeSettingsPage {

    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    NoticeWorkflow workflow;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(MailPreference chosen, MailPreference[] choices, boolean hasEmail,
                FormErrors errors);
    }

    @GET
    public TemplateInstance form() {
        MailPreferences.Addressee me = workflow.settings();
        return Templates.form(me.preference(), MailPreference.values(), me.hasEmail(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        try {
            workflow.choose(new FormData(fields).text("preference"));
            return flash.redirect("/notices/settings", texts.get("mufakat.notify.saved"));
        } catch (FormInvalidException e) {
            MailPreferences.Addressee me = workflow.settings();
            return Response.status(400).entity(Templates.form(me.preference(), MailPreference.values(),
                    me.hasEmail(), e.errors())).build();
        }
    }
}
