package org.mufakat.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer mfk_...}: a personal API token ({@link ApiTokens}), checked by
 * {@link SignIn#withToken}. It runs before the other mechanisms and takes only bearer tokens with the prefix; any
 * other bearer token (a Keycloak access token, where Keycloak is on), HTTP Basic and the session cookie go on to
 * theirs. A refused token is final: 401, never another mechanism's guess.
 */
@ApplicationScoped
public class ApiTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    /** The token of one request. */
    public static final class TokenRequest extends BaseAuthenticationRequest {
        private final String token;

        TokenRequest(String token) {
            this.token = token;
        }

        String token() {
            return token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = token(context.request().getHeader(HttpHeaderNames.AUTHORIZATION));
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new TokenRequest(token), context));
    }

    /** The personal API token in an Authorization header, or null when it holds none. */
    static String token(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).strip();
        return ApiTokens.recognised(token) ? token : null;
    }

    /** Only a request that carried a token is told to bring another; every other one gets the usual challenge. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (token(context.request().getHeader(HttpHeaderNames.AUTHORIZATION)) == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"Mufakat\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenRequest.class);
    }

    /** Before Keycloak's bearer mechanism, HTTP Basic and the session cookie. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
