package org.mufakat.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** Keycloak beside local passwords, against quarkus-test-oidc-server's mock: code flow, bearer tokens, sign-out. */
@QuarkusTest
@TestProfile(KeycloakMock.Profile.class)
class KeycloakSignInTest {

    @OidcWireMock
    WireMockServer keycloak;

    @Test
    void theApiDocumentOffersKeycloakAccessTokensBesideBasic() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.keycloak.type", equalTo("http"))
                .body("components.securitySchemes.keycloak.scheme", equalTo("bearer"))
                .body("components.securitySchemes.keycloak.description", containsString("/realms/"))
                .body("components.securitySchemes.basic.scheme", equalTo("basic"))
                .body("paths.'/api/v1/me'.get.security", equalTo(List.of(Map.of("token", List.of()),
                        Map.of("basic", List.of()), Map.of("keycloak", List.of()))));
    }

    @Test
    void firstSignInCreatesTheAccountWithRolesAndScopeFromKeycloak() {
        Constituency c = TestData.constituency("Keycloakland");
        MemberOrganisation o = TestData.organisation(c, "Keycloak union");
        String username = "kc.focal" + TestData.next();
        String subject = UUID.randomUUID().toString();
        String idToken = KeycloakMock.token(subject, username, KeycloakMock.CLIENT_ID,
                List.of("mufakat-focal-point", "mufakat-member", "offline_access"),
                List.of("/constituencies/" + c.code.toLowerCase(), "/organisations/" + o.id, "/unrelated"));
        KeycloakMock.Browser browser = new KeycloakMock.Browser();

        URI[] flow = browser.signInThroughKeycloak(keycloak, "code-" + subject, idToken);
        Map<String, String> request = KeycloakMock.query(flow[0]);
        assertTrue(flow[0].toString().startsWith(keycloak.baseUrl() + KeycloakMock.REALM_PATH), flow[0].toString());
        assertEquals("code", request.get("response_type"));
        assertEquals(KeycloakMock.CLIENT_ID, request.get("client_id"));
        assertEquals("S256", request.get("code_challenge_method"), "PKCE");
        assertNotNull(request.get("code_challenge"));
        assertTrue(request.get("redirect_uri").matches("http://(localhost|127\\.0\\.0\\.1):\\d+/login/keycloak"),
                request.get("redirect_uri"));
        assertTrue(flow[1].getPath().equals("/login/keycloak"), "back to the exact redirect path: " + flow[1]);
        assertTrue(browser.has("q_session"), "an encrypted session cookie");

        Response done = browser.get("/login/keycloak");
        assertEquals(303, done.statusCode());
        assertTrue(done.header("Location").endsWith("/"), done.header("Location"));
        browser.get("/").then().statusCode(200).body(containsString("Welcome, Person " + username));
        browser.get("/rounds").then().statusCode(200);

        Account a = account(username);
        assertEquals(subject, a.externalSubject);
        assertEquals(Set.of("FOCAL_POINT " + c.code, "MEMBER " + o.name), grants(a));
        assertEquals(1, count(username, "signin"), "one interactive sign-in, however many pages follow");
        assertEquals(1, count("keycloak", "account.created", a));
        assertEquals(2, count("keycloak", "grant.added", a));
        assertNotNull(a.lastLoginAt);
    }

    @Test
    void anExistingAccountWithTheSameUsernameIsLinkedAndKeepsItsOwnGrants() {
        Constituency c = TestData.constituency("Linkland");
        MemberOrganisation o = TestData.organisation(c, "Local union");
        Account local = TestData.account("kc.link").memberOf(o).build();
        String subject = UUID.randomUUID().toString();
        KeycloakMock.Browser browser = new KeycloakMock.Browser();

        browser.signInThroughKeycloak(keycloak, "code-" + subject, KeycloakMock.token(subject, local.username,
                KeycloakMock.CLIENT_ID, List.of("mufakat-observer"), List.of()));
        browser.get("/login/keycloak").then().statusCode(303);
        Account linked = account(local.username);
        assertEquals(local.id, linked.id);
        assertEquals(subject, linked.externalSubject);
        assertEquals(Set.of("MEMBER " + o.name, "OBSERVER"), grants(linked));
        assertEquals(1, count("keycloak", "account.linked", linked));

        // Keycloak takes the observer role away: at the next token the grant goes, the local one stays.
        given().auth().oauth2(KeycloakMock.token(subject, local.username, KeycloakMock.CLIENT_ID, List.of(),
                List.of())).get("/api/v1/me").then().statusCode(200).body("username", equalTo(local.username));
        assertEquals(Set.of("MEMBER " + o.name), grants(account(local.username)));
        assertEquals(1, count("keycloak", "grant.revoked", linked));
    }

    @Test
    void aUsernameLinkedToAnotherKeycloakUserIsRefusedWithAMessage() {
        Account other = TestData.account("kc.taken").observer().build();
        QuarkusTransaction.requiringNew().run(() -> {
            Account a = Account.findById(other.id);
            a.externalSubject = "someone-else-" + other.id;
        });
        String subject = UUID.randomUUID().toString();
        KeycloakMock.Browser browser = new KeycloakMock.Browser();

        URI[] flow = browser.signInThroughKeycloak(keycloak, "code-" + subject, KeycloakMock.token(subject,
                other.username, KeycloakMock.CLIENT_ID, List.of("mufakat-secretariat"), List.of()));
        assertEquals("/login/keycloak/refused", flow[1].getPath());
        assertFalse(browser.has("q_session"), "no session for a refused sign-in");
        browser.get("/login/keycloak/refused").then().statusCode(200).body(containsString("Sign-in refused"));
        assertEquals(Set.of("OBSERVER"), grants(account(other.username)), "nothing granted");
        assertTrue(count(other.username, "signin.failed") >= 1);
        browser.get("/").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void aKeycloakErrorLeadsBackToTheSignInPage() {
        KeycloakMock.Browser browser = new KeycloakMock.Browser();
        Response start = browser.get("/login/keycloak");
        String state = KeycloakMock.query(URI.create(start.header("Location"))).get("state");
        Response back = browser.get("/login/keycloak?error=access_denied&state=" + state);
        assertEquals(302, back.statusCode());
        assertTrue(back.header("Location").contains("/login/keycloak/failed"), back.header("Location"));
        browser.get("/login/keycloak/failed").then().statusCode(200)
                .body(containsString("Signing in with Keycloak was cancelled or did not work."));
    }

    @Test
    void signOutEndsTheKeycloakSessionToo() {
        String username = "kc.out" + TestData.next();
        String subject = UUID.randomUUID().toString();
        KeycloakMock.Browser browser = new KeycloakMock.Browser();
        String idToken = KeycloakMock.token(subject, username, KeycloakMock.CLIENT_ID, List.of("mufakat-observer"),
                List.of());
        browser.signInThroughKeycloak(keycloak, "code-" + subject, idToken);
        browser.get("/").then().statusCode(200);

        Response out = browser.submit("/", "/logout");
        assertEquals(303, out.statusCode());
        URI endSession = URI.create(out.header("Location"));
        assertTrue(endSession.toString().startsWith(keycloak.baseUrl() + KeycloakMock.REALM_PATH
                + "/protocol/openid-connect/end-session?"), endSession.toString());
        Map<String, String> params = KeycloakMock.query(endSession);
        assertEquals(idToken, params.get("id_token_hint"));
        assertEquals(KeycloakMock.CLIENT_ID, params.get("client_id"));
        assertTrue(params.get("post_logout_redirect_uri").matches("http://(localhost|127\\.0\\.0\\.1):\\d+/login"),
                params.get("post_logout_redirect_uri"));
        assertFalse(browser.has("q_session"), "the session cookie is gone");
        browser.get("/login").then().body(containsString("You are signed out."));
        browser.get("/").then().statusCode(302).header("Location", containsString("/login"));
        assertEquals(1, count(username, "signout"));
    }

    @Test
    void personalApiTokensWorkBesideKeycloakAccessTokens() {
        String username = "kc.token" + TestData.next();
        String keycloakToken = KeycloakMock.token(UUID.randomUUID().toString(), username, KeycloakMock.CLIENT_ID,
                List.of("mufakat-observer"), List.of());
        // A person Keycloak signs in makes a personal token with their Keycloak access token, then uses it.
        String personal = given().auth().oauth2(keycloakToken).contentType("application/json")
                .body(Map.of("name", "Script")).post("/api/v1/tokens").then().statusCode(201).extract()
                .path("token");
        assertTrue(personal.startsWith(ApiTokens.PREFIX));
        given().auth().oauth2(personal).get("/api/v1/me").then().statusCode(200).body("username", equalTo(username));
        given().auth().oauth2(keycloakToken).get("/api/v1/me").then().statusCode(200);
        // A refused personal token is not handed to Keycloak: 401.
        given().auth().oauth2(ApiTokens.generate()).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theApiTakesBearerTokensOfThisRealmAndClientOnly() {
        Constituency c = TestData.constituency("Bearerland");
        String username = "kc.api" + TestData.next();
        String subject = UUID.randomUUID().toString();
        String good = KeycloakMock.token(subject, username, KeycloakMock.CLIENT_ID, List.of("mufakat-focal-point"),
                List.of("/constituencies/" + c.code));
        given().auth().oauth2(good).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(username))
                .body("grants.role", hasItem("FOCAL_POINT"))
                .body("grants.constituencyCode", hasItem(c.code));
        given().auth().oauth2(good).get("/api/v1/constituencies").then().statusCode(200);
        assertEquals(0, count(username, "signin"), "API calls are not sign-ins");

        String wrongAudience = OidcWiremockTestResource.getAccessToken(username, Set.of("mufakat-secretariat"));
        given().auth().oauth2(wrongAudience).get("/api/v1/me").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        String otherAudience = KeycloakMock.token(subject, username, "another-client", List.of(), List.of());
        given().auth().oauth2(otherAudience).get("/api/v1/me").then().statusCode(401);
        String otherIssuer = KeycloakMock.token("https://elsewhere.example.org/realms/mufakat", subject, username,
                KeycloakMock.CLIENT_ID, List.of(), List.of(), 300);
        given().auth().oauth2(otherIssuer).get("/api/v1/me").then().statusCode(401);
        String expired = KeycloakMock.token(KeycloakMock.ISSUER, subject, username, KeycloakMock.CLIENT_ID,
                List.of(), List.of(), -600);
        given().auth().oauth2(expired).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aDisabledAccountIsRefusedEvenWithAGoodToken() {
        Account a = TestData.account("kc.off").observer().disabled().build();
        String token = KeycloakMock.token(UUID.randomUUID().toString(), a.username, KeycloakMock.CLIENT_ID,
                List.of("mufakat-observer"), List.of());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
        assertTrue(count(a.username, "signin.failed") >= 1);
    }

    @Test
    void aPersonWithoutAMufakatRoleIsRefusedAndGetsNoAccount() {
        String username = "kc.norole" + TestData.next();
        String subject = UUID.randomUUID().toString();
        given().auth().oauth2(KeycloakMock.token(subject, username, KeycloakMock.CLIENT_ID,
                List.of("offline_access", "other-app-admin"), List.of("/staff"))).get("/api/v1/me").then()
                .statusCode(401);
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username) != null));
        assertEquals(1, count(username, "signin.failed"));

        // Once given a role, and then none: the account stays, but the person is refused again.
        given().auth().oauth2(KeycloakMock.token(subject, username, KeycloakMock.CLIENT_ID,
                List.of("mufakat-observer"), List.of())).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(KeycloakMock.token(subject, username, KeycloakMock.CLIENT_ID, List.of(), List.of()))
                .get("/api/v1/me").then().statusCode(401);
        assertEquals(Set.of(), grants(account(username)));
    }

    @Test
    void aPersonWithoutAMufakatRoleCannotTakeOverAnUnlinkedLocalAccountWithTheirUsername() {
        Account local = TestData.account("kc.takeover").secretariat().build();
        Set<String> before = grants(local);
        String subject = UUID.randomUUID().toString();
        String token = KeycloakMock.token(subject, local.username, KeycloakMock.CLIENT_ID,
                List.of("offline_access", "other-app-admin"), List.of("/staff"));

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
        KeycloakMock.Browser browser = new KeycloakMock.Browser();
        URI[] flow = browser.signInThroughKeycloak(keycloak, "code-" + subject, token);
        assertEquals("/login/keycloak/refused", flow[1].getPath());
        assertFalse(browser.has("q_session"), "no session for a refused sign-in");

        Account after = account(local.username);
        assertEquals(local.id, after.id);
        assertEquals(null, after.externalSubject, "still unlinked");
        assertEquals(local.displayName, after.displayName);
        assertEquals(local.email, after.email);
        assertEquals(before, grants(after), "grants unchanged");
        assertEquals(0, count("keycloak", "account.linked", after));
        assertEquals(2, count(local.username, "signin.failed"));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'signin.failed' and details like 'no Mufakat role in Keycloak%'",
                local.username)));
        // The owner still signs in with their password.
        given().auth().preemptive().basic(local.username, TestData.PASSWORD).get("/api/v1/me").then()
                .statusCode(200);
    }

    @Test
    void aTokenWithOnlyAnEmailAndNoPreferredUsernameIsRefused() {
        Account local = TestData.account("kc.mail").secretariat().build();
        String subject = UUID.randomUUID().toString();
        // Even an e-mail address equal to a local username, with a Mufakat role, names no account.
        for (String email : List.of(local.username, "kc.mail" + TestData.next() + "@example.org")) {
            given().auth().oauth2(KeycloakMock.tokenWithOnlyEmail(subject, email, List.of("mufakat-secretariat")))
                    .get("/api/v1/me").then().statusCode(401);
        }
        assertEquals(null, account(local.username).externalSubject, "still unlinked");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Account.count("externalSubject", subject) > 0),
                "no account made or linked for the subject");
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'signin.failed' and details like ?1", "%without a usable username%subject " + subject)));
    }

    @Test
    void theSignInPageOffersBothWaysInBothLanguages() {
        given().get("/login").then().statusCode(200)
                .body(containsString("href=\"/login/keycloak\""))
                .body(containsString("Sign in with Keycloak"))
                .body(containsString("Or sign in with a Mufakat password"))
                .body(containsString("action=\"/j_security_check\""));
        given().header("Accept-Language", "id").get("/login").then().statusCode(200)
                .body(containsString("Masuk dengan Keycloak"))
                .body(containsString("Atau masuk dengan kata sandi Mufakat"));
        Account local = TestData.account("kc.basic").observer().build();
        given().auth().preemptive().basic(local.username, TestData.PASSWORD).get("/api/v1/me").then().statusCode(200);
        given().get("/api/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        given().get("/login").then().header("Content-Security-Policy",
                containsString("form-action 'self' " + keycloak.baseUrl()));
    }

    static Account account(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findByUsername(username);
            assertNotNull(a, "no account " + username);
            a.grants.size();
            return a;
        });
    }

    static Set<String> grants(Account a) {
        return QuarkusTransaction.requiringNew().call(() -> ((Account) Account.findById(a.id)).grants.stream()
                .map(g -> g.role.name() + (g.constituency != null ? " " + g.constituency.code
                        : g.organisation != null ? " " + g.organisation.name : ""))
                .collect(Collectors.toSet()));
    }

    static long count(String actor, String action) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("actor = ?1 and action = ?2", actor, action));
    }

    static long count(String actor, String action, Account a) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = ?2 and objectId = ?3", actor, action, a.id.toString()));
    }
}
