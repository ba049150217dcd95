package org.mufakat.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Login CSRF: another site cannot sign a visitor in to an account of its choosing. */
@QuarkusTest
class SignInTokenTest {

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        Account attacker = TestData.account("attacker").observer().build();
        Response r = given().redirects().follow(false).header("Origin", "https://evil.example")
                .formParam("j_username", attacker.username).formParam("j_password", TestData.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, r.statusCode());
        assertTrue(r.header("Location").contains("/login"));
        assertNull(r.cookie("mufakat-session"), "no session for the attacker's account");
        assertEquals("form", r.cookie("mufakat-signin-failed"));
        given().cookie("mufakat-signin-failed", "form").get("/login/failed").then().statusCode(200)
                .body(containsString("Please sign in again"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action ="
                + " 'signin.failed' and details like 'sign-in form without the token%'", attacker.username) > 0));
    }

    @Test
    void aTokenWithoutItsCookieOrAnotherBrowsersTokenIsRefused() {
        Account attacker = TestData.account("tokenless").observer().build();
        WebSession theirs = WebSession.anonymous();
        theirs.get("/login");
        String token = theirs.cookie(SignInToken.COOKIE);
        assertNotNull(token);
        Response noCookie = given().redirects().follow(false).formParam("j_username", attacker.username)
                .formParam("j_password", TestData.PASSWORD).formParam("signin-token", token)
                .post("/j_security_check");
        assertNull(noCookie.cookie("mufakat-session"));
        WebSession victim = WebSession.anonymous();
        victim.get("/login");
        Response otherToken = victim.request().formParam("j_username", attacker.username)
                .formParam("j_password", TestData.PASSWORD).formParam("signin-token", token)
                .post("/j_security_check");
        assertNull(otherToken.cookie("mufakat-session"));
        assertEquals("form", otherToken.cookie("mufakat-signin-failed"));
    }

    @Test
    void theSignInPageCarriesItsTokenAndTheNormalSignInWorks() {
        Response page = given().get("/login");
        String setCookie = page.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SignInToken.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("SameSite=Strict") && setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(page.asString().contains("name=\"signin-token\" value=\"" + page.cookie(SignInToken.COOKIE)
                + "\""));
        Account a = TestData.account("tokened").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        s.get("/").then().statusCode(200).body(containsString("Welcome, Test " + a.username));
        // A second tab keeps the same token, so either form still signs in.
        WebSession tabs = WebSession.anonymous();
        tabs.get("/login");
        String token = tabs.cookie(SignInToken.COOKIE);
        tabs.get("/login");
        assertEquals(token, tabs.cookie(SignInToken.COOKIE));
    }
}
