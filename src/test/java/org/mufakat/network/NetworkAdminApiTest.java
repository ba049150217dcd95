package org.mufakat.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * What the network pages do, through {@code /api/v1}: constituencies and organisations changed and removed, accounts
 * changed, disabled, enabled, unlocked and given a new password, and one's own password. The same rules: a missing
 * version is a bad request naming it, a stale one a conflict, the wrong person a 403, each change audited.
 */
@QuarkusTest
class NetworkAdminApiTest {

    static RequestSpecification as(Account a) {
        return as(a, TestData.PASSWORD);
    }

    static RequestSpecification as(Account a, String password) {
        return given().auth().preemptive().basic(a.username, password).contentType("application/json");
    }

    static long audited(Account who, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                who.username, action));
    }

    @Test
    void theSecretariatAddsChangesAndRemovesConstituencies() {
        Account sec = TestData.account("nasec").secretariat().build();
        String code = "K" + TestData.next();
        long id = as(sec).body(Map.of("code", code.toLowerCase(), "name", "Cambodia", "country", "Cambodia"))
                .post("/api/v1/constituencies").then().statusCode(201).body("code", equalTo(code))
                .extract().jsonPath().getLong("id");
        as(sec).body(Map.of("code", code, "name", "Again", "country", "Cambodia")).post("/api/v1/constituencies")
                .then().statusCode(400).body("errors.code", notNullValue());
        String path = "/api/v1/constituencies/" + id;
        as(sec).body(Map.of("code", code, "name", "Kingdom of Cambodia", "country", "Cambodia")).put(path).then()
                .statusCode(400).body("errors.version", containsString("version"));
        as(sec).body(Map.of("code", code, "name", "Kingdom of Cambodia", "country", "Cambodia", "version", 3))
                .put(path).then().statusCode(409);
        as(sec).body(Map.of("code", code, "name", "Kingdom of Cambodia", "country", "Cambodia", "version", 0))
                .put(path).then().statusCode(200).body("name", equalTo("Kingdom of Cambodia"))
                .body("version", equalTo(1));
        for (Account a : List.of(TestData.account("naconv").convenor().build(),
                TestData.account("nafp").focalPointFor(TestData.constituency("Elsewhere")).build())) {
            as(a).body(Map.of("code", "Z" + TestData.next(), "name", "Planted", "country", "Nowhere"))
                    .post("/api/v1/constituencies").then().statusCode(403);
            as(a).body(Map.of("code", code, "name", "Planted", "country", "Nowhere", "version", 1)).put(path).then()
                    .statusCode(403);
            as(a).delete(path).then().statusCode(403).contentType("application/problem+json");
        }
        as(sec).get(path).then().statusCode(200).body("name", equalTo("Kingdom of Cambodia"));
        as(sec).delete(path).then().statusCode(204);
        as(sec).get(path).then().statusCode(404);
        assertEquals(1, audited(sec, "constituency.created"));
        assertEquals(1, audited(sec, "constituency.updated"));
        assertEquals(1, audited(sec, "constituency.deleted"));

        Constituency used = TestData.constituency("Used");
        TestData.account("naused").focalPointFor(used).build();
        as(sec).delete("/api/v1/constituencies/" + used.id).then().statusCode(400)
                .body("errors.constituency", containsString("role grants"));
    }

    @Test
    void aFocalPointChangesAndRemovesTheirOwnConstituencysOrganisations() {
        Constituency own = TestData.constituency("Own");
        Constituency other = TestData.constituency("Other");
        Account fp = TestData.account("naorgfp").focalPointFor(own).build();
        Account intruder = TestData.account("naorgx").focalPointFor(other).build();
        MemberOrganisation org = TestData.organisation(own, "Migrant CARE");
        String path = "/api/v1/organisations/" + org.id;
        Map<String, Object> body = new java.util.HashMap<>(Map.of("constituencyCode", own.code, "name",
                "Migrant CARE Indonesia", "website", "https://migrantcare.net"));
        as(fp).body(body).put(path).then().statusCode(400).body("errors.version", containsString("version"));
        body.put("version", 0);
        as(intruder).body(body).put(path).then().statusCode(403);
        as(fp).body(body).put(path).then().statusCode(200).body("name", equalTo("Migrant CARE Indonesia"))
                .body("version", equalTo(1));
        as(fp).body(body).put(path).then().statusCode(409);
        as(fp).get(path).then().statusCode(200).body("website", equalTo("https://migrantcare.net"));
        as(intruder).get(path).then().statusCode(403);

        MemberOrganisation withMember = TestData.organisation(own, "SBMI");
        TestData.account("naorgmem").memberOf(withMember).build();
        as(fp).delete("/api/v1/organisations/" + withMember.id).then().statusCode(400)
                .body("errors.organisation", notNullValue());
        as(intruder).delete(path).then().statusCode(403);
        as(fp).delete(path).then().statusCode(204);
        assertEquals(1, audited(fp, "organisation.updated"));
        assertEquals(1, audited(fp, "organisation.deleted"));
    }

    @Test
    void theSecretariatManagesAccountsAsOnTheAccountPage() {
        Account sec = TestData.account("naasec").secretariat().build();
        Account person = TestData.account("naperson").observer().build();
        String path = "/api/v1/accounts/" + person.id;
        long version = as(sec).get(path).then().statusCode(200).body("username", equalTo(person.username))
                .body("grants[0].role", equalTo("OBSERVER")).extract().jsonPath().getLong("version");
        as(sec).body(Map.of("displayName", "Ayu Lestari", "email", "ayu@example.org")).put(path).then()
                .statusCode(400).body("errors.version", containsString("version"));
        as(sec).body(Map.of("displayName", "Ayu Lestari", "email", "ayu@example.org", "version", version)).put(path)
                .then().statusCode(200).body("displayName", equalTo("Ayu Lestari"))
                .body("username", equalTo(person.username));
        as(sec).body(Map.of("displayName", "Stale", "version", version)).put(path).then().statusCode(409);

        as(sec).post(path + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        as(person).get("/api/v1/me").then().statusCode(401);
        as(sec).post(path + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        as(sec).post(path + "/unlock").then().statusCode(200).body("locked", equalTo(false));
        as(sec).post("/api/v1/accounts/" + sec.id + "/disable").then().statusCode(400)
                .body("errors.enabled", notNullValue());
        as(sec).body(Map.of("newPassword", "short")).post(path + "/password").then().statusCode(400)
                .body("errors.newPassword", notNullValue());
        as(sec).body(Map.of("newPassword", "a new long password")).post(path + "/password").then().statusCode(204);
        as(person, "a new long password").get("/api/v1/me").then().statusCode(200);

        Account observer = TestData.account("naaobs").observer().build();
        as(observer).get(path).then().statusCode(403);
        as(observer).body(Map.of("displayName", "X", "version", version + 1)).put(path).then().statusCode(403);
        for (String action : List.of("/disable", "/enable", "/unlock")) {
            as(observer).post(path + action).then().statusCode(403).contentType("application/problem+json");
        }
        as(observer).body(Map.of("newPassword", "taken over by me")).post(path + "/password").then().statusCode(403);
        as(person, "a new long password").get("/api/v1/me").then().statusCode(200);
        for (String action : List.of("account.updated", "account.disabled", "account.enabled", "account.unlocked",
                "account.password-reset")) {
            assertEquals(1, audited(sec, action), action);
        }
    }

    @Test
    void anyoneChangesTheirOwnPasswordWithTheCurrentOne() {
        Account me = TestData.account("naself").observer().build();
        as(me).body(Map.of("currentPassword", "not my password", "newPassword", "my brand new password")).put(
                "/api/v1/me/password").then().statusCode(400).body("errors.currentPassword", notNullValue());
        as(me).body(Map.of("currentPassword", TestData.PASSWORD, "newPassword", "my brand new password",
                "confirmPassword", "something else")).put("/api/v1/me/password").then().statusCode(400)
                .body("errors.confirmPassword", notNullValue());
        as(me).body(Map.of("currentPassword", TestData.PASSWORD, "newPassword", "my brand new password")).put(
                "/api/v1/me/password").then().statusCode(204);
        as(me, "my brand new password").get("/api/v1/me").then().statusCode(200);
        as(me).get("/api/v1/me").then().statusCode(401);
        assertEquals(1, audited(me, "account.password-changed"));
    }
}
