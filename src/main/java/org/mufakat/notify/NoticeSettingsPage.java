package org.mufakat.notify;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.mufakat.audit.AuditLog;
import org.mufakat.security.CurrentUser;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
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
    CurrentUser user;
    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    Settings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(MailPreference chosen, MailPreference[] choices, boolean hasEmail,
                FormErrors errors);
    }

    @GET
    public TemplateInstance form() {
        MailPreferences.Addressee me = settings.mine();
        return Templates.form(me.preference(), MailPreference.values(), me.hasEmail(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        String value = new FormData(fields).text("preference");
        MailPreference chosen = null;
        for (MailPreference p : MailPreference.values()) {
            if (p.name().equals(value)) {
                chosen = p;
            }
        }
        if (chosen == null) {
            MailPreferences.Addressee me = settings.mine();
            return Response.status(400).entity(Templates.form(me.preference(), MailPreference.values(),
                    me.hasEmail(), FormErrors.none().add("preference", texts.get("mufakat.choose")))).build();
        }
        settings.choose(chosen);
        return flash.redirect("/notices/settings", texts.get("mufakat.notify.saved"));
    }

    /** Reads and changes the signed-in person's own choice, and nobody else's. */
    @jakarta.enterprise.context.RequestScoped
    public static class Settings {

        @Inject
        CurrentUser user;
        @Inject
        MailPreferences preferences;
        @Inject
        AuditLog audit;

        MailPreferences.Addressee mine() {
            MailPreferences.Addressee a = preferences.addressee(user.accountId());
            return a != null ? a : new MailPreferences.Addressee(user.accountId(), user.displayName(), null,
                    MailPreference.IMMEDIATE);
        }

        @Transactional
        void choose(MailPreference preference) {
            preferences.set(user.accountId(), preference);
            audit.record(user.username(), "notice.preference-changed", "Account", String.valueOf(user.accountId()),
                    preference.name());
        }
    }
}
