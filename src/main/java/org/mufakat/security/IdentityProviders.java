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
     * The sign-in form (j_security_check) and HTTP Basic on the API. A refused form sign-in leaves a short-lived
     * cookie so the sign-in page can say so.
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
            Uni<SecurityIdentity> identity = context.runBlocking(
                    () -> signIn.withPassword(request.getUsername(), password, interactive));
            if (!interactive) {
                return identity;
            }
            return identity.onFailure().invoke(() -> rc.response().addCookie(Cookie.cookie(LoginPage.FAILED_COOKIE,
                    "1").setPath("/login").setMaxAge(60).setHttpOnly(true).setSameSite(CookieSameSite.LAX).setSecure(secureCookies)));
        }
    }

    /** The encrypted session cookie of the form mechanism, checked against the account on every request. */
    @ApplicationScoped
    public static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        @Inject
        SignIn signIn;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> signIn.fromSession(request.getPrincipal()));
        }
    }
}
