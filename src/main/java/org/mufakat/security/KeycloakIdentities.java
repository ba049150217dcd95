package org.mufakat.security;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns an identity that quarkus-oidc made from a Keycloak token (a browser session or an API bearer token) into a
 * Mufakat one: the person's account, with the roles of its grants, through {@link SignIn#withKeycloak}. Identities
 * from passwords already carry their account and pass unchanged.
 * <p>
 * A refused browser session ends here: its cookies are removed and the browser is sent to a page that says so. A
 * refused bearer token is a 401.
 */
@ApplicationScoped
public class KeycloakIdentities implements SecurityIdentityAugmentor {

    /** Put on the request by quarkus-oidc when an authorization code has just been exchanged for tokens. */
    static final String NEW_AUTHENTICATION = "new_authentication";
    /** The prefix of the OIDC session cookie of the default tenant and of its chunks. */
    static final String SESSION_COOKIE = "q_session";

    @Inject
    SignIn signIn;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || identity.getAttribute(SignIn.ACCOUNT_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (rc == null) {
            rc = identity.getAttribute(RoutingContext.class.getName());
        }
        boolean browser = identity.getCredential(IdTokenCredential.class) != null;
        boolean interactive = browser && rc != null && Boolean.TRUE.equals(rc.get(NEW_AUTHENTICATION));
        ExternalIdentity person = KeycloakClaims.read(token);
        Uni<SecurityIdentity> result = context.runBlocking(() -> signIn.withKeycloak(person, identity, interactive));
        if (!browser || rc == null) {
            return result;
        }
        RoutingContext request = rc;
        return result.onFailure(AuthenticationFailedException.class).transform(e -> {
            endSession(request);
            return new AuthenticationRedirectException(302, LoginPage.KEYCLOAK_REFUSED);
        });
    }

    /** Removes the OIDC session cookie (and its chunks) from the browser. */
    static void endSession(RoutingContext rc) {
        for (String name : rc.request().cookieMap().keySet()) {
            if (name.startsWith(SESSION_COOKIE)) {
                rc.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0));
            }
        }
    }
}
