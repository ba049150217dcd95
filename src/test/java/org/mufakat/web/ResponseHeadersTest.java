package org.mufakat.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What shared caches and other sites get: nothing stored (pages, JSON and errors are {@code no-store}; static files
 * may be cached), and every cookie, whoever sets or clears it, carries SameSite.
 */
@QuarkusTest
class ResponseHeadersTest {

    private final List<String> cookies = new ArrayList<>();

    private Response seen(Response r) {
        cookies.addAll(r.headers().getValues("Set-Cookie"));
        return r;
    }

    @Test
    void pagesJsonAndErrorsAreNeverStoredStaticFilesMayBe() {
        Account a = TestData.account("nostore").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        for (String path : new String[] { "/", "/constituencies", "/no-such-page" }) {
            assertEquals("no-store", s.get(path).header("Cache-Control"), path);
        }
        Response json = given().auth().preemptive().basic(a.username, TestData.PASSWORD).get("/api/v1/me");
        assertEquals(200, json.statusCode());
        assertEquals("no-store", json.header("Cache-Control"));
        assertEquals("no-store", given().redirects().follow(false).get("/login").header("Cache-Control"));
        assertEquals("no-store", given().get("/api/v1/me").header("Cache-Control"), "a 401 problem too");
        assertNotEquals("no-store", given().get("/static/mufakat.css").header("Cache-Control"));
    }

    @Test
    void textAnswersAreCompressedForClientsThatTakeIt() {
        Account a = TestData.account("gzip").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        Response page = s.request().header("Accept-Encoding", "gzip").get("/constituencies");
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.header("Content-Encoding"), "a page");
        assertTrue(page.asString().contains("</html>"), "and it reads back whole");
        Response json = given().header("Accept-Encoding", "gzip").auth().preemptive()
                .basic(a.username, TestData.PASSWORD).get("/api/v1/me");
        assertEquals("gzip", json.header("Content-Encoding"), "JSON");
        assertEquals("gzip", given().header("Accept-Encoding", "gzip").get("/static/mufakat.css")
                .header("Content-Encoding"), "the stylesheet");
        Response plain = given().config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders())).get("/login");
        assertEquals(null, plain.header("Content-Encoding"), "only for clients that take it");
    }

    @Test
    void theStylesheetHasAVersionedAddressKeptForAYearPagesAreNotKept() {
        Account a = TestData.account("assets").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        String page = s.get("/").asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/static/mufakat\\.css\\?v=[0-9a-f]{12})\"")
                .matcher(page);
        assertTrue(m.find(), "the page links the stylesheet by a versioned address");
        Response versioned = given().get(m.group(1));
        assertEquals(200, versioned.statusCode());
        assertEquals("public, max-age=31536000, immutable", versioned.header("Cache-Control"));
        assertEquals("no-cache", given().get("/static/mufakat.css").header("Cache-Control"),
                "the plain address is checked again");
        assertEquals("no-cache", given().get("/static/mufakat.css?v=000000000000").header("Cache-Control"),
                "so is an old version's");
        assertEquals("no-store", s.get("/").header("Cache-Control"), "pages are never kept");
        assertTrue(given().get("/login").asString().contains(m.group(1)), "the sign-in page links the same");
    }

    @Test
    void everyCookieCarriesSameSite() {
        // The page asked for before sign-in, and the form's token.
        seen(given().redirects().follow(false).get("/constituencies"));
        WebSession anonymous = WebSession.anonymous();
        seen(anonymous.get("/login"));
        // A refused sign-in, and the sign-in page that clears its cookie.
        seen(given().redirects().follow(false).formParam("j_username", "nobody").formParam("j_password", "wrong")
                .post("/j_security_check"));
        seen(given().redirects().follow(false).cookie("mufakat-signin-failed", "1").get("/login"));
        // The session, the CSRF token of a form, the language, a flash message and its removal, sign-out.
        Account a = TestData.account("samesite").observer().build();
        seen(given().redirects().follow(false).formParam("j_username", a.username)
                .formParam("j_password", TestData.PASSWORD).post("/j_security_check"));
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        seen(s.get("/password"));
        seen(s.submit("/password", "/language", "lang", "id", "back", "/"));
        seen(s.submit("/", "/logout"));
        seen(given().redirects().follow(false).cookie("mufakat-flash", "Signed%20out").get("/login"));

        for (String name : new String[] { "quarkus-redirect-location", "mufakat-signin-failed", "mufakat-session",
                "csrf-token", "mufakat-lang", "mufakat-flash" }) {
            assertTrue(cookies.stream().anyMatch(c -> c.startsWith(name + "=")), name + " was not set: " + cookies);
        }
        for (String cookie : cookies) {
            assertTrue(cookie.toLowerCase().contains("samesite="), "no SameSite: " + cookie);
        }
        assertFalse(cookies.isEmpty());
    }
}
