package org.mufakat.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What security.SessionsEndTest and network.ApiTokenTest leave out: a personal API token after its account's grant
 * is revoked reaches nothing the grant opened, and HTTP Basic with the password before a change is refused. (Session
 * cookies after sign-out, password change, reset, grant revocation and disabling: SessionsEndTest; tokens after
 * revocation, expiry, disabling and reset: ApiTokenTest.)
 */
@QuarkusTest
class ReplayTest {

    @Test
    void aTokenAfterItsGrantIsRevokedAndBasicWithAnOldPasswordAreRefused() {
        Constituency vietnam = TestData.constituency("Viet Nam");
        Account focal = TestData.account("rp-fp").focalPointFor(vietnam).build();
        Account secretariat = TestData.account("rp-sec").secretariat().build();
        Round round = RoundTestData.collecting(vietnam);
        String input = "/api/v1/rounds/" + round.id + "/inputs/" + vietnam.code;
        String token = given().auth().preemptive().basic(focal.username, TestData.PASSWORD)
                .contentType("application/json").body(Map.of("name", "replay")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("token");
        String body = "{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"With a token\"}";
        given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post(input + "/statements").then().statusCode(201);

        long grant = QuarkusTransaction.requiringNew().call(() -> ((Account) Account.findById(focal.id)).grants
                .get(0).id);
        given().auth().preemptive().basic(secretariat.username, TestData.PASSWORD)
                .delete("/api/v1/accounts/" + focal.id + "/grants/" + grant).then().statusCode(204);
        int after = given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post(input + "/statements").statusCode();
        assertEquals(true, after == 401 || after == 403, "the token after the grant is gone: " + after);

        given().auth().preemptive().basic(focal.username, TestData.PASSWORD).contentType("application/json")
                .body(Map.of("currentPassword", TestData.PASSWORD, "newPassword", "a-new-long-passphrase-42"))
                .put("/api/v1/me/password").then().statusCode(204);
        given().auth().preemptive().basic(focal.username, TestData.PASSWORD).get("/api/v1/me").then()
                .statusCode(401);
        given().auth().preemptive().basic(focal.username, "a-new-long-passphrase-42").get("/api/v1/me").then()
                .statusCode(200);
    }
}
