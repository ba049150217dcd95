package org.mufakat.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SignInTest {

    @Test
    void signInShowsTheDashboardAndSignOutEndsTheSession() {
        Account a = TestData.account("sign").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        s.get("/").then().statusCode(200).body(containsString("Welcome, Test " + a.username));

        Response out = s.submit("/", "/logout");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/login"));
        s.get("/login").then().statusCode(200).body(containsString("You are signed out."));
        s.get("/").then().statusCode(302).header("Location", containsString("/login"));
        assertTrue(audited(a.username, "signin") && audited(a.username, "signout"));
        assertNotNull(TestData.reload(a).lastLoginAt);
    }

    @Test
    void wrongPasswordGoesBackToTheFormWithAMessageAndIsAudited() {
        Account a = TestData.account("wrong").observer().build();
        Response r = WebSession.anonymous().postSignIn(a.username, "not-the-password");
        assertEquals(302, r.statusCode());
        assertTrue(r.header("Location").contains("/login"));
        given().cookie("mufakat-signin-failed", r.cookie("mufakat-signin-failed")).get("/login").then()
                .statusCode(200).body(containsString("The username or password is wrong"));
        given().get("/login").then().body(not(containsString("The username or password is wrong")));
        assertTrue(audited(a.username, "signin.failed"));
    }

    @Test
    void aDisabledAccountCannotSignInAndItsOpenSessionEnds() {
        Account disabled = TestData.account("off").observer().disabled().build();
        Response r = WebSession.anonymous().postSignIn(disabled.username, TestData.PASSWORD);
        assertTrue(r.cookie("mufakat-signin-failed") != null);

        Account a = TestData.account("soon-off").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        s.get("/").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ((Account) Account.findById(a.id)).enabled = false);
        s.get("/").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void anonymousPagesRedirectToSignInAndTheApiAnswers401ProblemJson() {
        for (String page : new String[] { "/", "/accounts", "/constituencies", "/organisations", "/audit" }) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", containsString("/login"));
        }
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic")).body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
        given().auth().preemptive().basic("nobody-here", "whatever-password").get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theLoginPageIsPublicAndSignedInUsersAreSentHome() {
        given().get("/login").then().statusCode(200).body(containsString("name=\"j_password\""))
                .body(not(containsString("Exception")));
        Account a = TestData.account("home").observer().build();
        WebSession.signIn(a.username, TestData.PASSWORD).get("/login").then().statusCode(303);
    }

    @Test
    void sessionCookieIsHttpOnlyAndLax() {
        Account a = TestData.account("cookie").observer().build();
        Response r = WebSession.anonymous().postSignIn(a.username, TestData.PASSWORD);
        String setCookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("mufakat-session"))
                .findFirst().orElseThrow();
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"));
        assertTrue(setCookie.contains("SameSite=Lax"));
        assertFalse(setCookie.contains(TestData.PASSWORD));
    }

    static boolean audited(String actor, String action) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("actor = ?1 and action = ?2", actor, action) > 0);
    }
}
