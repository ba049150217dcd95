package org.mufakat.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mufakat.submission.SubmissionWorkflowTest.api;
import static org.mufakat.submission.SubmissionWorkflowTest.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;
import org.mufakat.round.RoundTheme;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Carrying a closed round's recommendations into later rounds, keeping their lineage, through the API and pages. */
@QuarkusTest
class CarryForwardTest {

    @Inject
    Versions versions;

    Account convenor;
    Account focalId;
    Account memberPh;
    Constituency indonesia;
    Constituency philippines;
    Forum afml;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("cconv").convenor().build();
        indonesia = TestData.constituency("Indonesia");
        philippines = TestData.constituency("Philippines");
        focalId = TestData.account("cfid").focalPointFor(indonesia).build();
        memberPh = TestData.account("cmph").memberOf(TestData.organisation(philippines, "Migrante")).build();
        afml = ForumTestData.forum("ASEAN Forum on Migrant Labour", ForumSpace.SANCTIONED);
    }

    /** A round of the given stage held for the AFML session of that year (RF.1, DW.1, AJ.1 from ReviewTestData). */
    Round round(int year, RoundStatus status) {
        ForumSession session = ForumTestData.session(afml, (year - 2000) + "th AFML", LocalDate.of(year, 10, 20));
        Round round = ReviewTestData.round(status, null, indonesia, philippines);
        QuarkusTransaction.requiringNew().run(() -> ((Round) Round.findById(round.id)).forumSession =
                ForumSession.findById(session.id));
        return round;
    }

    /** Makes the round final, sends it to its own forum session and returns the submission's id. */
    long send(Round round) {
        RoundTestData.setStatus(round, RoundStatus.FINAL);
        ForumSession session = QuarkusTransaction.requiringNew().call(() -> {
            Round r = Round.findById(round.id);
            versions.take(r, "Final", true, "test");
            return r.forumSession;
        });
        return api(convenor).body(body(session, "CALIBRATED")).post("/api/v1/rounds/" + round.id + "/submissions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    void uptake(long submission, Recommendation r, String level) {
        api(convenor).body(Map.of("level", level, "officialText", "Official words on " + r.number(), "reference",
                "recommendation " + r.number())).put("/api/v1/submissions/" + submission + "/uptake/" + r.id).then()
                .statusCode(200);
    }

    void close(Round round) {
        api(convenor).post("/api/v1/rounds/" + round.id + "/close").then().statusCode(200);
    }

    static Map<String, Object> carry(Round target, Long... ids) {
        return Map.of("targetRoundId", target.id, "recommendationIds", List.of(ids));
    }

    @Test
    void lineageIsKeptThroughTwoHopsAndCarryingTwiceMakesOne() {
        Round first = round(2009, RoundStatus.FINAL);
        long sent2009 = send(first);
        Recommendation rf2009 = ReviewTestData.byText(first, ReviewTestData.RF);
        uptake(sent2009, rf2009, "PARTIAL");
        close(first);

        Round second = round(2010, RoundStatus.HARMONIZING);
        Response carried = api(convenor).body(carry(second, rf2009.id))
                .post("/api/v1/rounds/" + first.id + "/carry-forward");
        carried.then().statusCode(201).body("created", equalTo(1)).body("recommendations", hasSize(1))
                .body("recommendations[0].number", equalTo("RF.2"))
                .body("recommendations[0].carriedFromId", equalTo(rf2009.id.intValue()))
                .body("recommendations[0].lineage.text",
                        equalTo("first asked in 2009, carried once; partial uptake at the 9th AFML"));
        long rf2010 = carried.jsonPath().getLong("recommendations[0].id");
        api(convenor).body(carry(second, rf2009.id)).post("/api/v1/rounds/" + first.id + "/carry-forward").then()
                .statusCode(200).body("created", equalTo(0)).body("recommendations[0].id", equalTo((int) rf2010))
                .body("recommendations[0].created", equalTo(false));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Recommendation.count(
                "round.id = ?1 and carriedFrom.id = ?2", second.id, rf2009.id)), "carrying twice makes one");

        long sent2010 = send(second);
        uptake(sent2010, Recommendation.findById(rf2010), "NONE");
        close(second);
        Round third = round(2011, RoundStatus.COLLECTING);
        Response again = api(convenor).body(carry(third, rf2010)).post("/api/v1/rounds/" + second.id
                + "/carry-forward");
        again.then().statusCode(201).body("recommendations[0].lineage.timesCarried", equalTo(2))
                .body("recommendations[0].lineage.firstAskedId", equalTo(rf2009.id.intValue()))
                .body("recommendations[0].lineage.text",
                        equalTo("first asked in 2009, carried 2 times; partial uptake at the 9th AFML"));
        long rf2011 = again.jsonPath().getLong("recommendations[0].id");

        RoundTestData.setStatus(third, RoundStatus.HARMONIZING);
        api(convenor).get("/api/v1/rounds/" + third.id + "/recommendations").then().statusCode(200)
                .body("items.find { it.id == " + rf2011 + " }.lineage.text",
                        equalTo("first asked in 2009, carried 2 times; partial uptake at the 9th AFML"))
                .body("items.find { it.id == " + rf2011 + " }.sources", hasSize(0))
                .body("items.find { it.text == '" + ReviewTestData.DW + "' }.lineage.text", nullValue());
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get("/rounds/" + third.id + "/harmonize").then().statusCode(200)
                .body(containsString("first asked in 2009, carried 2 times; partial uptake at the 9th AFML"));
        c.request().header("Accept-Language", "id").get("/rounds/" + third.id + "/harmonize").then()
                .body(containsString("pertama diajukan pada 2009, dibawa 2 kali; diadopsi sebagian di 9th AFML"));
        c.get("/rounds/" + second.id + "/submissions/" + sent2010).then().statusCode(200)
                .body(containsString("first asked in 2009, carried once; partial uptake at the 9th AFML"));
        QuarkusTransaction.requiringNew().run(() -> Round.<Round>findById(first.id).forumSession.title =
                "9th AFML, Vientiane");
        c.get("/rounds/" + third.id + "/harmonize").then().statusCode(200).body(containsString(
                "first asked in 2009, carried 2 times; partial uptake at the 9th AFML, Vientiane"));

        api(convenor).body(Map.of("themeCode", "RF", "addressee", "ASEAN", "text", "Abolish all recruitment fees.",
                "sourceStatementIds", List.of(), "version", versionOf(rf2011)))
                .put("/api/v1/rounds/" + third.id + "/recommendations/" + rf2011).then().statusCode(200)
                .body("text", equalTo("Abolish all recruitment fees."))
                .body("lineage.timesCarried", equalTo(2));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", "round.carried-forward"))
                >= 2);
    }

    static long versionOf(long recommendation) {
        return QuarkusTransaction.requiringNew().call(() -> ((Recommendation) Recommendation.findById(
                recommendation)).version);
    }

    @Test
    void fullUptakeUnknownIdsAndRoundsInTheWrongStageAreRefused() {
        Round open = round(2012, RoundStatus.FINAL);
        Round target = round(2013, RoundStatus.HARMONIZING);
        Recommendation rf = ReviewTestData.byText(open, ReviewTestData.RF);
        Recommendation aj = ReviewTestData.byText(open, ReviewTestData.AJ);
        api(convenor).body(carry(target, rf.id)).post("/api/v1/rounds/" + open.id + "/carry-forward").then()
                .statusCode(409).body("reasons[0]", containsString("closed round"));
        long sent = send(open);
        uptake(sent, aj, "FULL");
        close(open);
        String path = "/api/v1/rounds/" + open.id + "/carry-forward";
        api(convenor).body(carry(target, rf.id, aj.id)).post(path).then().statusCode(409)
                .body("errors.recommendationIds", containsString("AJ.1 (" + aj.id + ")"));
        Recommendation foreign = ReviewTestData.byText(target, ReviewTestData.RF);
        api(convenor).body(carry(target, rf.id, foreign.id)).post(path).then().statusCode(400)
                .body("errors.recommendationIds", containsString(String.valueOf(foreign.id)));
        api(convenor).body(carry(target)).post(path).then().statusCode(400)
                .body("errors.recommendationIds", containsString("at least one"));
        api(convenor).body(Map.of("recommendationIds", List.of(rf.id))).post(path).then().statusCode(400)
                .body("errors.targetRoundId", containsString("Choose the round"));
        Round inReview = round(2014, RoundStatus.ENDORSEMENT);
        api(convenor).body(carry(inReview, rf.id)).post(path).then().statusCode(409)
                .body("errors.targetRoundId", containsString("collecting inputs or harmonizing"));
        Round inSetup = round(2019, RoundStatus.SETUP);
        api(convenor).body(carry(inSetup, rf.id)).post(path).then().statusCode(409);
        api(convenor).get(path).then().statusCode(200)
                .body("recommendations.find { it.id == " + aj.id + " }.bestUptake", equalTo("FULL"))
                .body("recommendations.find { it.id == " + aj.id + " }.eligible", equalTo(false))
                .body("recommendations.find { it.id == " + rf.id + " }.bestUptake", equalTo("NONE"))
                .body("targets.id", org.hamcrest.Matchers.hasItem(target.id.intValue()))
                .body("targets.id", not(org.hamcrest.Matchers.hasItem(inReview.id.intValue())));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Recommendation.count(
                "round.id = ?1 and carriedFrom is not null", target.id)), "nothing was carried");
    }

    @Test
    void focalPointsAndMembersMayNotCarryForward() {
        Round closed = round(2015, RoundStatus.FINAL);
        send(closed);
        close(closed);
        Round target = round(2016, RoundStatus.COLLECTING);
        Recommendation rf = ReviewTestData.byText(closed, ReviewTestData.RF);
        String path = "/api/v1/rounds/" + closed.id + "/carry-forward";
        for (Account a : List.of(focalId, memberPh)) {
            api(a).body(carry(target, rf.id)).post(path).then().statusCode(403);
            api(a).get(path).then().statusCode(403);
        }
        WebSession fp = WebSession.signIn(focalId.username, TestData.PASSWORD);
        assertEquals(403, fp.get("/rounds/" + closed.id + "/carry-forward").statusCode());
        fp.get("/rounds/" + closed.id + "/submissions").then().statusCode(200)
                .body(not(containsString("/carry-forward")));
        assertEquals(403, fp.submit("/rounds/" + closed.id + "/submissions", "/rounds/" + closed.id
                + "/carry-forward", "targetRoundId", String.valueOf(target.id), "recommendation",
                String.valueOf(rf.id)).statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and actor = ?2",
                "permission.denied", focalId.username)) > 0);
    }

    @Test
    void thePagesOfferTheEligibleOnesSayWhereEachGoesAndCarryThem() {
        Round closed = round(2017, RoundStatus.FINAL);
        long sent = send(closed);
        Recommendation rf = ReviewTestData.byText(closed, ReviewTestData.RF);
        Recommendation dw = ReviewTestData.byText(closed, ReviewTestData.DW);
        Recommendation aj = ReviewTestData.byText(closed, ReviewTestData.AJ);
        uptake(sent, aj, "FULL");
        close(closed);
        Round target = round(2018, RoundStatus.COLLECTING);
        QuarkusTransaction.requiringNew().run(() -> ((RoundTheme) RoundTheme.find("round.id = ?1 and code = ?2",
                target.id, "DW").firstResult()).code = "DM");

        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String base = "/rounds/" + closed.id;
        c.get(base + "/submissions").then().statusCode(200).body(containsString(base + "/carry-forward"));
        String form = c.get(base + "/carry-forward").then().statusCode(200).extract().asString();
        assertTrue(form.contains("value=\"" + rf.id + "\" id=\"rec-" + rf.id + "\" checked"), form);
        assertTrue(form.contains("value=\"" + aj.id + "\" id=\"rec-" + aj.id + "\" disabled"), form);
        assertTrue(form.contains("fully taken up: stays here"));

        Response none = c.submit(base + "/carry-forward", base + "/carry-forward/preview", "targetRoundId",
                String.valueOf(target.id));
        assertEquals(400, none.statusCode());
        assertTrue(none.asString().contains("Choose at least one recommendation"));

        Response preview = c.submit(base + "/carry-forward", base + "/carry-forward/preview", "targetRoundId",
                String.valueOf(target.id), "recommendation", String.valueOf(rf.id), "recommendation",
                String.valueOf(dw.id));
        assertEquals(200, preview.statusCode());
        String confirm = preview.asString();
        assertTrue(confirm.contains("2 recommendations go into"), confirm);
        assertTrue(confirm.contains("Under RF, its own theme there."), confirm);
        assertTrue(confirm.contains("The round has no theme DW: it goes under RF · Recruitment fees and agencies,"
                + " its first theme."), confirm);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Recommendation.count(
                "round.id = ?1 and carriedFrom is not null", target.id)), "nothing before confirming");

        Response done = c.submit(base + "/carry-forward", base + "/carry-forward", "targetRoundId",
                String.valueOf(target.id), "recommendation", String.valueOf(rf.id), "recommendation",
                String.valueOf(dw.id));
        assertEquals(303, done.statusCode());
        assertTrue(done.header("Location").endsWith("/rounds/" + target.id + "/recommendations"));
        c.get("/rounds/" + target.id + "/recommendations").then().statusCode(200)
                .body(containsString("2 new, 0 carried before"))
                .body(containsString("first asked in 2017, carried once"));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> Recommendation.count(
                "round.id = ?1 and carriedFrom is not null and theme.code = 'RF'", target.id)));
    }
}
