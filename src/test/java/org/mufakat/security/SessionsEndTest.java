package org.mufakat.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A copy of the session cookie, taken before, stops working the moment the session ends: at sign-out, at a change or
 * reset of the password, when a grant is revoked, when the account is disabled. Pages then send to sign-in, the API
 * answers 401.
 */
@QuarkusTest
class SessionsEndTest {

    static final String COOKIE = "mufakat-session";

    Account a;
    WebSession secretariat;

    @BeforeEach
    void accounts() {
        a = TestData.account("ends").observer().build();
        Account admin = TestData.account("ends-admin").secretariat().build();
        secretariat = WebSession.signIn(admin.username, TestData.PASSWORD);
    }

    @Test
    void signingOutEndsACopyOfTheCookieTakenBefore() {
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        String copy = s.cookie(COOKIE);
        assertNotNull(copy);
        works(copy);
        WebSession other = WebSession.signIn(a.username, TestData.PASSWORD);

        assertEquals(303, s.submit("/", "/logout").statusCode());
        ended(copy);
        ended(other.cookie(COOKIE));
        WebSession.signIn(a.username, TestData.PASSWORD).get("/").then().statusCode(200);
    }

    @Test
    void changingOnesPasswordEndsEverySessionThisOneToo() {
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        WebSession other = WebSession.signIn(a.username, TestData.PASSWORD);
        String copy = s.cookie(COOKIE);
        Response changed = s.submit("/password", "/password", "currentPassword", TestData.PASSWORD, "newPassword",
                "a brand new long password", "confirmPassword", "a brand new long password");
        assertEquals(303, changed.statusCode());
        assertTrue(changed.header("Location").endsWith("/login"));
        Response login = s.get("/login");
        if (login.statusCode() == 302) {
            login = s.get("/login");
        }
        assertEquals(200, login.statusCode());
        assertTrue(login.asString().contains("Your password is changed"), login.asString());
        ended(copy);
        ended(other.cookie(COOKIE));
        WebSession.signIn(a.username, "a brand new long password").get("/").then().statusCode(200);
    }

    @Test
    void aResetBySecretariatEndsTheSessions() {
        String copy = WebSession.signIn(a.username, TestData.PASSWORD).cookie(COOKIE);
        String page = "/accounts/" + a.id;
        assertEquals(303, secretariat.submit(page, page + "/password", "newPassword", "reset by the secretariat",
                "confirmPassword", "reset by the secretariat").statusCode());
        ended(copy);
    }

    @Test
    void revokingAGrantEndsTheSessions() {
        String copy = WebSession.signIn(a.username, TestData.PASSWORD).cookie(COOKIE);
        long grantId = TestData.reload(a).grants.get(0).id;
        String revoke = "/accounts/" + a.id + "/grants/" + grantId + "/revoke";
        assertEquals(303, secretariat.submit(revoke, revoke).statusCode());
        ended(copy);
    }

    @Test
    void disablingEndsTheSessionsAndEnablingDoesNotBringThemBack() {
        String copy = WebSession.signIn(a.username, TestData.PASSWORD).cookie(COOKIE);
        String page = "/accounts/" + a.id;
        assertEquals(303, secretariat.submit(page + "/disable", page + "/disable").statusCode());
        ended(copy);
        assertEquals(303, secretariat.submit(page, page + "/enable").statusCode());
        ended(copy);
    }

    @Test
    void anEndedSessionIsRemovedSoTheSignInPageShowsTheForm() {
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        String copy = s.cookie(COOKIE);
        s.submit("/", "/logout");
        Response r = given().redirects().follow(false).cookie(COOKIE, copy).get("/login");
        if (r.statusCode() == 302) {
            assertTrue(r.headers().getValues("Set-Cookie").stream()
                    .anyMatch(c -> c.startsWith(COOKIE + "=") && c.contains("Max-Age=0")), r.headers().toString());
        } else {
            assertEquals(200, r.statusCode());
        }
    }

    static void works(String cookie) {
        given().redirects().follow(false).cookie(COOKIE, cookie).get("/").then().statusCode(200);
        given().cookie(COOKIE, cookie).get("/api/v1/me").then().statusCode(200);
    }

    static void ended(String cookie) {
        given().redirects().follow(false).cookie(COOKIE, cookie).get("/").then().statusCode(302)
                .header("Location", containsString("/login"));
        given().cookie(COOKIE, cookie).get("/api/v1/me").then().statusCode(401);
    }
}
