package org.mufakat.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Sending, freezing, verifying and tracking submissions against a real database, through the API and the pages. */
@QuarkusTest
class SubmissionWorkflowTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    Account convenor;
    Account focalId;
    Account memberPh;
    Account observer;
    Constituency indonesia;
    Constituency philippines;
    ForumSession afml;
    ForumSession acsc;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("sconv").convenor().build();
        observer = TestData.account("sobs").observer().build();
        indonesia = TestData.constituency("Indonesia");
        philippines = TestData.constituency("Philippines");
        focalId = TestData.account("sfid").focalPointFor(indonesia).build();
        MemberOrganisation org = TestData.organisation(philippines, "Migrante");
        memberPh = TestData.account("smph").memberOf(org).build();
        afml = ForumTestData.session(ForumTestData.forum("ASEAN Forum on Migrant Labour", ForumSpace.SANCTIONED),
                "12th AFML", TODAY.plusDays(30));
        acsc = ForumTestData.session(ForumTestData.forum("ASEAN Civil Society Conference", ForumSpace.CREATED),
                "ACSC/APF", TODAY.plusDays(60));
    }

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    /** A final round with its final version taken: Indonesia's statement (a source of RF.1) is restricted. */
    Round finalRound(boolean publicAttribution) {
        return SubmissionTestData.finalRound(publicAttribution, indonesia, philippines);
    }

    static Map<String, Object> body(ForumSession session, String register) {
        return Map.of("forumSessionId", session.id, "register", register, "coverLetter",
                "Dear Chair,\n\nPlease find **our recommendations** attached.", "recipients", "ACMW Chair");
    }

    RoundStatus status(Round round) {
        return QuarkusTransaction.requiringNew().call(() -> ((Round) Round.findById(round.id)).status());
    }

    @Test
    void sendingFreezesTheTextWhichLaterEditsNeverChange() {
        Round round = finalRound(false);
        Response sent = api(convenor).header("Idempotency-Key", "key-" + TestData.next())
                .body(body(afml, "CALIBRATED")).post("/api/v1/rounds/" + round.id + "/submissions");
        sent.then().statusCode(201).body("trackingNumber", matchesPattern("MFK-\\d{4}-\\d{4}"))
                .body("status", equalTo("SUBMITTED")).body("register", equalTo("CALIBRATED"));
        long id = sent.jsonPath().getLong("id");
        String sha = sent.jsonPath().getString("sha256");
        assertEquals(RoundStatus.SUBMITTED, status(round), "the first submission moves the round to SUBMITTED");
        String text = api(convenor).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("sha256", equalTo(sha)).extract().path("text");
        assertEquals(SubmissionText.sha256(text), sha);
        assertTrue(text.contains(ReviewTestData.RF) && text.contains(ReviewTestData.DW));
        assertFalse(text.contains("full stop"), "the calibrated register, not the unvarnished one");

        QuarkusTransaction.requiringNew().run(() -> {
            Recommendation rec = Recommendation.find("round.id = ?1 and text = ?2", round.id, ReviewTestData.RF)
                    .firstResult();
            rec.text = "Something nobody agreed to.";
            Submission s = Submission.findById(id);
            s.text = "Rewritten history";
            s.sha256 = "0";
        });
        api(focalId).get("/api/v1/submissions/" + id).then().statusCode(200).body("text", equalTo(text))
                .body("sha256", equalTo(sha));

        api(observer).body(Map.of("text", text)).post("/api/v1/submissions/" + id + "/verify").then()
                .statusCode(200).body("matches", equalTo(true)).body("sha256", equalTo(sha));
        String changed = text.replaceFirst("Abolish", "Abolisg");
        api(observer).body(Map.of("text", changed)).post("/api/v1/submissions/" + id + "/verify").then()
                .statusCode(200).body("matches", equalTo(false)).body("submittedSha256", equalTo(sha))
                .body("sha256", not(equalTo(sha)));
        assertTrue(AuditEvent.count("action = ?1 and objectId = ?2", "submission.sent", String.valueOf(id)) == 1);
    }

    @Test
    void theSameKeyTwiceMakesOneSubmissionAndARoundMayHaveSeveral() {
        Round round = finalRound(false);
        String key = "retry-" + TestData.next();
        String path = "/api/v1/rounds/" + round.id + "/submissions";
        long first = api(convenor).header("Idempotency-Key", key).body(body(afml, "CALIBRATED")).post(path).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        api(convenor).header("Idempotency-Key", key).body(body(afml, "CALIBRATED")).post(path).then()
                .statusCode(200).body("id", equalTo((int) first));
        api(convenor).header("Idempotency-Key", "other-" + TestData.next()).body(body(acsc, "UNVARNISHED"))
                .post(path).then().statusCode(201).body("register", equalTo("UNVARNISHED"));
        api(focalId).get(path).then().statusCode(200).body("", hasSize(2));
        assertEquals(RoundStatus.SUBMITTED, status(round));

        Round other = finalRound(false);
        api(convenor).header("Idempotency-Key", key).body(body(afml, "CALIBRATED"))
                .post("/api/v1/rounds/" + other.id + "/submissions").then().statusCode(400);
    }

    @Test
    void theFrozenTextHoldsNoRestrictedSourceAndNoAttributionUnlessTheRoundAllowsIt() {
        Round hidden = finalRound(false);
        String text = api(convenor).body(body(acsc, "UNVARNISHED")).post("/api/v1/rounds/" + hidden.id
                + "/submissions").then().statusCode(201).extract().path("id").toString();
        String frozen = api(convenor).get("/api/v1/submissions/" + text).then().extract().path("text");
        assertTrue(frozen.contains("full stop"), "the unvarnished register");
        assertFalse(frozen.contains("Proposed by"), frozen);
        assertFalse(frozen.contains(indonesia.code) || frozen.contains(philippines.code), frozen);

        Round open = finalRound(true);
        String id = api(convenor).body(body(afml, "CALIBRATED")).post("/api/v1/rounds/" + open.id
                + "/submissions").then().statusCode(201).extract().path("id").toString();
        String attributed = api(convenor).get("/api/v1/submissions/" + id).then().extract().path("text");
        assertTrue(attributed.contains("Proposed by: " + philippines.code), attributed);
        assertFalse(attributed.contains(indonesia.code), "the restricted statement is never named: " + attributed);
        assertFalse(attributed.contains("Statement of"), "never a statement's text");
    }

    @Test
    void onlyTheConvenorSendsAndTracks() {
        Round round = finalRound(false);
        String path = "/api/v1/rounds/" + round.id + "/submissions";
        api(focalId).body(body(afml, "CALIBRATED")).post(path).then().statusCode(403);
        api(memberPh).body(body(afml, "CALIBRATED")).post(path).then().statusCode(403);
        api(observer).body(body(afml, "CALIBRATED")).post(path).then().statusCode(403);
        assertEquals(RoundStatus.FINAL, status(round));
        long id = api(convenor).body(body(afml, "CALIBRATED")).post(path).then().statusCode(201).extract()
                .jsonPath().getLong("id");

        Map<String, Object> event = Map.of("kind", "ACKNOWLEDGED", "occurredOn", TODAY.toString(), "note",
                "The ACMW Chair thanked us by letter.", "link", "https://asean.org/acmw/letter");
        api(focalId).body(event).post("/api/v1/submissions/" + id + "/events").then().statusCode(403);
        api(memberPh).body(event).post("/api/v1/submissions/" + id + "/events").then().statusCode(403);
        api(convenor).body(event).post("/api/v1/submissions/" + id + "/events").then().statusCode(201)
                .body("kind", equalTo("ACKNOWLEDGED"));
        api(convenor).body(event).post("/api/v1/submissions/" + id + "/events").then()
                .body("kind", equalTo("ACKNOWLEDGED")); // the same event again (a retry) is recorded once
        api(convenor).body(Map.of("kind", "RESPONSE", "occurredOn", TODAY.toString(), "link",
                "javascript:alert(1)")).post("/api/v1/submissions/" + id + "/events").then().statusCode(400)
                .body("errors.link", containsString("http"));
        api(memberPh).get("/api/v1/submissions/" + id).then().statusCode(200).body("events", hasSize(1))
                .body("events[0].note", equalTo("The ACMW Chair thanked us by letter."))
                .body("status", equalTo("ACKNOWLEDGED"));
        assertTrue(AuditEvent.count("action", "permission.denied") > 0);

        api(focalId).post("/api/v1/rounds/" + round.id + "/close").then().statusCode(403);
        api(convenor).post("/api/v1/rounds/" + round.id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        assertEquals(RoundStatus.CLOSED, status(round));
        api(convenor).body(body(afml, "CALIBRATED")).post(path).then().statusCode(409);
    }

    @Test
    void aRoundThatIsNotFinalCannotBeSubmittedNorAdvancedToSubmitted() {
        Round round = ReviewTestData.round(RoundStatus.ENDORSEMENT, TODAY.plusDays(7), indonesia, philippines);
        api(convenor).body(body(afml, "CALIBRATED")).post("/api/v1/rounds/" + round.id + "/submissions").then()
                .statusCode(409);
        Round fin = finalRound(false);
        api(convenor).body("{}").post("/api/v1/rounds/" + fin.id + "/advance").then().statusCode(409)
                .body("reasons[0]", containsString("first submission"));
        api(convenor).post("/api/v1/rounds/" + fin.id + "/close").then().statusCode(409);
    }

    @Test
    void thePagesPrepareConfirmSendShowAndVerify() {
        Round round = finalRound(false);
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String base = "/rounds/" + round.id + "/submissions";
        c.get(base).then().statusCode(200).body(containsString("Nothing has been submitted yet"));
        c.get("/rounds/" + round.id).then().statusCode(200).body(containsString(base + "/new"));
        String form = c.get(base + "/new").then().statusCode(200).body(containsString("value=\"CALIBRATED\""))
                .extract().asString();
        String key = form.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");

        Response missing = c.submit(base + "/new", base + "/preview", "idempotencyKey", key, "forumSessionId",
                String.valueOf(afml.id), "register", "CALIBRATED", "coverLetter", "Dear Chair", "recipients", "");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("Say who receives the submission."));
        assertTrue(missing.asString().contains("Dear Chair"), "nothing typed is lost");

        Response preview = c.submit(base + "/new", base + "/preview", "idempotencyKey", key, "forumSessionId",
                String.valueOf(afml.id), "register", "CALIBRATED", "coverLetter", "<script>x</script>Dear *Chair*",
                "recipients", "ACMW Chair");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.asString().contains(ReviewTestData.RF));
        assertFalse(preview.asString().contains("<script>x"), "the cover letter goes through the sanitiser");
        assertEquals(RoundStatus.FINAL, status(round), "nothing is sent before confirming");

        Object[] fields = { "idempotencyKey", key, "forumSessionId", String.valueOf(afml.id), "register",
                "CALIBRATED", "coverLetter", "Dear *Chair*", "recipients", "ACMW Chair" };
        Response sent = c.submit(base + "/new", base, fields);
        assertEquals(303, sent.statusCode());
        assertEquals(303, c.submit(base + "/new", base, fields).statusCode(), "a double click");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Submission.count("round.id", round.id)));
        Submission s = QuarkusTransaction.requiringNew().call(() -> Submission.find("round.id", round.id)
                .firstResult());
        String show = base + "/" + s.id;
        c.get(show).then().statusCode(200).body(containsString(s.trackingNumber)).body(containsString(s.sha256))
                .body(containsString("<em>Chair</em>"));

        Response bad = SubmissionTestData.postEvent(c, show, null, null, "kind", "RECEIVED", "occurredOn",
                "yesterday", "note", "Handed over at the venue");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("Handed over at the venue"));
        assertEquals(303, SubmissionTestData.postEvent(c, show, null, null, "kind", "RECEIVED", "occurredOn",
                TODAY.toString(), "note", "Handed over at the venue").statusCode());

        WebSession fp = WebSession.signIn(focalId.username, TestData.PASSWORD);
        fp.get(show).then().statusCode(200).body(containsString("Handed over at the venue"))
                .body(not(containsString("/events\"")));
        Response same = fp.submit(show + "/verify", show + "/verify", "text", s.text.replace("\n", "\r\n"));
        assertTrue(same.asString().contains("It matches"), same.asString());
        Response differs = fp.submit(show + "/verify", show + "/verify", "text", s.text.replace("weekly", "monthly"));
        assertTrue(differs.asString().contains("It does not match"));
        assertTrue(differs.asString().contains("<del>weekly</del>") || differs.asString().contains("weekly</del>"));
        assertEquals(403, fp.get(base + "/new").statusCode());
        assertEquals(403, fp.get(base + "/close").statusCode());

        c.get(base + "/close").then().statusCode(200);
        assertEquals(303, c.submit(base + "/close", base + "/close").statusCode());
        assertEquals(RoundStatus.CLOSED, status(round));
    }
}
