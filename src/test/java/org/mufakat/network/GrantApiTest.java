package org.mufakat.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** An account's role grants through {@code /api/v1/accounts/{id}/grants}: the secretariat's, safe to repeat. */
@QuarkusTest
class GrantApiTest {

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    static long audited(Account who, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                who.username, action));
    }

    @Test
    void theSecretariatGrantsAndRevokesRolesOnceHoweverOftenAsked() {
        Account sec = TestData.account("gsec").secretariat().build();
        Constituency c = TestData.constituency("Cambodia");
        MemberOrganisation org = TestData.organisation(c, "CENTRAL");
        Account person = TestData.account("gperson").focalPointFor(c).build();
        String grants = "/api/v1/accounts/" + person.id + "/grants";

        as(sec).get(grants).then().statusCode(200).body("$", hasSize(1)).body("[0].role", equalTo("FOCAL_POINT"))
                .body("[0].constituencyId", equalTo(c.id.intValue())).body("[0].constituencyCode", equalTo(c.code))
                .body("[0].grantedBy", equalTo("test"));
        long grant = as(sec).body(Map.of("role", "MEMBER", "organisationId", org.id)).post(grants).then()
                .statusCode(201).body("role", equalTo("MEMBER")).body("organisationName", equalTo(org.name))
                .body("constituencyCode", equalTo(c.code)).body("grantedBy", equalTo(sec.username)).extract()
                .jsonPath().getLong("id");
        as(sec).body(Map.of("role", "MEMBER", "organisationId", org.id)).post(grants).then().statusCode(200)
                .body("id", equalTo((int) grant));
        assertEquals(1, audited(sec, "grant.added"));
        as(person).get("/api/v1/me").then().body("grants.role", equalTo(List.of("FOCAL_POINT", "MEMBER")));

        as(sec).body(Map.of("role", "FOCAL_POINT")).post(grants).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.constituencyId", equalTo("A focal point acts for a constituency: choose one."));
        as(sec).body(Map.of("role", "KING")).post(grants).then().statusCode(400)
                .body("errors.role", equalTo("Choose one of the options."));

        for (int i = 0; i < 2; i++) {
            as(sec).delete(grants + "/" + grant).then().statusCode(204);
        }
        assertEquals(1, audited(sec, "grant.revoked"), "revoking twice is recorded once");
        as(sec).get(grants).then().body("role", equalTo(List.of("FOCAL_POINT")));
        as(sec).get("/api/v1/accounts/999999999/grants").then().statusCode(404)
                .contentType("application/problem+json");
        as(sec).delete("/api/v1/accounts/999999999/grants/" + grant).then().statusCode(404);
    }

    @Test
    void nobodyButTheSecretariatSeesOrChangesGrants() {
        Constituency c = TestData.constituency("Viet Nam");
        Account focal = TestData.account("gfp").focalPointFor(c).build();
        Account convenor = TestData.account("gconv").convenor().build();
        Account observer = TestData.account("gobs").observer().build();
        Account member = TestData.account("gmem").memberOf(TestData.organisation(c, "CGFED")).build();
        String grants = "/api/v1/accounts/" + focal.id + "/grants";
        long grant = TestData.reload(focal).grants.get(0).id;
        for (Account a : List.of(focal, convenor, observer, member)) {
            as(a).get(grants).then().statusCode(403).contentType("application/problem+json");
            as(a).body(Map.of("role", "SECRETARIAT")).post(grants).then().statusCode(403);
            as(a).delete(grants + "/" + grant).then().statusCode(403);
        }
        assertEquals(List.of(org.mufakat.security.Role.FOCAL_POINT), TestData.reload(focal).grants.stream()
                .map(g -> g.role).toList());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'permission.denied'", focal.username) >= 3));
    }
}
