package org.mufakat.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Production with local sign-in switched off: Keycloak is the only way in, for pages and for the API. */
@QuarkusTest
@TestProfile(KeycloakMock.OnlyProfile.class)
class KeycloakOnlySignInTest {

    @Test
    void theSignInPageOffersOnlyKeycloak() {
        given().get("/login").then().statusCode(200)
                .body(containsString("Sign in with Keycloak"))
                .body(not(containsString("j_security_check")))
                .body(not(containsString("Forgot your password?")));
    }

    @Test
    void passwordsAreRefusedOnTheFormAndTheApi() {
        Account a = TestData.account("nolocal").observer().build();
        Response r = WebSession.anonymous().postSignIn(a.username, TestData.PASSWORD);
        assertEquals(302, r.statusCode());
        assertTrue(r.header("Location").contains("/login"), r.header("Location"));
        given().auth().preemptive().basic(a.username, TestData.PASSWORD).get("/api/v1/me").then().statusCode(401);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'signin.failed' and details = 'local sign-in is switched off'",
                a.username)) >= 2);
    }

    @Test
    void bearerTokensStillWork() {
        String username = "kc.only" + TestData.next();
        given().auth().oauth2(KeycloakMock.token(UUID.randomUUID().toString(), username, KeycloakMock.CLIENT_ID,
                List.of("mufakat-convenor"), List.of())).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(username)).body("grants[0].role", equalTo("CONVENOR"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.keySet()", equalTo(Set.of("token", "keycloak")))
                .body("paths.'/api/v1/me'.get.security", equalTo(List.of(Map.of("token", List.of()),
                        Map.of("keycloak", List.of()))));
    }
}
