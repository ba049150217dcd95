package org.mufakat.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
    public Response login(@QueryParam("error") String error) {
        if (user.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.login(error != null, lockMinutes)).build();
    }

    /** Ends the session: the encrypted session cookie is removed. */
    @POST
    @Path("logout")
    public Response logout() {
        if (user.isSignedIn()) {
            audit.recordSeparately(user.username(), "signout", "Account", String.valueOf(user.accountId()), null);
            FormAuthenticationMechanism.logout(rc);
        }
        flash.set(texts.get("mufakat.signedOut"));
        return Response.seeOther(URI.create("/login")).build();
    }
}
