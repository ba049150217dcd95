package org.mufakat.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class InputApiTest {

    Constituency own;
    Constituency other;
    Round round;
    Account focal;
    String api;

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    @BeforeEach
    void setUp() {
        own = TestData.constituency("Philippines");
        other = TestData.constituency("Cambodia");
        round = RoundTestData.collecting(own, other);
        focal = TestData.account("apifp").focalPointFor(own).build();
        api = "/api/v1/rounds/" + round.id + "/inputs/" + own.code;
    }

    long addStatement(Account a, String body) {
        return as(a).body(body).post(api + "/statements").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void theWholeFlowThroughTheApi() {
        as(focal).get(api).then().statusCode(200).body("state", equalTo("NOT_STARTED"))
                .body("statements.size()", equalTo(0));
        as(focal).body("{\"startedOn\":\"2026-02-10\",\"venue\":\"Quezon City\",\"participantsTotal\":40,"
                + "\"participantsWomen\":25,\"participantsMen\":15,\"preamble\":\"The Philippines ratified C189.\","
                + "\"state\":\"SUBMITTED\"}").put(api).then().statusCode(200).body("state", equalTo("DRAFTING"))
                .body("record.venue", equalTo("Quezon City"));
        long first = addStatement(focal, "{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"Ratify C189.\"}");
        long second = addStatement(focal,
                "{\"theme\":\"DW\",\"addressee\":\"Government of Philippines\",\"text\":\"Weekly rest day.\"}");
        as(focal).post(api + "/statements/" + first + "/move-up").then().statusCode(409)
                .contentType("application/problem+json");
        as(focal).post(api + "/statements/" + second + "/move-up").then().statusCode(200)
                .body("number", equalTo("DW-1"));
        as(focal).body("{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"Ratify C189 now.\",\"version\":0}")
                .put(api + "/statements/" + first).then().statusCode(409).body("status", equalTo(409));
        long v = as(focal).get(api).then().extract().jsonPath().getLong("statements.find { it.id == " + first
                + " }.version");
        as(focal).body("{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"Ratify C189 now.\",\"version\":" + v
                + "}").put(api + "/statements/" + first).then().statusCode(200).body("text",
                        equalTo("Ratify C189 now."));
        as(focal).body("{\"theme\":\"XX\",\"addressee\":\"Nobody\",\"text\":\"\"}").post(api + "/statements")
                .then().statusCode(400).body("errors.theme", equalTo("Choose one of the round's themes."))
                .body("errors.text", equalTo("Enter a value here."));
        long version = as(focal).get(api).then().extract().jsonPath().getLong("version");
        as(focal).body("{\"version\":" + version + "}").post(api + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("submittedBy", equalTo(focal.username));
        as(focal).delete(api + "/statements/" + first).then().statusCode(409);

        Account convenor = TestData.account("apiconv").convenor().build();
        as(focal).body("{\"reason\":\"no\"}").post(api + "/return").then().statusCode(403);
        as(convenor).body("{\"reason\":\"\"}").post(api + "/return").then().statusCode(400)
                .body("errors.reason", equalTo("Give a reason: the focal point or convenor reads it."));
        as(convenor).body("{\"reason\":\"Add the sectors\"}").post(api + "/return").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("returnReason", equalTo("Add the sectors"));
        as(focal).delete(api + "/statements/" + first).then().statusCode(204);
        as(focal).body("{\"reason\":\"Changed our mind\"}").post(api + "/nil-return").then().statusCode(200)
                .body("state", equalTo("NIL_RETURN"));
    }

    @Test
    void submittingWithoutStatementsIsRefused() {
        as(focal).body("{\"version\":null}").post(api + "/submit").then().statusCode(409)
                .body("detail", equalTo("Add at least one statement or send a nil return."));
    }

    @Test
    void aMissingVersionIsAFieldToSendNotAConflict() {
        long id = addStatement(focal, "{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Ours\"}");
        String missing = "Send the version you read (the field version of what you change), so that nobody else's"
                + " saved change is overwritten.";
        as(focal).body("{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Changed\"}")
                .put(api + "/statements/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.version", equalTo(missing));
        as(focal).body("{}").post(api + "/submit").then().statusCode(400).contentType("application/problem+json")
                .body("errors.version", equalTo(missing));
        as(focal).body("{\"version\":999}").post(api + "/submit").then().statusCode(409)
                .body("errors.version", equalTo("Someone else saved this while you were editing. Check their values,"
                        + " then save again."));
        as(focal).get(api).then().body("state", equalTo("DRAFTING")).body("statements[0].text", equalTo("Ours"));
    }

    @Test
    void anotherFocalPointCannotReadOrChangeThisInputByPathOrId() {
        long id = addStatement(focal, "{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Ours\"}");
        Account intruder = TestData.account("apiint").focalPointFor(other).build();
        String theirs = "/api/v1/rounds/" + round.id + "/inputs/" + other.code;
        as(intruder).get(api).then().statusCode(403).contentType("application/problem+json");
        as(intruder).body("{\"venue\":\"Planted\"}").put(api).then().statusCode(403);
        as(intruder).body("{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"x\",\"version\":0}")
                .put(theirs + "/statements/" + id).then().statusCode(403);
        as(intruder).delete(theirs + "/statements/" + id).then().statusCode(403);
        as(intruder).body("{\"version\":0}").post(api + "/submit").then().statusCode(403);
        as(focal).get(api).then().body("statements[0].text", equalTo("Ours"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'permission.denied' and actor = ?1", intruder.username) >= 4));
    }

    @Test
    void restrictedStatementsAndEvidenceAreLeftOutForObservers() {
        addStatement(focal, "{\"theme\":\"AJ\",\"addressee\":\"ASEAN\",\"text\":\"Open\",\"evidence\":\"Hidden\"}");
        addStatement(focal, "{\"theme\":\"AJ\",\"addressee\":\"ASEAN\",\"text\":\"Testimony\",\"restricted\":true}");
        Account observer = TestData.account("apiobs").observer().build();
        as(observer).get(api).then().statusCode(200).body("statements.size()", equalTo(1))
                .body("statements[0].evidence", nullValue()).body("statements.text", not(hasItem("Testimony")));
        as(focal).get(api).then().body("statements.size()", equalTo(2))
                .body("statements[0].evidence", equalTo("Hidden"));
        Account convenor = TestData.account("apiconv").convenor().build();
        as(convenor).get(api).then().body("statements.size()", equalTo(2));
    }

    @Test
    void malformedBodiesGetProblemJson() {
        as(focal).body("{not json").post(api + "/statements").then().statusCode(400)
                .contentType("application/problem+json");
        as(focal).get("/api/v1/rounds/" + round.id + "/inputs/NOPE").then().statusCode(404);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> NationalInput.count(
                "round.id", round.id)));
    }
}
