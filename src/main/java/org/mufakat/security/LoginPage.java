package org.mufakat.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;
import org.mufakat.web.Flash;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/** The sign-in form (posted to Quarkus' j_security_check) and sign-out. */
@Path("/")
@PermitAll
public class LoginPage {

    static final String FAILED_COOKIE = "mufakat-signin-failed";

    @Inject
    CurrentUser user;
    @Inject
    SecurityIdentity identity;
    @Inject
    AuditLog audit;
    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    RoutingContext rc;

    @ConfigProperty(name = "mufakat.login.lock-minutes")
    int lockMinutes;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, int lockMinutes);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@CookieParam(FAILED_COOKIE) String failed) {
        return form(failed != null);
    }

    /** Where a refused sign-in lands: the form again, with a message that does not say which part was wrong. */
    @GET
    @Path("login/failed")
    @Produces(MediaType.TEXT_HTML)
    public Response failed() {
        return form(true);
    }

    private Response form(boolean failed) {
        if (user.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.login(failed, lockMinutes))
                .cookie(new NewCookie.Builder(FAILED_COOKIE).path("/login").maxAge(0).value("").build()).build();
    }

    /** Ends the session: the encrypted session cookie is removed. */
    @POST
    @Path("logout")
    public Response logout() {
        if (user.isSignedIn()) {
            audit.recordSeparately(user.username(), "signout", "Account", String.valueOf(user.accountId()), null);
            FormAuthenticationMechanism.logout(rc);
        }
        return flash.redirect("/login", texts.get("mufakat.signedOut"));
    }
}
