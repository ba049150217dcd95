package org.mufakat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/** Connects Quarkus' form and Basic mechanisms to {@link SignIn}. */
public final class IdentityProviders {

    private IdentityProviders() {
    }

    /**
     * The sign-in form (j_security_check) and HTTP Basic on the API. A form sign-in must carry the token of its page
     * ({@link SignInToken}). A refused form sign-in leaves a short-lived cookie so the sign-in page can say why:
     * {@code 1} wrong, {@code wait-N} too many attempts (try again in N seconds), {@code form} no token. A delayed
     * attempt also answers {@code Retry-After}.
     */
    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        SignIn signIn;
        @ConfigProperty(name = "mufakat.secure-cookies")
        boolean secureCookies;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
            boolean interactive = rc != null && rc.normalizedPath().endsWith("/j_security_check");
            String password = new String(request.getPassword().getPassword());
            String address = ClientAddress.of(rc);
            Uni<SecurityIdentity> identity = interactive && !SignInToken.carried(rc)
                    ? context.runBlocking(() -> signIn.refuseForm(request.getUsername(), address))
                    : context.runBlocking(
                            () -> signIn.withPassword(request.getUsername(), password, interactive, address));
            if (rc != null) {
                identity = identity.onFailure(e -> SignIn.retryAfter(e) != null).invoke(e -> rc.response()
                        .putHeader("Retry-After", Long.toString(SignIn.retryAfter(e))));
            }
            if (!interactive) {
                return identity;
            }
            return identity.onFailure().invoke(e -> rc.response().addCookie(Cookie.cookie(LoginPage.FAILED_COOKIE,
                    failure(e, rc)).setPath("/login").setMaxAge(60).setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(secureCookies)));
        }

        private static String failure(Throwable e, RoutingContext rc) {
            Long wait = SignIn.retryAfter(e);
            if (wait != null) {
                return "wait-" + wait;
            }
            return SignInToken.carried(rc) ? "1" : "form";
        }
    }

    /** A personal API token, from {@link ApiTokenMechanism}. */
    @ApplicationScoped
    public static class Token implements IdentityProvider<ApiTokenMechanism.TokenRequest> {

        @Inject
        SignIn signIn;

        @Override
        public Class<ApiTokenMechanism.TokenRequest> getRequestType() {
            return ApiTokenMechanism.TokenRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiTokenMechanism.TokenRequest request,
                AuthenticationRequestContext context) {
            String address = ClientAddress.of(HttpSecurityUtils.getRoutingContextAttribute(request));
            return context.runBlocking(() -> signIn.withToken(request.token(), address));
        }
    }

    /** The encrypted session cookie of the form mechanism, checked against the account on every request. */
    @ApplicationScoped
    public static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
        String sessionCookie;

        @Inject
        SignIn signIn;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
            return context.runBlocking(() -> signIn.fromSession(request.getPrincipal())).onFailure().invoke(() -> {
                // An ended session: the browser drops its cookie, so the sign-in page it is sent to shows the form.
                if (rc != null && rc.request().getCookie(sessionCookie) != null) {
                    rc.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0));
                }
            });
        }
    }
}
