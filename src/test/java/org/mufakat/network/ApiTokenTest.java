package org.mufakat.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.security.ApiTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Personal API tokens: made on the page and through the API, shown once, listed without their secret, accepted as
 * {@code Authorization: Bearer} with the person's own rights, refused (401 problem JSON) once revoked or expired or
 * when the account is disabled; only their owner revokes them; made, revoked and first used each day in the audit
 * trail, and never written there or to the log.
 */
@QuarkusTest
class ApiTokenTest {

    private static final Pattern SECRET = Pattern.compile("mfk_[A-Za-z0-9_-]{43}");

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    private static String secretIn(String page) {
        Matcher m = SECRET.matcher(page);
        assertTrue(m.find(), "no token on the page");
        return m.group();
    }

    private static Response create(Account a, String name, Integer days) {
        Map<String, Object> body = days == null ? Map.of("name", name) : Map.of("name", name, "expiresInDays", days);
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType(ContentType.JSON)
                .body(body).post("/api/v1/tokens");
    }

    private static String tokenFor(Account a, String name) {
        Response r = create(a, name, null);
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath().getString("token");
    }

    private static long audited(String action, String objectId) {
        return QuarkusTransaction.requiringNew().call(
                () -> AuditEvent.count("action = ?1 and objectId = ?2", action, objectId));
    }

    private static ApiToken find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.findById(id));
    }

    private void assertNeverWritten(String secret) {
        long inAudit = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "details like ?1 or objectId like ?1 or actor like ?1", "%" + secret.substring(4) + "%"));
        assertEquals(0, inAudit, "the token is in the audit trail");
        assertFalse(logged.stream().anyMatch(line -> line.contains(secret.substring(4))), "the token is in the log");
    }

    @Test
    void aPersonMakesATokenOnTheirPageSeesItOnceAndRevokesItAfterConfirming() {
        Account a = TestData.account("tokpage").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        s.get("/tokens").then().statusCode(200).body(containsString("You have no API tokens"))
                .body(containsString("name=\"key\""));
        s.get("/").then().body(containsString("href=\"/tokens\""));

        Response invalid = s.submit("/tokens", "/tokens", "name", "", "expiresInDays", "400", "key", "k1");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.asString().contains("Choose between 1 and 365 days."), invalid.asString());
        assertTrue(invalid.asString().contains("Enter a value here."));

        String key = UUID.randomUUID().toString();
        Response made = s.submit("/tokens", "/tokens", "name", "Indicators <sheet>", "expiresInDays", "30", "key",
                key);
        assertEquals(200, made.statusCode());
        String page = made.asString();
        String secret = secretIn(page);
        assertTrue(page.contains("Indicators &lt;sheet&gt;"), "the name is escaped");
        assertTrue(page.contains("It is shown this once"));
        ApiToken t = QuarkusTransaction.requiringNew().call(() -> ApiToken.find("account.id", a.id).firstResult());
        assertEquals(ApiTokens.hash(secret), t.tokenHash, "only the hash is stored");
        assertTrue(Duration.between(Instant.now().plus(Duration.ofDays(30)), t.expiresAt).abs().toMinutes() < 5);

        String list = s.get("/tokens").asString();
        assertTrue(list.contains("Indicators &lt;sheet&gt;"));
        assertFalse(SECRET.matcher(list).find(), "the list never shows a secret");

        // The same form sent again (a reload, a retry on a slow link): still one token, with a fresh secret.
        Response again = s.submit("/tokens", "/tokens", "name", "Indicators <sheet>", "expiresInDays", "30", "key",
                key);
        assertEquals(200, again.statusCode());
        String second = secretIn(again.asString());
        assertNotEquals(secret, second);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> ApiToken.count("account.id", a.id)));
        given().auth().oauth2(secret).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(second).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(a.username));
        // Once used, the same form makes nothing and shows nothing.
        Response used = s.submit("/tokens", "/tokens", "name", "Indicators <sheet>", "expiresInDays", "30", "key",
                key);
        assertEquals(409, used.statusCode());
        assertFalse(SECRET.matcher(used.asString()).find());

        s.get("/tokens/" + t.id + "/revoke").then().statusCode(200)
                .body(containsString("Programs using the token")).body(containsString("csrf-token"));
        Response revoked = s.submit("/tokens/" + t.id + "/revoke", "/tokens/" + t.id + "/revoke");
        assertEquals(303, revoked.statusCode());
        s.get("/tokens").then().body(containsString("is revoked")).body(containsString("You have no API tokens"));
        given().auth().oauth2(second).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));

        assertEquals(1, audited("token.created", t.id.toString()));
        assertEquals(1, audited("token.reissued", t.id.toString()));
        assertEquals(1, audited("token.revoked", t.id.toString()));
        assertNeverWritten(secret);
        assertNeverWritten(second);
    }

    @Test
    void theApiMakesListsAndRevokesTokensAndABearerTokenActsAsItsOwner() {
        Account a = TestData.account("tokapi").observer().build();
        Response made = create(a, "Script", 7);
        made.then().statusCode(201).body("name", equalTo("Script")).body("id", org.hamcrest.Matchers.notNullValue())
                .body("expires", org.hamcrest.Matchers.notNullValue());
        String secret = made.jsonPath().getString("token");
        assertTrue(SECRET.matcher(secret).matches(), secret);
        long id = made.jsonPath().getLong("id");

        given().auth().oauth2(secret).get("/api/v1/me").then().statusCode(200).body("username", equalTo(a.username))
                .body("grants[0].role", equalTo("OBSERVER"));
        Response list = given().auth().oauth2(secret).get("/api/v1/tokens");
        list.then().statusCode(200).body("name", hasItem("Script")).body("[0]", not(org.hamcrest.Matchers
                .hasKey("token")));
        assertFalse(list.asString().contains(secret.substring(4)), "the list never holds a secret");
        assertNotNull(find(id).lastUsedAt, "its use is recorded");

        // The same policies as the person: an observer is refused the account list either way.
        given().auth().preemptive().basic(a.username, TestData.PASSWORD).get("/api/v1/accounts").then()
                .statusCode(403);
        given().auth().oauth2(secret).get("/api/v1/accounts").then().statusCode(403)
                .contentType("application/problem+json");
        Account admin = TestData.account("tokadmin").secretariat().build();
        given().auth().oauth2(tokenFor(admin, "Admin script")).get("/api/v1/accounts").then().statusCode(200);

        given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "Too long", "expiresInDays", 366)).post("/api/v1/tokens").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.expiresInDays", equalTo("Choose between 1 and 365 days."));

        given().auth().oauth2(secret).delete("/api/v1/tokens/" + id).then().statusCode(204);
        given().auth().oauth2(secret).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        assertNotNull(find(id).revokedAt);
        assertEquals(1, audited("token.created", Long.toString(id)));
        assertEquals(1, audited("token.revoked", Long.toString(id)));
        assertNeverWritten(secret);
    }

    @Test
    void anotherPersonsTokenIsNotFound() {
        Account owner = TestData.account("tokowner").observer().build();
        Account other = TestData.account("tokother").secretariat().build();
        long id = create(owner, "Mine", null).jsonPath().getLong("id");
        given().auth().preemptive().basic(other.username, TestData.PASSWORD).delete("/api/v1/tokens/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        WebSession s = WebSession.signIn(other.username, TestData.PASSWORD);
        s.get("/tokens/" + id + "/revoke").then().statusCode(404);
        assertEquals(404, s.submit("/tokens", "/tokens/" + id + "/revoke").statusCode());
        given().auth().preemptive().basic(other.username, TestData.PASSWORD).get("/api/v1/tokens").then()
                .statusCode(200).body("name", not(hasItem("Mine")));
        assertEquals(null, find(id).revokedAt);
        given().delete("/api/v1/tokens/" + id).then().statusCode(401);
    }

    @Test
    void expiredTokensAndDisabledAccountsAreRefused() {
        Account a = TestData.account("tokexp").observer().build();
        String expiring = tokenFor(a, "Expiring");
        String kept = tokenFor(a, "Kept");
        given().auth().oauth2(expiring).get("/api/v1/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minusSeconds(1), ApiTokens.hash(expiring)));
        given().auth().oauth2(expiring).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        s.get("/tokens").then().body(containsString("Expired in the last 30 days"));

        given().auth().oauth2(kept).get("/api/v1/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ((Account) Account.findById(a.id)).enabled = false);
        given().auth().oauth2(kept).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'signin.failed' and objectType = 'ApiToken' and details like '%account is disabled%'"
                        + " and actor = ?1", a.username)) >= 1);

        // A token that is not one, or not known: 401 as well.
        given().header("Authorization", "Bearer mfk_short").get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(ApiTokens.generate()).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-mufakat-token").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theSecretariatDisablingAnAccountOrResettingItsPasswordRevokesItsTokens() {
        Account admin = TestData.account("tokstaff").secretariat().build();
        Account a = TestData.account("tokuser").observer().build();
        String first = tokenFor(a, "First");
        NetworkAdminApiTest.as(admin).post("/api/v1/accounts/" + a.id + "/disable").then().statusCode(200);
        NetworkAdminApiTest.as(admin).post("/api/v1/accounts/" + a.id + "/enable").then().statusCode(200);
        given().auth().oauth2(first).get("/api/v1/me").then().statusCode(401);

        String second = tokenFor(a, "Second");
        NetworkAdminApiTest.as(admin).body(Map.of("newPassword", TestData.PASSWORD))
                .post("/api/v1/accounts/" + a.id + "/password").then().statusCode(204);
        given().auth().oauth2(second).get("/api/v1/me").then().statusCode(401);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'account.disabled' and objectId = ?1 and details like '%1 API token(s) revoked%'",
                a.id.toString())) == 1);
    }

    @Test
    void theFirstUseOfADayIsAuditedOnceAndTheLastUseWrittenAtMostOnceAMinute() {
        Account a = TestData.account("tokuse").observer().build();
        String secret = tokenFor(a, "Busy");
        long id = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>find("tokenHash",
                ApiTokens.hash(secret)).firstResult().id);
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(secret).get("/api/v1/me").then().statusCode(200);
        }
        Instant first = find(id).lastUsedAt;
        assertNotNull(first);
        given().auth().oauth2(secret).get("/api/v1/me").then().statusCode(200);
        assertEquals(first, find(id).lastUsedAt, "not written again within the minute");
        assertEquals(1, audited("token.used", Long.toString(id)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = 'token.used' and objectId = ?1", Long.toString(id)).firstResult().actor)
                .equals(a.username));

        // A day later (its last use moved back), the first call is audited again.
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("lastUsedAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofDays(1)), id));
        given().auth().oauth2(secret).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(secret).get("/api/v1/me").then().statusCode(200);
        assertEquals(2, audited("token.used", Long.toString(id)));
        assertNeverWritten(secret);
    }
}
