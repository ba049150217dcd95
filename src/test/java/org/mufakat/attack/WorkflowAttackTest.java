package org.mufakat.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.input.NationalInput;
import org.mufakat.input.Statement;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;
import org.mufakat.submission.Submission;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The attacker with a valid account and the impatient convenor: skipping a stage, or a focal point calling the
 * convenor's actions, is refused (409 or 403) and changes nothing (status and version in the database as they were);
 * fields nobody may set (status, owner, constituency, id, version, author, checksum) are ignored in forms and JSON.
 */
@QuarkusTest
class WorkflowAttackTest {

    Constituency vietnam;
    Constituency cambodia;
    Account convenor;
    Account focal;
    ForumSession session;

    @BeforeEach
    void setUp() {
        vietnam = TestData.constituency("Viet Nam");
        cambodia = TestData.constituency("Cambodia");
        convenor = TestData.account("wa-conv").convenor().build();
        focal = TestData.account("wa-fp").focalPointFor(vietnam).build();
        session = ForumTestData.session(ForumTestData.forum("AFML " + TestData.next(), ForumSpace.SANCTIONED),
                "AFML", LocalDate.now().plusDays(30));
    }

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    /** The round's status, version, submissions and recommendations, as stored. */
    static String stored(Round round) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Round r = Round.findById(round.id);
            return r.status() + " v" + r.version + " submissions=" + Submission.count("round.id", round.id)
                    + " recommendations=" + Recommendation.count("round.id", round.id);
        });
    }

    void refusedAndUnchanged(Round round, Response r, int... statuses) {
        String before = stored(round);
        assertTrue(List.of(statuses[0], statuses.length > 1 ? statuses[1] : statuses[0]).contains(r.statusCode()),
                r.statusCode() + " " + r.asString());
        assertEquals(before, stored(round));
    }

    @Test
    void skippingAStageIsRefusedAndChangesNothing() {
        Round review = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, LocalDate.now().plusDays(7), vietnam, cambodia);
        String before = stored(review);
        Response finalize = api(convenor).body("{}").post("/api/v1/rounds/" + review.id + "/finalize");
        assertEquals(409, finalize.statusCode(), "finalizing a round still in member review");
        Response submit = api(convenor).body(Map.of("forumSessionId", session.id, "register", "CALIBRATED",
                "coverLetter", "Dear Chair,", "recipients", "ACMW")).post("/api/v1/rounds/" + review.id
                        + "/submissions");
        assertEquals(409, submit.statusCode(), "submitting a round that is not final");
        Response close = api(convenor).body("{}").post("/api/v1/rounds/" + review.id + "/close");
        assertEquals(409, close.statusCode(), "closing a round never submitted");
        assertEquals(before, stored(review));

        Round collecting = RoundTestData.collecting(vietnam, cambodia);
        String collectingBefore = stored(collecting);
        Response harmonize = api(convenor).body(Map.of("themeCode", "DW", "addressee", "ASEAN", "text",
                "Too early")).post("/api/v1/rounds/" + collecting.id + "/recommendations");
        assertEquals(409, harmonize.statusCode(), "harmonizing before the inputs close: " + harmonize.asString());
        Response jump = api(convenor).body(Map.of("from", "FINAL")).post("/api/v1/rounds/" + collecting.id
                + "/advance");
        assertTrue(jump.statusCode() == 200 || jump.statusCode() == 409, "a move from a stage the round is not in"
                + " is taken for a double click: " + jump.statusCode());
        assertEquals(collectingBefore, stored(collecting));
    }

    @Test
    void theConvenorsActionsAsAFocalPointAreRefusedAndChangeNothing() {
        Round collecting = RoundTestData.collecting(vietnam, cambodia);
        String before = stored(collecting);
        assertEquals(403, api(focal).body(Map.of("from", "COLLECTING")).post("/api/v1/rounds/" + collecting.id
                + "/advance").statusCode());
        assertEquals(403, api(focal).body(Map.of("title", "Mine now")).put("/api/v1/rounds/" + collecting.id)
                .statusCode());
        assertEquals(before, stored(collecting));

        Round fin = ReviewTestData.round(RoundStatus.FINAL, null, vietnam, cambodia);
        Versions versions = Arc.container().instance(Versions.class).get();
        QuarkusTransaction.requiringNew().run(() -> versions.take(Round.findById(fin.id), "Final", true, "test"));
        String finBefore = stored(fin);
        assertEquals(403, api(focal).body(Map.of("forumSessionId", session.id, "register", "UNVARNISHED",
                "coverLetter", "Our own", "recipients", "ACMW")).post("/api/v1/rounds/" + fin.id + "/submissions")
                .statusCode());
        assertEquals(403, api(focal).body("{}").post("/api/v1/rounds/" + fin.id + "/close").statusCode());
        assertEquals(finBefore, stored(fin));
    }

    @Test
    void fieldsNobodyMaySetAreIgnoredInJsonAndForms() {
        Round round = RoundTestData.collecting(vietnam, cambodia);
        String input = "/api/v1/rounds/" + round.id + "/inputs/" + vietnam.code;
        Response created = api(focal).body(Map.of("theme", "DW", "addressee", "ASEAN", "text", "Ratify C189.",
                "id", 999999, "version", 77, "createdBy", "mallory", "constituencyCode", cambodia.code,
                "inputId", 1, "number", "DW-99")).post(input + "/statements");
        assertEquals(201, created.statusCode(), created.asString());
        long id = created.jsonPath().getLong("id");
        Statement s = QuarkusTransaction.requiringNew().call(() -> {
            Statement found = Statement.findById(id);
            found.input.constituency.code.length();
            return found;
        });
        assertTrue(id != 999999);
        assertEquals(focal.username, s.createdBy);
        assertEquals(0, s.version);
        assertEquals(vietnam.code, s.input.constituency.code);
        assertEquals("DW-1", created.jsonPath().getString("number"));

        Response record = api(focal).body(Map.of("venue", "Hanoi", "state", "SUBMITTED", "submittedBy", "mallory",
                "constituencyCode", cambodia.code, "version", s.input.version)).put(input);
        assertEquals(200, record.statusCode(), record.asString());
        NationalInput in = QuarkusTransaction.requiringNew().call(() -> NationalInput.findById(s.input.id));
        assertEquals("DRAFTING", in.state.name(), "the state moves only by submitting");
        assertEquals(null, in.submittedBy);

        var browser = org.mufakat.WebSession.signIn(focal.username, TestData.PASSWORD);
        String page = "/rounds/" + round.id + "/inputs/" + vietnam.code;
        Response form = browser.submit(page, page + "/statements", "theme", "RF", "addressee", "ASEAN", "text",
                "Abolish fees.", "id", "1", "version", "55", "createdBy", "mallory", "input", "1", "constituency",
                cambodia.code, "state", "SUBMITTED", "position", "-3");
        assertEquals(303, form.statusCode());
        Statement fromForm = QuarkusTransaction.requiringNew().call(() -> {
            Statement found = Statement.find("input.round.id = ?1 and text = ?2", round.id, "Abolish fees.")
                    .firstResult();
            found.input.constituency.code.length();
            return found;
        });
        assertEquals(focal.username, fromForm.createdBy);
        assertEquals(0, fromForm.version);
        assertEquals(1, fromForm.position);
        assertEquals(vietnam.code, fromForm.input.constituency.code);
        assertEquals("DRAFTING", QuarkusTransaction.requiringNew().call(
                () -> ((NationalInput) NationalInput.findById(s.input.id)).state.name()));

        Round fin = ReviewTestData.round(RoundStatus.FINAL, null, vietnam, cambodia);
        Versions versions = Arc.container().instance(Versions.class).get();
        QuarkusTransaction.requiringNew().run(() -> versions.take(Round.findById(fin.id), "Final", true, "test"));
        Response sent = api(convenor).body(Map.of("forumSessionId", session.id, "register", "CALIBRATED",
                "coverLetter", "Dear Chair,", "recipients", "ACMW", "text", "Forged text", "sha256", "0",
                "trackingNumber", "MFK-1999-0001", "submittedBy", "mallory", "status", "WITHDRAWN"))
                .post("/api/v1/rounds/" + fin.id + "/submissions");
        assertEquals(201, sent.statusCode(), sent.asString());
        Submission stored = QuarkusTransaction.requiringNew().call(() -> Submission.findById(sent.jsonPath()
                .getLong("id")));
        assertTrue(stored.text.contains(ReviewTestData.RF) && !stored.text.contains("Forged"));
        assertEquals(org.mufakat.submission.SubmissionText.sha256(stored.text), stored.sha256);
        assertTrue(stored.trackingNumber.matches("MFK-\\d{4}-\\d{4}") && !stored.trackingNumber.equals("MFK-1999-0001"));
        assertEquals(convenor.username, stored.sentBy);
    }
}
