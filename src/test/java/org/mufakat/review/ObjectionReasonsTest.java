package org.mufakat.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The reasons of objections and stand-asides, and the notes of reservations, are read by the convenor and the
 * participants before the convenor overrides, and the final document keeps the objections it overrode in a note.
 */
@QuarkusTest
class ObjectionReasonsTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));
    static final String OBJECTION = "A standard contract cannot be enforced without the Ministry of Labour.";
    static final String STAND_ASIDE = "Our unions take no position while the levy question is open.";
    static final String OVERRIDE = "The deadline of the forum leaves no time for another consultation.";

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    @Test
    void theConvenorReadsThailandsReasonOnEveryPageBeforeOverridingAndTheFinalDocumentKeepsIt() {
        Account convenor = TestData.account("orconv").convenor().build();
        Constituency thailand = TestData.constituency("Thailand");
        Constituency malaysia = TestData.constituency("Malaysia");
        Account focalTh = TestData.account("orfth").focalPointFor(thailand).build();
        Account focalMy = TestData.account("orfmy").focalPointFor(malaysia).build();
        Account observer = TestData.account("orobs").observer().build();
        Round round = ReviewTestData.round(RoundStatus.ENDORSEMENT, TODAY.plusDays(10), thailand, malaysia);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        String api = "/api/v1/rounds/" + round.id + "/positions";
        api(focalTh).body(Map.of("position", "ENDORSE")).post(api).then().statusCode(200);
        api(focalTh).body(Map.of("position", "OBJECT", "recommendationId", dw.id, "note", OBJECTION)).post(api)
                .then().statusCode(200);
        api(focalMy).body(Map.of("position", "STAND_ASIDE", "note", STAND_ASIDE)).post(api).then().statusCode(200);

        String review = "/rounds/" + round.id + "/review";
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get(review + "/consensus").then().statusCode(200).body(containsString("Reasons and notes given"))
                .body(containsString(OBJECTION)).body(containsString(STAND_ASIDE));
        c.get(review + "/recommendations/" + dw.id).then().statusCode(200).body(containsString(OBJECTION));
        c.get(review + "/finalize").then().statusCode(200).body(containsString(thailand.name + " objects to DW.1"))
                .body(containsString(OBJECTION)).body(containsString(STAND_ASIDE));
        WebSession my = WebSession.signIn(focalMy.username, TestData.PASSWORD);
        my.get(review + "/recommendations/" + dw.id).then().statusCode(200).body(containsString(OBJECTION));
        my.get(review + "/consensus").then().statusCode(200).body(containsString(OBJECTION));
        WebSession obs = WebSession.signIn(observer.username, TestData.PASSWORD);
        obs.get(review + "/recommendations/" + dw.id).then().statusCode(200).body(containsString(OBJECTION));

        Response tooShort = c.submit(review + "/finalize", review + "/finalize", "overrideReason", "Late.");
        assertEquals(400, tooShort.statusCode());
        assertThat(tooShort.asString(), containsString("too short (at least 10 characters)"));
        assertThat(tooShort.asString(), containsString("id=\"f-overrideReason-error\""));
        assertThat(tooShort.asString(), containsString(thailand.name + " objects to DW.1"));
        assertThat(tooShort.asString(), containsString(">Late.</textarea>"));
        assertThat(tooShort.asString(), containsString(OBJECTION));

        assertEquals(303, c.submit(review + "/finalize", review + "/finalize", "overrideReason", OVERRIDE)
                .statusCode());
        String document = c.get(review + "/document").then().statusCode(200).extract().asString();
        String note = document.substring(document.indexOf("id=\"override\""));
        note = note.substring(0, note.indexOf("</div>"));
        assertThat(note, containsString(OVERRIDE));
        assertThat(note, containsString(OBJECTION));
        assertThat(note, containsString(thailand.name));
        assertThat(document, containsString("Finalized by " + convenor.username));
        assertThat(document, containsString(STAND_ASIDE));
        my.get(review + "/document").then().statusCode(200).body(containsString(OBJECTION));
    }
}
