package org.mufakat.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The headers and cookies of production: this test runs with every {@code %prod} setting of application.properties
 * that does not name the database or the network (so a new production setting is tested here at once), reached as
 * the TLS proxy reaches it ({@code X-Forwarded-Proto: https}). Every page carries CSP, HSTS, nosniff and frame denial;
 * signed-in answers are not stored; every cookie the app sets (session, CSRF, sign-in token, flash, language, the page
 * asked for before sign-in) is HttpOnly, Secure and SameSite. src/test/ops/prod-start.sh checks the real jar.
 */
@QuarkusTest
@TestProfile(ProdHeadersTest.ProdLike.class)
class ProdHeadersTest {

    public static class ProdLike implements QuarkusTestProfile {
        static final Set<String> LEFT_OUT = Set.of("quarkus.datasource.", "quarkus.http.host",
                "quarkus.management.host", "quarkus.http.auth.session.encryption-key");

        @Override
        public Map<String, String> getConfigOverrides() {
            Properties all = new Properties();
            try (InputStream in = ProdHeadersTest.class.getResourceAsStream("/application.properties")) {
                all.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> prod = new HashMap<>();
            for (String key : all.stringPropertyNames()) {
                if (key.startsWith("%prod.")) {
                    String name = key.substring("%prod.".length());
                    if (LEFT_OUT.stream().noneMatch(name::startsWith)) {
                        prod.put(name, all.getProperty(key));
                    }
                }
            }
            return prod;
        }
    }

    final Map<String, String> cookies = new HashMap<>();
    final List<String> setCookies = new ArrayList<>();

    RequestSpecification https() {
        return given().redirects().follow(false).header("X-Forwarded-Proto", "https").cookies(cookies);
    }

    Response seen(Response r) {
        for (String header : r.headers().getValues("Set-Cookie")) {
            setCookies.add(header);
            Matcher m = Pattern.compile("^([^=]+)=([^;]*)").matcher(header);
            if (m.find()) {
                if (m.group(2).isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(m.group(1));
                } else {
                    cookies.put(m.group(1), m.group(2));
                }
            }
        }
        return r;
    }

    @Test
    void everyAnswerHasTheSecurityHeadersAndEveryCookieIsHttpOnlySecureAndSameSite() {
        Account a = TestData.account("prodlike").observer().build();
        seen(https().get("/constituencies"));
        String login = seen(https().get("/login")).asString();
        Matcher token = Pattern.compile("name=\"signin-token\" value=\"([^\"]*)\"").matcher(login);
        assertTrue(token.find());
        Response signedIn = seen(https().formParam("j_username", a.username).formParam("j_password", TestData.PASSWORD)
                .formParam("signin-token", token.group(1)).post("/j_security_check"));
        assertEquals(302, signedIn.statusCode());
        Response page = seen(https().get("/password"));
        assertEquals(200, page.statusCode());
        String csrf = Cast.csrf(page);
        seen(https().formParam("csrf-token", csrf).formParam("lang", "id").formParam("back", "/")
                .post("/language"));
        seen(https().formParam("csrf-token", csrf).formParam("lang", "en").formParam("back", "/")
                .post("/language"));
        seen(https().get("/"));
        seen(https().formParam("csrf-token", csrf).post("/logout"));
        seen(https().get("/login"));

        for (String name : List.of("mufakat-session", "csrf-token", "mufakat-signin-token", "mufakat-lang",
                "mufakat-flash", "quarkus-redirect-location")) {
            assertTrue(setCookies.stream().anyMatch(c -> c.startsWith(name + "=")), name + " not set: " + setCookies);
        }
        List<String> unsafe = setCookies.stream().filter(c -> {
            String l = c.toLowerCase();
            return !l.matches(".*;\\s*httponly\\b.*") || !l.matches(".*;\\s*secure\\b.*") || !l.contains("samesite=");
        }).toList();
        assertEquals(List.of(), unsafe, "cookies without HttpOnly, Secure or SameSite");

        seen(https().get("/login"));
        Response again = seen(https().formParam("j_username", a.username).formParam("j_password", TestData.PASSWORD)
                .formParam("signin-token", cookies.get("mufakat-signin-token")).post("/j_security_check"));
        assertEquals(302, again.statusCode());
        for (String path : List.of("/", "/constituencies", "/no-such-page", "/login")) {
            Response r = https().get(path);
            assertEquals("max-age=31536000; includeSubDomains", r.header("Strict-Transport-Security"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertEquals("DENY", r.header("X-Frame-Options"), path);
            assertTrue(r.header("Content-Security-Policy").contains("default-src 'self'")
                    && r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertEquals("no-store", r.header("Cache-Control"), path);
        }
        Response api = given().header("X-Forwarded-Proto", "https").auth().preemptive()
                .basic(a.username, TestData.PASSWORD).get("/api/v1/me");
        assertEquals(200, api.statusCode());
        assertEquals("no-store", api.header("Cache-Control"));
        assertEquals("max-age=31536000; includeSubDomains", api.header("Strict-Transport-Security"));
    }
}
