package org.mufakat.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.mufakat.input.NationalInput;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Against a real Keycloak with the staging realm (deploy/keycloak/mufakat-realm-staging.json), which .ci/run starts:
 * a focal point signs in through Keycloak's own login page in headless Chromium, saves their national input's
 * consultation record and signs out of both; then an API call with an access token Keycloak issued. Runs only where
 * {@code MUFAKAT_KEYCLOAK_URL} names the realm, e.g. {@code http://127.0.0.1:58180/realms/mufakat}.
 */
@QuarkusTest
@TestProfile(KeycloakStagingTest.Staging.class)
@EnabledIfEnvironmentVariable(named = "MUFAKAT_KEYCLOAK_URL", matches = ".+")
class KeycloakStagingTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MUFAKAT_CHROMIUM", "/usr/bin/chromium"));
    static final String PASSWORD = "musyawarah-2026";

    /** The staging realm's client; the port is one of its exact redirect URIs. */
    public static class Staging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mufakat.keycloak.enabled", "true",
                    "quarkus.oidc.client-id", "mufakat",
                    "quarkus.oidc.credentials.secret", "mufakat-staging-client-secret",
                    "quarkus.http.test-port", "58081",
                    // With the main port fixed and the management port random, Quarkus 3.34's HTTP metrics register
                    // one meter name with two tag sets and the server never finishes starting: fix both.
                    "quarkus.management.test-port", "58083");
        }
    }

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium not found at " + CHROMIUM);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aFocalPointSignsInThroughKeycloakSavesTheirRecordAndSignsOutOfBoth() {
        Constituency indonesia = constituency("ID", "Indonesia");
        Round round = RoundTestData.collecting(indonesia);
        String inputPath = "/rounds/" + round.id + "/inputs/ID";
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(360, 740))) {
            Page page = context.newPage();
            page.navigate(url(inputPath));
            assertTrue(page.url().endsWith("/login"), "sent to sign in: " + page.url());
            page.getByText("Sign in with Keycloak").click();
            assertTrue(page.url().startsWith(System.getenv("MUFAKAT_KEYCLOAK_URL")), "Keycloak's page: " + page.url());
            page.locator("#username").fill("focal.id");
            page.locator("#password").fill(PASSWORD);
            page.locator("#kc-login").click();
            assertTrue(page.url().endsWith(inputPath), "back at the page asked for: " + page.url());

            page.locator("#f-venue").fill("Jakarta, Wisma Kolegia");
            page.locator("#f-organisers").fill("Migrant CARE and SBMI");
            page.locator("form[action$='/record'] button[type=submit]").click();
            assertTrue(page.locator(".flash").textContent().contains("The consultation record is saved."),
                    page.content());

            page.locator("details.menu summary").click(); // on a phone, sign-out waits in the header's menu
            page.getByText("Sign out").click();
            assertTrue(page.url().endsWith("/login"), "back from Keycloak's end-session: " + page.url());
            assertTrue(page.locator(".flash").textContent().contains("You are signed out."));
            page.getByText("Sign in with Keycloak").click();
            assertTrue(page.locator("#username").isVisible(), "Keycloak asks again: its session ended too");
        }
        Account a = QuarkusTransaction.requiringNew().call(() -> {
            Account found = Account.findByUsername("focal.id");
            found.grants.size();
            return found;
        });
        assertNotNull(a.externalSubject);
        assertEquals(1, a.grants.size());
        assertEquals("ID", a.grants.get(0).constituency.code);
        assertEquals("Jakarta, Wisma Kolegia", QuarkusTransaction.requiringNew().call(
                () -> NationalInput.<NationalInput>find("round.id = ?1", round.id).firstResult().venue));
    }

    @Test
    void theApiTakesAnAccessTokenKeycloakIssued() {
        Constituency indonesia = constituency("ID", "Indonesia");
        String token = given().formParam("grant_type", "password").formParam("client_id", "mufakat-ci")
                .formParam("client_secret", "mufakat-ci-staging-secret").formParam("username", "focal.id")
                .formParam("password", PASSWORD).formParam("scope", "openid")
                .post(System.getenv("MUFAKAT_KEYCLOAK_URL") + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("focal.id"))
                .body("grants.role", hasItem("FOCAL_POINT"))
                .body("grants.constituencyId", hasItem(indonesia.id.intValue()));
        given().auth().oauth2(token + "x").get("/api/v1/me").then().statusCode(401);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static Constituency constituency(String code, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Constituency c = Constituency.findByCode(code);
            if (c == null) {
                c = new Constituency();
                c.code = code;
                c.name = name;
                c.country = name;
                c.createdAt = Instant.now();
                c.persist();
            }
            return c;
        });
    }
}
