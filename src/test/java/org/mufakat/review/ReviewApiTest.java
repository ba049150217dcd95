package org.mufakat.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * What the review pages do, through {@code /api/v1}: the convenor's edits and stage windows, replies, resolving and
 * reopening threads, following. Each with the pages' rules: 403 for a focal point of another constituency, a member
 * or an observer where the page refuses them, 404 for an object of another round, the audit event written.
 */
@QuarkusTest
class ReviewApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    Account convenor;
    Constituency indonesia;
    Constituency philippines;
    Account focalId;
    Account focalPh;
    Account member;
    Account observer;
    Account outsider;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("raconv").convenor().build();
        indonesia = TestData.constituency("Indonesia");
        philippines = TestData.constituency("Philippines");
        focalId = TestData.account("rafid").focalPointFor(indonesia).build();
        focalPh = TestData.account("rafph").focalPointFor(philippines).build();
        MemberOrganisation org = TestData.organisation(indonesia, "Migrant CARE");
        member = TestData.account("ramem").memberOf(org).build();
        observer = TestData.account("raobs").observer().build();
        outsider = TestData.account("raout").focalPointFor(TestData.constituency("Lao PDR")).build();
    }

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    Round round(RoundStatus status) {
        return ReviewTestData.round(status, TODAY.plusDays(10), indonesia, philippines);
    }

    static long audited(Account who, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                who.username, action));
    }

    static Map<String, Object> edit(String text, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("version", version);
        return body;
    }

    @Test
    void theConvenorEditsARecommendationWithTheVersionRead() {
        Round round = round(RoundStatus.MEMBER_REVIEW);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        String rec = "/api/v1/rounds/" + round.id + "/recommendations/" + dw.id;
        long version = api(convenor).get(rec + "/comments").then().statusCode(200).body("number", equalTo("DW.1"))
                .body("text", equalTo(ReviewTestData.DW)).extract().jsonPath().getLong("version");

        api(convenor).body(Map.of("text", "A weekly day off.")).post(rec + "/edits").then().statusCode(400)
                .contentType("application/problem+json").body("errors.version", containsString("version"));
        api(convenor).body(edit("", version)).post(rec + "/edits").then().statusCode(400)
                .body("errors.text", equalTo("Enter a value here."));
        api(convenor).body(edit("A weekly day off.", version + 7)).post(rec + "/edits").then().statusCode(409)
                .body("errors.version", containsString("Someone else saved this"));
        Map<String, Object> both = edit("Guarantee one day off a week.", version);
        both.put("unvarnishedText", "One day off a week, no exceptions.");
        both.put("note", "Plainer words");
        long after = api(convenor).body(both).post(rec + "/edits").then().statusCode(200)
                .body("text", equalTo("Guarantee one day off a week."))
                .body("unvarnishedText", equalTo("One day off a week, no exceptions.")).extract().jsonPath()
                .getLong("version");
        api(convenor).body(both).post(rec + "/edits").then().statusCode(409);
        api(focalId).get(rec + "/comments").then().statusCode(200).body("version", equalTo((int) after))
                .body("edits", hasSize(1)).body("edits[0].note", equalTo("Plainer words"))
                .body("edits[0].textBefore", equalTo(ReviewTestData.DW));
        assertEquals(1, audited(convenor, "review.edited"));

        for (Account a : new Account[] { focalPh, member, observer }) {
            api(a).body(edit("Planted.", after)).post(rec + "/edits").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        Round other = round(RoundStatus.MEMBER_REVIEW);
        api(convenor).body(edit("Wrong round.", after)).post("/api/v1/rounds/" + other.id + "/recommendations/"
                + dw.id + "/edits").then().statusCode(404).contentType("application/problem+json");
        assertEquals(ReviewTestData.byText(round, "Guarantee one day off a week.").id, dw.id);
    }

    @Test
    void inEndorsementAnEditIsEditorialOrSubstantiveAndInCalibrationTheUnvarnishedTextStays() {
        Round round = round(RoundStatus.ENDORSEMENT);
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        String base = "/api/v1/rounds/" + round.id;
        api(focalPh).body(Map.of("position", "ENDORSE", "recommendationId", rf.id)).post(base + "/positions").then()
                .statusCode(200);
        Map<String, Object> body = edit("Abolish all recruitment fees.", rf.version);
        body.put("kind", "MINOR");
        api(convenor).body(body).post(base + "/recommendations/" + rf.id + "/edits").then().statusCode(400)
                .body("errors.kind", equalTo("Choose one of the options."));
        body.put("kind", "SUBSTANTIVE");
        api(convenor).body(body).post(base + "/recommendations/" + rf.id + "/edits").then().statusCode(200)
                .body("stage", equalTo("ENDORSEMENT"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Position.count("recommendation.id", rf.id)),
                "a substantive edit resets the positions taken on it");

        Round calibration = round(RoundStatus.CALIBRATION);
        Recommendation dw = ReviewTestData.byText(calibration, ReviewTestData.DW);
        Map<String, Object> calibrated = edit("Ensure a weekly rest day.", dw.version);
        calibrated.put("unvarnishedText", "Ignored in calibration");
        api(convenor).body(calibrated).post("/api/v1/rounds/" + calibration.id + "/recommendations/" + dw.id
                + "/edits").then().statusCode(200).body("text", equalTo("Ensure a weekly rest day."))
                .body("unvarnishedText", equalTo("Domestic workers must get a day off every week, full stop."));

        Round done = round(RoundStatus.FINAL);
        Recommendation aj = ReviewTestData.byText(done, ReviewTestData.AJ);
        api(convenor).body(edit("Too late.", aj.version)).post("/api/v1/rounds/" + done.id
                + "/recommendations/" + aj.id + "/edits").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void repliesAndResolvingFollowThePagesRules() {
        Round round = round(RoundStatus.MEMBER_REVIEW);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        String base = "/api/v1/rounds/" + round.id;
        long thread = api(focalId).body(Map.of("body", "Which day?")).post(base + "/recommendations/" + dw.id
                + "/comments").then().statusCode(201).extract().jsonPath().getLong("id");

        long reply = api(focalPh).body(Map.of("body", "Sunday, for us.")).post(base + "/comments/" + thread
                + "/replies").then().statusCode(201).body("parentId", equalTo((int) thread))
                .body("recommendation", equalTo("DW.1")).extract().jsonPath().getLong("id");
        api(member).body(Map.of("body", "Friday, for many of ours.")).post(base + "/comments/" + reply
                + "/replies").then().statusCode(201).body("parentId", equalTo((int) thread));
        api(focalPh).body(Map.of("body", "")).post(base + "/comments/" + thread + "/replies").then()
                .statusCode(400).body("errors.body", equalTo("Write your comment."));
        api(observer).body(Map.of("body", "Observers only read")).post(base + "/comments/" + thread + "/replies")
                .then().statusCode(403);
        api(outsider).body(Map.of("body", "Let me in")).post(base + "/comments/" + thread + "/replies").then()
                .statusCode(403);
        assertEquals(1, audited(focalPh, "review.replied"));

        for (Account a : new Account[] { focalPh, member, observer, outsider }) {
            api(a).post(base + "/comments/" + thread + "/resolve").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        api(focalId).post(base + "/comments/" + reply + "/resolve").then().statusCode(200)
                .body("id", equalTo((int) thread)).body("resolved", equalTo(true));
        api(focalId).post(base + "/comments/" + thread + "/resolve").then().statusCode(200)
                .body("resolved", equalTo(true));
        assertEquals(1, audited(focalId, "review.thread-resolved"), "resolving twice is recorded once");
        api(convenor).post(base + "/comments/" + thread + "/reopen").then().statusCode(200)
                .body("resolved", equalTo(false));
        assertEquals(1, audited(convenor, "review.thread-reopened"));

        api(observer).get(base + "/recommendations/" + dw.id + "/comments").then().statusCode(200)
                .body("threads", hasSize(1)).body("threads[0].replies", hasSize(2))
                .body("threads[0].opening.resolved", equalTo(false)).body("threads[0].canResolve", equalTo(false));
        api(focalId).get(base + "/recommendations/" + dw.id + "/comments").then()
                .body("threads[0].canResolve", equalTo(true));
        api(outsider).get(base + "/recommendations/" + dw.id + "/comments").then().statusCode(403);

        Round other = round(RoundStatus.MEMBER_REVIEW);
        String elsewhere = "/api/v1/rounds/" + other.id + "/comments/" + thread;
        api(convenor).post(elsewhere + "/resolve").then().statusCode(404);
        api(focalId).body(Map.of("body", "Wrong round")).post(elsewhere + "/replies").then().statusCode(404);
        api(convenor).get("/api/v1/rounds/" + other.id + "/recommendations/" + dw.id + "/comments").then()
                .statusCode(404);
    }

    @Test
    void followingTwiceIsOnceAndObserversOnlyRead() {
        Round round = round(RoundStatus.MEMBER_REVIEW);
        Recommendation aj = ReviewTestData.byText(round, ReviewTestData.AJ);
        String follow = "/api/v1/rounds/" + round.id + "/recommendations/" + aj.id + "/follow";
        for (int i = 0; i < 2; i++) {
            api(member).put(follow).then().statusCode(200).body("following", equalTo(true));
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Follow.count("recommendation.id", aj.id)));
        assertEquals(1, audited(member, "review.followed"));
        api(member).get("/api/v1/rounds/" + round.id + "/recommendations/" + aj.id + "/comments").then()
                .body("following", equalTo(true));
        api(focalPh).body(Map.of("body", "Every embassy, really?")).post("/api/v1/rounds/" + round.id
                + "/recommendations/" + aj.id + "/comments").then().statusCode(201);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> org.mufakat.notify.Notice.count(
                "accountId = ?1 and subject like '%AJ.1'", member.id)), "the follower is told of the comment");
        for (int i = 0; i < 2; i++) {
            api(member).delete(follow).then().statusCode(200).body("following", equalTo(false));
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Follow.count("recommendation.id", aj.id)));
        assertEquals(1, audited(member, "review.unfollowed"));

        api(observer).put(follow).then().statusCode(403).contentType("application/problem+json");
        api(outsider).put(follow).then().statusCode(403);
        Round other = round(RoundStatus.MEMBER_REVIEW);
        api(member).put("/api/v1/rounds/" + other.id + "/recommendations/" + aj.id + "/follow").then()
                .statusCode(404);
    }

    @Test
    void theConvenorSetsStageWindowsThatEveryReaderSees() {
        Round round = round(RoundStatus.MEMBER_REVIEW);
        String windows = "/api/v1/rounds/" + round.id + "/windows";
        api(convenor).get(windows).then().statusCode(200).body("$", hasSize(0));
        api(convenor).body(Map.of("closesOn", TODAY.plusDays(3).toString(), "reason", "Two more national meetings"))
                .put(windows + "/MEMBER_REVIEW").then().statusCode(200).body("stage", equalTo("MEMBER_REVIEW"))
                .body("closesOn", equalTo(TODAY.plusDays(3).toString()))
                .body("setBy", equalTo(convenor.username));
        api(convenor).body(Map.of("closesOn", TODAY.plusDays(5).toString())).put(windows + "/MEMBER_REVIEW").then()
                .statusCode(200).body("closesOn", equalTo(TODAY.plusDays(5).toString()));
        api(convenor).body(Map.of("closesOn", TODAY.plusDays(20).toString())).put(windows + "/ENDORSEMENT").then()
                .statusCode(200);
        api(observer).get(windows).then().statusCode(200).body("stage", equalTo(java.util.List.of("MEMBER_REVIEW",
                "ENDORSEMENT"))).body("closesOn", hasItem(TODAY.plusDays(5).toString()));
        api(convenor).get("/api/v1/rounds/" + round.id + "/consensus").then()
                .body("endorsementDeadline", equalTo(TODAY.plusDays(20).toString()));
        assertEquals(3, audited(convenor, "review.window-set"));

        api(convenor).body(Map.of("closesOn", TODAY.minusDays(1).toString())).put(windows + "/CALIBRATION").then()
                .statusCode(400).body("errors.closesOn", equalTo("The last day cannot be in the past."));
        api(convenor).body(Map.of("closesOn", "soon")).put(windows + "/FINAL").then().statusCode(400)
                .body("errors.stage", notNullValue()).body("errors.closesOn", notNullValue());
        api(convenor).put(windows + "/MEMBER_REVIEW").then().statusCode(400).contentType("application/problem+json");
        for (Account a : new Account[] { focalId, member, observer }) {
            api(a).body(Map.of("closesOn", TODAY.plusDays(30).toString())).put(windows + "/MEMBER_REVIEW").then()
                    .statusCode(403);
        }
        api(outsider).get(windows).then().statusCode(403);
    }

    @Test
    void restrictedSourcesStayHiddenInTheThreadsView() {
        Round round = round(RoundStatus.MEMBER_REVIEW);
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        String path = "/api/v1/rounds/" + round.id + "/recommendations/" + rf.id + "/comments";
        api(focalId).get(path).then().body("sources", hasItem(indonesia.code + " RF-R1"));
        api(focalPh).get(path).then().statusCode(200).body("sources", not(hasItem(indonesia.code + " RF-R1")));
        api(observer).get(path).then().statusCode(200).body("sources", not(hasItem(indonesia.code + " RF-R1")));
    }
}
