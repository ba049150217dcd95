package org.mufakat.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * A stand-in Keycloak for tests (quarkus-test-oidc-server's WireMock, no Keycloak server): tokens signed with its
 * key, the token endpoint answering one authorization code, and a cookie-keeping client that walks the code flow.
 */
final class KeycloakMock {

    /** The issuer of the mock's discovery document, hence of every token it accepts. */
    static final String ISSUER = "https://server.example.com";
    static final String CLIENT_ID = "mufakat";
    static final String REALM_PATH = "/auth/realms/quarkus";

    private KeycloakMock() {
    }

    /** Keycloak switched on beside local passwords, against the mock. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mufakat.keycloak.enabled", "true",
                    "mufakat.keycloak.url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.credentials.secret", "mock-client-secret");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    /** Keycloak only: local sign-in switched off. */
    public static class OnlyProfile extends Profile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("mufakat.login.local", "false");
            return config;
        }
    }

    /** A signed token as Keycloak issues it, with realm roles and group paths. */
    static String token(String subject, String username, String audience, List<String> roles, List<String> groups) {
        return token(ISSUER, subject, username, audience, roles, groups, 300);
    }

    static String token(String issuer, String subject, String username, String audience, List<String> roles,
            List<String> groups, long expiresIn) {
        JwtClaimsBuilder claims = Jwt.claims().issuer(issuer).subject(subject).audience(audience)
                .claim("preferred_username", username).claim("name", "Person " + username)
                .claim("email", username + "@example.org").claim("realm_access", Map.of("roles", roles))
                .issuedAt(System.currentTimeMillis() / 1000 - 10)
                .expiresAt(System.currentTimeMillis() / 1000 + expiresIn);
        if (!groups.isEmpty()) {
            claims.groups(Set.copyOf(groups));
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /**
     * A signed token without {@code preferred_username}, only an e-mail address (as a client without the profile
     * scope, or a realm mapper, could produce).
     */
    static String tokenWithOnlyEmail(String subject, String email, List<String> roles) {
        return Jwt.claims().issuer(ISSUER).subject(subject).audience(CLIENT_ID).claim("email", email)
                .claim("email_verified", false).claim("realm_access", Map.of("roles", roles))
                .issuedAt(System.currentTimeMillis() / 1000 - 10).expiresAt(System.currentTimeMillis() / 1000 + 300)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** The token endpoint answers this code (sent with a PKCE verifier) with this ID token. */
    static void answerCode(WireMockServer server, String code, String idToken) {
        server.stubFor(post(REALM_PATH + "/token").atPriority(1)
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=" + code))
                .withRequestBody(containing("code_verifier="))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + idToken + "\",\"id_token\":\"" + idToken
                                + "\",\"refresh_token\":\"refresh-" + code + "\",\"token_type\":\"Bearer\","
                                + "\"expires_in\":300}")));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A browser without JavaScript: keeps cookies, follows no redirect by itself. */
    static final class Browser {
        private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");
        final Map<String, String> cookies = new HashMap<>();

        RequestSpecification request() {
            return given().redirects().follow(false).cookies(cookies);
        }

        Response get(String pathAndQuery) {
            return keep(request().urlEncodingEnabled(false).get(pathAndQuery));
        }

        /** Opens a page, takes its CSRF token and posts the form to {@code action}. */
        Response submit(String page, String action) {
            Matcher m = TOKEN.matcher(get(page).asString());
            String token = m.find() ? m.group(1) : "";
            return keep(request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                    .post(action));
        }

        boolean has(String cookiePrefix) {
            return cookies.keySet().stream().anyMatch(n -> n.startsWith(cookiePrefix));
        }

        /**
         * Walks the code flow as far as Keycloak's answer: the Keycloak button, then the browser's return with this
         * code. Returns the authorization request it was sent to and the app's answer to the return.
         */
        URI[] signInThroughKeycloak(WireMockServer server, String code, String idToken) {
            answerCode(server, code, idToken);
            Response start = get("/login/keycloak");
            if (start.statusCode() != 302) {
                throw new AssertionError("the Keycloak button did not redirect: " + start.statusCode());
            }
            URI authorization = URI.create(start.header("Location"));
            String state = query(authorization).get("state");
            Response back = get("/login/keycloak?code=" + code + "&state=" + state);
            return new URI[] { authorization, URI.create(back.header("Location") == null ? "" : back.header("Location")) };
        }

        private Response keep(Response r) {
            r.getDetailedCookies().forEach(c -> {
                if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c.getValue());
                }
            });
            return r;
        }
    }
}
