package org.mufakat.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

import io.quarkus.arc.Arc;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/**
 * The sign-in page: the local form (posted to Quarkus' j_security_check) and the "Sign in with Keycloak" button, each
 * shown when switched on; the end of the Keycloak code flow; and sign-out, which for a Keycloak session also ends the
 * session in Keycloak (RP-initiated logout).
 */
@Path("/")
@PermitAll
public class LoginPage {

    static final String FAILED_COOKIE = "mufakat-signin-failed";
    /** Where the Keycloak button leads and where Keycloak sends the browser back (the one redirect URI). */
    static final String KEYCLOAK = "/login/keycloak";
    /** Where a Keycloak sign-in that Mufakat refuses ends up. */
    static final String KEYCLOAK_REFUSED = "/login/keycloak/refused";
    /** The page asked for before sign-in, remembered by the error mapper (the cookie of Quarkus' form sign-in). */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";

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
    @Inject
    Keycloak keycloak;

    @Inject
    AccountDirectory directory;

    @ConfigProperty(name = "mufakat.secure-cookies")
    boolean secureCookies;

    /** Which problem the page reports, if any. */
    enum Problem { NONE, FAILED, THROTTLED, FORM_EXPIRED, KEYCLOAK_REFUSED, KEYCLOAK_INCOMPLETE }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Problem problem, long waitSeconds, boolean localSignIn,
                String keycloakName, String token);
    }

    /** The form; after a refused sign-in (see {@link IdentityProviders.Password}) with the reason it may tell. */
    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@CookieParam(FAILED_COOKIE) String failed) {
        return failed == null ? form(Problem.NONE, 0) : refused(failed);
    }

    /** Where a refused sign-in lands: the form again, with a message that does not say which part was wrong. */
    @GET
    @Path("login/failed")
    @Produces(MediaType.TEXT_HTML)
    public Response failed(@CookieParam(FAILED_COOKIE) String failed) {
        return refused(failed == null ? "1" : failed);
    }

    private Response refused(String reason) {
        if (reason.equals("form")) {
            return form(Problem.FORM_EXPIRED, 0);
        }
        if (reason.matches("wait-\\d{1,7}")) {
            return form(Problem.THROTTLED, Long.parseLong(reason.substring(5)));
        }
        return form(Problem.FAILED, 0);
    }

    /**
     * The end of a Keycloak sign-in. The path is guarded by the code flow (see application.properties), so a visitor
     * who is not signed in never gets here: quarkus-oidc sends them to Keycloak first, and back here afterwards.
     * Then on to the page they first asked for, or the dashboard.
     */
    @GET
    @Path("login/keycloak")
    @Produces(MediaType.TEXT_HTML)
    public Response keycloakDone(@CookieParam(LOCATION_COOKIE) String location) {
        if (!keycloak.enabled()) {
            throw new NotFoundException();
        }
        if (!user.isSignedIn()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.seeOther(URI.create(localPath(location)))
                .cookie(new NewCookie.Builder(LOCATION_COOKIE).path("/").maxAge(0).value("").build()).build();
    }

    /** Keycloak signed the person in, but Mufakat refused the account (disabled, or linked to someone else). */
    @GET
    @Path("login/keycloak/refused")
    @Produces(MediaType.TEXT_HTML)
    public Response keycloakRefused() {
        return form(Problem.KEYCLOAK_REFUSED, 0);
    }

    /** Keycloak answered with an error (the person cancelled, or the client is misconfigured). */
    @GET
    @Path("login/keycloak/failed")
    @Produces(MediaType.TEXT_HTML)
    public Response keycloakFailed() {
        return form(Problem.KEYCLOAK_INCOMPLETE, 0);
    }

    private Response form(Problem problem, long waitSeconds) {
        if (user.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        String token = keycloak.localSignIn() ? SignInToken.issue(rc, secureCookies) : null;
        return Response.ok(Templates.login(problem, waitSeconds, keycloak.localSignIn(),
                keycloak.enabled() ? keycloak.name() : null, token))
                .cookie(new NewCookie.Builder(FAILED_COOKIE).path("/login").maxAge(0).value("").build()).build();
    }

    /**
     * Ends the session, and every other session of the account (a copy of the cookie taken before sign-out no longer
     * works: the account's session generation is raised). A local session's encrypted cookie is removed. A Keycloak
     * session's cookie is removed too, and the browser is sent to Keycloak's end-session endpoint, which ends the
     * Keycloak session and sends it back to the sign-in page.
     */
    @POST
    @Path("logout")
    public Response logout() {
        if (user.isSignedIn()) {
            directory.endSessions(user.accountId());
            audit.recordSeparately(user.username(), "signout", "Account", String.valueOf(user.accountId()),
                    "every session of the account ended");
            IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
            if (idToken != null) {
                URI endSession = keycloakEndSession(idToken.getToken());
                Arc.container().instance(OidcSession.class).get().logout().await().indefinitely();
                KeycloakIdentities.endSession(rc);
                flash.set(texts.get("mufakat.signedOut"));
                return Response.seeOther(endSession).build();
            }
            FormAuthenticationMechanism.logout(rc);
        }
        return flash.redirect("/login", texts.get("mufakat.signedOut"));
    }

    private URI keycloakEndSession(String idToken) {
        String endpoint = Arc.container().instance(OidcConfigurationMetadata.class).get().getEndSessionUri();
        String back = URI.create(rc.request().absoluteURI()).resolve("/login").toString();
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + "client_id=" + encode(keycloak.clientId())
                + "&id_token_hint=" + encode(idToken) + "&post_logout_redirect_uri=" + encode(back));
    }

    /** The path and query of a remembered page on this server; anything else becomes the dashboard. */
    static String localPath(String remembered) {
        if (remembered == null || remembered.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(remembered);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
