package org.mufakat.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mufakat.submission.SubmissionWorkflowTest.api;
import static org.mufakat.submission.SubmissionWorkflowTest.body;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Recording uptake per recommendation and matching an outcome document, through the API and the pages. */
@QuarkusTest
class UptakeTest {

    /** The 10th AFML's recommendations, paraphrasing RF.1 (recruitment fees) and DW.1 (a weekly rest day). */
    static final String AFML = """
            Recommendations of the 10th ASEAN Forum on Migrant Labour

            1. ASEAN Member States work towards eliminating excessive recruitment fees borne by migrant workers.
            2. Domestic workers be given one rest day a week in accordance with national laws.
            3. Statistics on labour migration be collected and shared through the ASEAN database.
            """;

    @Inject
    Versions versions;

    /** The people and forum sessions of SubmissionWorkflowTest. */
    final SubmissionWorkflowTest cast = new SubmissionWorkflowTest();
    Account convenor;
    Account focalId;
    Account memberPh;
    Account observer;

    @BeforeEach
    void setUp() {
        cast.setUp();
        convenor = cast.convenor;
        focalId = cast.focalId;
        memberPh = cast.memberPh;
        observer = cast.observer;
    }

    /** A final round sent to the 12th AFML: the submission's id. */
    long submitted(Round round) {
        return api(convenor).body(body(cast.afml, "CALIBRATED")).post("/api/v1/rounds/" + round.id + "/submissions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Round sentRound() {
        return SubmissionTestData.finalRound(false, cast.indonesia, cast.philippines);
    }

    static Map<String, Object> uptake(String level, String officialText, String reference) {
        Map<String, Object> m = new HashMap<>();
        m.put("level", level);
        m.put("officialText", officialText);
        m.put("reference", reference);
        return m;
    }

    long versionOf(long submission) {
        return QuarkusTransaction.requiringNew().call(() -> ((Submission) Submission.findById(submission)).version);
    }

    @Test
    void theImpactPagesUptakeByThemeFollowsAnUptakeJustRecorded() {
        Round round = sentRound();
        long id = submitted(round);
        long forum = QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>findById(id).forumSession
                .forum.id);
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).getYear();
        String indicators = "/api/v1/indicators?from=" + year + "&to=" + year + "&forumId=" + forum;
        io.restassured.path.json.JsonPath before = api(observer).get(indicators).then().statusCode(200).extract()
                .jsonPath();
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        api(convenor).body(uptake("FULL", "Eliminate recruitment fees.", "Outcome, point 1"))
                .put("/api/v1/submissions/" + id + "/uptake/" + rf.id).then().statusCode(200);
        io.restassured.path.json.JsonPath after = api(observer).get(indicators).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(before.getLong("totals.uptake.full") + 1, after.getLong("totals.uptake.full"));
        assertEquals(before.getLong("totals.uptake.notAssessed") - 1, after.getLong("totals.uptake.notAssessed"));
    }

    @Test
    void uptakeIsRecordedOnceReadBackInJsonAndShownOnThePage() {
        Round round = sentRound();
        long id = submitted(round);
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        String path = "/api/v1/submissions/" + id + "/uptake/" + rf.id;
        Map<String, Object> partial = uptake("PARTIAL", "Work towards eliminating excessive recruitment fees.",
                "10th AFML, recommendation 1");
        long before = versionOf(id);
        api(convenor).body(partial).put(path).then().statusCode(200).body("recommendationId", equalTo(rf.id.intValue()))
                .body("number", equalTo("RF.1")).body("level", equalTo("PARTIAL"))
                .body("reference", equalTo("10th AFML, recommendation 1"))
                .body("lineage.text", containsString("partial uptake at the 12th AFML"));
        assertTrue(versionOf(id) > before, "the submission, its aggregate, is bumped");
        long recorded = versionOf(id);
        api(convenor).body(partial).put(path).then().statusCode(200).body("version", equalTo(0));
        assertEquals(recorded, versionOf(id), "the same values again (a double click) change nothing");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and objectId = ?2", "submission.uptake-recorded", String.valueOf(id))));

        api(observer).get("/api/v1/submissions/" + id).then().statusCode(200).body("uptake", hasSize(1))
                .body("uptake[0].level", equalTo("PARTIAL"))
                .body("uptake[0].officialText", equalTo("Work towards eliminating excessive recruitment fees."));

        api(convenor).body(uptake("SOME", null, null)).put(path).then().statusCode(400)
                .body("errors.level", containsString("none, partial or full"));
        api(convenor).body(uptake("FULL", null, null)).put(path).then().statusCode(400)
                .body("errors.officialText", containsString("official wording"));
        api(convenor).body(uptake("NONE", null, null)).put(path).then().statusCode(200).body("level", equalTo("NONE"));
        api(convenor).body(Map.of("level", "FULL", "officialText", "x", "version", 0)).put(path).then()
                .statusCode(409);

        Round other = sentRound();
        Recommendation elsewhere = ReviewTestData.byText(other, ReviewTestData.RF);
        api(convenor).body(partial).put("/api/v1/submissions/" + id + "/uptake/" + elsewhere.id).then()
                .statusCode(404);
        api(convenor).body(partial).put("/api/v1/submissions/" + id + "/uptake/999999999").then().statusCode(404);

        WebSession fp = WebSession.signIn(focalId.username, TestData.PASSWORD);
        String show = "/rounds/" + round.id + "/submissions/" + id;
        fp.get(show).then().statusCode(200).body(containsString("No uptake"))
                .body(containsString(ReviewTestData.DW)).body(containsString("Nothing recorded yet"))
                .body(not(containsString("/uptake/" + rf.id + "\""))).body(not(containsString("uptake/suggestions")));
    }

    @Test
    void theConvenorRecordsOnThePageAndAFormWithErrorsKeepsWhatWasTyped() {
        Round round = sentRound();
        long id = submitted(round);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String show = "/rounds/" + round.id + "/submissions/" + id;
        c.get(show).then().statusCode(200).body(containsString("Record the uptake of DW.1"))
                .body(containsString("uptake/suggestions"));

        Response missing = c.submit(show, show + "/uptake/" + dw.id, "level", "FULL", "reference", "Para 2 typed");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("Give the official wording"), missing.asString());
        assertTrue(missing.asString().contains("Para 2 typed"), "nothing typed is lost");
        assertTrue(missing.asString().contains("href=\"#f-u" + dw.id + "-officialText\""), "the summary links the field");

        Response saved = c.submit(show, show + "/uptake/" + dw.id, "level", "FULL", "officialText",
                "Domestic workers be given one rest day a week.", "reference", "10th AFML, recommendation 2");
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith(show + "?page=1#u" + dw.id), saved.header("Location"));
        c.assertFlashAtAnchor(saved, "Uptake of DW.1 recorded.");
        c.get(show).then().body(containsString("Full uptake")).body(containsString("Change the uptake of DW.1"))
                .body(containsString("Domestic workers be given one rest day a week."));
        WebSession member = WebSession.signIn(memberPh.username, TestData.PASSWORD);
        member.get(show).then().statusCode(200).body(containsString("Full uptake"))
                .body(containsString("10th AFML, recommendation 2"));
    }

    @Test
    void pastingTheOutcomeSuggestsTheRightParagraphWithItsSharedWords() {
        Round round = sentRound();
        long id = submitted(round);
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        Recommendation aj = ReviewTestData.byText(round, ReviewTestData.AJ);
        List<Map<String, Object>> suggestions = api(convenor).body(Map.of("text", AFML))
                .post("/api/v1/submissions/" + id + "/uptake-suggestions").then().statusCode(200)
                .body("sharedTerms.flatten()", hasItem("recruitment")).extract().jsonPath().getList("");
        Map<Object, Map<String, Object>> byRecommendation = new HashMap<>();
        suggestions.forEach(s -> byRecommendation.put(((Number) s.get("recommendationId")).longValue(), s));
        assertEquals("1", byRecommendation.get(rf.id).get("paragraphLabel"));
        assertTrue(((String) byRecommendation.get(rf.id).get("paragraphText")).startsWith("ASEAN Member States work"));
        assertEquals("2", byRecommendation.get(dw.id).get("paragraphLabel"));
        assertFalse(byRecommendation.containsKey(aj.id), "legal aid is taken up nowhere: " + suggestions);
        api(convenor).body(Map.of("text", " ")).post("/api/v1/submissions/" + id + "/uptake-suggestions").then()
                .statusCode(400).body("errors.text", containsString("Paste"));

        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String page = "/rounds/" + round.id + "/submissions/" + id + "/uptake/suggestions";
        c.get(page).then().statusCode(200).body(containsString("Outcome document"));
        Response matched = c.submit(page, page, "text", AFML.replace("\n", "\r\n"), "source", "10th AFML", "action",
                "match");
        assertEquals(200, matched.statusCode());
        String html = matched.asString();
        assertTrue(html.contains("2 suggested matches"), html);
        assertTrue(html.contains("<strong>recruitment</strong>"), html);
        assertTrue(html.contains("10th AFML, paragraph 1"), "a reference to start from");
        String rfKey = "s" + rf.id + "-2";
        String dwKey = "s" + dw.id + "-3";

        Response dismissed = c.submit(page, page, "text", AFML, "source", "10th AFML", "action", "dismiss:" + dwKey);
        assertEquals(200, dismissed.statusCode());
        assertTrue(dismissed.asString().contains("1 suggested match"), dismissed.asString());
        assertTrue(dismissed.asString().contains("Recommendations of the 10th ASEAN Forum"), "the text is kept");
        assertFalse(dismissed.asString().contains("confirm:" + dwKey));

        Response confirmed = c.submit(page, page, "text", AFML, "source", "10th AFML", "dismissed", dwKey, "action",
                "confirm:" + rfKey, rfKey + "-level", "PARTIAL", rfKey + "-officialText",
                "ASEAN Member States work towards eliminating excessive recruitment fees borne by migrant workers.",
                rfKey + "-reference", "10th AFML, recommendation 1");
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.asString().contains("Uptake of RF.1 recorded."), confirmed.asString());
        assertTrue(confirmed.asString().contains("Recorded now: Partial uptake"));
        assertTrue(confirmed.asString().contains("Recommendations of the 10th ASEAN Forum"), "the text is kept");
        api(convenor).get("/api/v1/submissions/" + id).then().body("uptake", hasSize(1))
                .body("uptake[0].recommendationId", equalTo(rf.id.intValue()))
                .body("uptake[0].reference", equalTo("10th AFML, recommendation 1"));
        assertFalse(api(convenor).get("/api/v1/submissions/" + id).asString().contains("\"recommendationId\":"
                + dw.id), "a dismissed suggestion records nothing");
    }

    @Test
    void focalPointsMembersAndObserversMayNotRecordUptakeNorAskForSuggestions() {
        Round round = sentRound();
        long id = submitted(round);
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        Map<String, Object> partial = uptake("PARTIAL", "Eliminate excessive fees.", "10th AFML");
        for (Account a : List.of(focalId, memberPh, observer)) {
            api(a).body(partial).put("/api/v1/submissions/" + id + "/uptake/" + rf.id).then().statusCode(403);
            api(a).body(Map.of("text", AFML)).post("/api/v1/submissions/" + id + "/uptake-suggestions").then()
                    .statusCode(403);
        }
        WebSession fp = WebSession.signIn(focalId.username, TestData.PASSWORD);
        String show = "/rounds/" + round.id + "/submissions/" + id;
        assertEquals(403, fp.get(show + "/uptake/suggestions").statusCode());
        assertEquals(403, fp.submit(show, show + "/uptake/" + rf.id, "level", "FULL", "officialText", "x")
                .statusCode());
        api(convenor).get("/api/v1/submissions/" + id).then().body("uptake", hasSize(0));
    }
}
