package org.mufakat.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The review pages: what they show, forms that come back with their errors and the typed text, redirects. */
@QuarkusTest
class ReviewPageTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    Account convenor;
    Constituency vietnam;
    Constituency cambodia;
    Account focalVn;
    Account member;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("pconv").convenor().build();
        vietnam = TestData.constituency("Viet Nam");
        cambodia = TestData.constituency("Cambodia");
        focalVn = TestData.account("pfvn").focalPointFor(vietnam).build();
        MemberOrganisation org = TestData.organisation(vietnam, "CGFED");
        member = TestData.account("pmem").memberOf(org).build();
    }

    @Test
    void theProposalPageShowsTextsStandingsFootnotesAndTheNextActions() {
        Round round = ReviewTestData.round(RoundStatus.ENDORSEMENT, TODAY.plusDays(7), vietnam, cambodia);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        WebSession fp = WebSession.signIn(focalVn.username, TestData.PASSWORD);
        String review = "/rounds/" + round.id + "/review";
        fp.get(review).then().statusCode(200).body(containsString(ReviewTestData.RF))
                .body(containsString("Domestic workers must get a day off every week, full stop."))
                .body(containsString("Take a position")).body(not(containsString("Finalize the proposal")));

        Response missing = fp.submit(review + "/positions", review + "/positions", "actingFor", "C:" + vietnam.code,
                "recommendationId", String.valueOf(dw.id), "stance", "RESERVATION", "note", "");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("Write the reservation"));
        assertTrue(missing.asString().contains("value=\"RESERVATION\" checked"), "the chosen stance is kept");

        Response saved = fp.submit(review + "/positions", review + "/positions", "actingFor", "C:" + vietnam.code,
                "recommendationId", String.valueOf(dw.id), "stance", "RESERVATION", "note",
                "Only with live-in workers named.");
        assertEquals(303, saved.statusCode());
        assertEquals(303, fp.submit(review + "/positions", review + "/positions", "stance", "ENDORSE").statusCode());
        fp.get(review).then().body(containsString("Reservation of " + vietnam.name + " on DW.1"))
                .body(containsString("Only with live-in workers named.")).body(containsString("id=\"fn-1\""));
        fp.get(review + "/document?register=unvarnished").then().statusCode(200)
                .body(containsString("Domestic workers must get a day off every week, full stop."))
                .body(containsString("Only with live-in workers named."));
        fp.get(review + "/positions").then().statusCode(200).body(containsString("Only with live-in workers named."));

        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get(review + "/consensus").then().statusCode(200).body(containsString(vietnam.name))
                .body(containsString("With a reservation")).body(containsString("Silent"));
        c.get(review + "/finalize").then().statusCode(200).body(containsString(cambodia.name
                + " has not taken a position on the proposal yet")).body(containsString("Blocked</span>"))
                .body(not(containsString("action=\"/rounds/" + round.id + "/review/finalize\"")));
    }

    @Test
    void theProposalIsKeptPerBrowserAndShowsAWindowSetAndItsMessage() {
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, vietnam);
        String review = "/rounds/" + round.id + "/review";
        WebSession first = WebSession.signIn(convenor.username, TestData.PASSWORD);
        WebSession second = WebSession.signIn(convenor.username, TestData.PASSWORD);
        for (WebSession s : List.of(first, second, first, second)) {
            String html = s.get(review).then().statusCode(200).body(containsString("action=\"" + review + "/windows\""))
                    .extract().asString();
            assertTrue(s.assertFormsCarryOwnToken(html) >= 2, "the window form and the shell");
        }
        WebSession fp = WebSession.signIn(focalVn.username, TestData.PASSWORD);
        fp.get(review).then().statusCode(200).body(not(containsString(review + "/windows")));

        String closes = TODAY.plusDays(4).toString();
        Response bad = first.submit(review, review + "/windows", "stage", "MEMBER_REVIEW", "closesOn", "soon");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("id=\"f-closesOn-error\""), "the error beside the date");
        first.assertFlashAtAnchor(first.submit(review, review + "/windows", "stage", "MEMBER_REVIEW", "closesOn",
                closes), "Member review closes on");
        String after = second.get(review).then().statusCode(200).body(not(containsString("No closing days set yet.")))
                .body(containsString("Member review: closes on")).extract().asString();
        second.assertFormsCarryOwnToken(after);
    }

    @Test
    void aLongProposalNumbersItsFootnotesAcrossPagesAndFinalizeWeighsEveryReason() {
        Round round = ReviewTestData.round(RoundStatus.ENDORSEMENT, TODAY.plusDays(7), vietnam);
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(round.id);
            for (int i = 1; i <= ReviewWorkflow.PAGE_SIZE + 5; i++) {
                ReviewTestData.recommendation(r, r.themes.get(2), "Further recommendation " + i + ".", null, List.of());
            }
        });
        List<Recommendation> all = ReviewTestData.recommendations(round);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        Recommendation last = all.get(all.size() - 1);
        WebSession fp = WebSession.signIn(focalVn.username, TestData.PASSWORD);
        String review = "/rounds/" + round.id + "/review";
        assertEquals(303, fp.submit(review + "/positions", review + "/positions", "actingFor", "C:" + vietnam.code,
                "recommendationId", String.valueOf(dw.id), "stance", "RESERVATION", "note", "Name live-in workers.")
                .statusCode());
        assertEquals(303, fp.submit(review + "/positions", review + "/positions", "actingFor", "C:" + vietnam.code,
                "recommendationId", String.valueOf(last.id), "stance", "RESERVATION", "note", "Only from 2028.")
                .statusCode());
        assertEquals(303, fp.submit(review + "/positions", review + "/positions", "actingFor", "C:" + vietnam.code,
                "recommendationId", String.valueOf(all.get(all.size() - 2).id), "stance", "OBJECT", "note",
                "This contradicts our labour code.").statusCode());

        fp.get(review).then().statusCode(200).body(containsString("id=\"fn-1\"")).body(containsString("Name live-in"))
                .body(not(containsString("Only from 2028.")));
        fp.get(review + "?page=2").then().statusCode(200).body(containsString("id=\"fn-2\""))
                .body(containsString("Only from 2028.")).body(not(containsString("id=\"fn-1\"")));
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get(review + "/consensus?page=2").then().statusCode(200).body(containsString(last.number()))
                .body(containsString("This contradicts our labour code."))
                .body(not(containsString(">" + dw.number() + "<")));
        c.get(review + "/finalize").then().statusCode(200).body(containsString("This contradicts our labour code."))
                .body(containsString("Only from 2028.")).body(containsString("Name live-in workers."));
    }

    @Test
    void observersOnlyReadAndNobodyIsShownAFormTheyMayNotSend() {
        Round round = ReviewTestData.round(RoundStatus.ENDORSEMENT, TODAY.plusDays(7), vietnam);
        Recommendation aj = ReviewTestData.byText(round, ReviewTestData.AJ);
        WebSession obs = WebSession.signIn(TestData.account("pobs").observer().build().username, TestData.PASSWORD);
        String review = "/rounds/" + round.id + "/review";
        String page = review + "/recommendations/" + aj.id;
        obs.get(page).then().statusCode(200).body(containsString(ReviewTestData.AJ))
                .body(not(containsString("/follow\""))).body(not(containsString("Send the comment")));
        assertEquals(403, obs.submit(page, page + "/follow").statusCode());
        obs.get(review + "/finalize").then().statusCode(403);
        WebSession fp = WebSession.signIn(focalVn.username, TestData.PASSWORD);
        fp.get(review + "/finalize").then().statusCode(403);
        fp.get(page).then().body(containsString("/follow\""));
        assertEquals(303, fp.submit(page, page + "/follow").statusCode());
    }

    @Test
    void aMemberSpeaksForTheirOrganisationAndComments() {
        Round round = ReviewTestData.round(RoundStatus.ENDORSEMENT, TODAY.plusDays(7), vietnam);
        Recommendation aj = ReviewTestData.byText(round, ReviewTestData.AJ);
        WebSession m = WebSession.signIn(member.username, TestData.PASSWORD);
        String page = "/rounds/" + round.id + "/review/recommendations/" + aj.id;
        m.get(page).then().statusCode(200).body(containsString("CGFED")).body(containsString("Send the comment"));
        Response empty = m.submit(page, page + "/comments", "quote", "legal aid", "body", "");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.asString().contains("Write your comment."));
        assertTrue(empty.asString().contains(">legal aid</textarea>"), "the quote typed is kept");
        assertTrue(m.get(page).asString().contains("value=\"O:"), "the member speaks for the organisation");
        m.assertFlashAtAnchor(m.submit(page, "/rounds/" + round.id + "/review/positions", "recommendationId",
                String.valueOf(aj.id), "from", "recommendation", "stance", "STAND_ASIDE"), "on AJ.1 is saved.");
        m.get(page).then().body(containsString("Stood aside"));
        Response reply = m.submit(page, page + "/comments", "body", "Embassies need interpreters too.");
        m.assertFlashAtAnchor(reply, "Your comment is posted.");
        String thread = reply.header("Location").replaceAll(".*#c", "");
        Response emptyReply = m.submit(page, "/rounds/" + round.id + "/review/comments/" + thread + "/replies",
                "reply" + thread, "");
        assertEquals(400, emptyReply.statusCode());
        assertTrue(emptyReply.asString().contains("href=\"#f-reply" + thread + "\""), "the summary links the field");
    }

    @Test
    void versionsAreListedShownAndComparedSideBySideAndInline() {
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, vietnam);
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String versions = "/rounds/" + round.id + "/review/versions";
        c.get(versions).then().statusCode(200).body(containsString("No versions yet"));
        Response noLabel = c.submit(versions, versions, "label", "");
        assertEquals(400, noLabel.statusCode());
        assertTrue(noLabel.asString().contains("Give the version a label"));
        assertEquals(303, c.submit(versions, versions, "label", "Before <edits>").statusCode());
        String page = "/rounds/" + round.id + "/review/recommendations/" + rf.id;
        assertEquals(303, c.submit(page + "/edit", page, "text", "Abolish recruitment fees & debts charged to"
                + " migrant workers.", "unvarnishedText", "Ban every fee.", "version", "0").statusCode());
        assertEquals(303, c.submit(versions, versions, "label", "After edits").statusCode());
        c.get(versions).then().body(containsString("Before &lt;edits&gt;"));
        c.get(versions + "/1").then().statusCode(200).body(containsString(ReviewTestData.RF))
                .body(containsString("matches the stored text"));
        c.get(versions + "/diff?from=1&to=2").then().statusCode(200)
                .body(containsString("0 added, 0 removed, 1 changed, 0 moved, 2 unchanged."))
                .body(containsString("&amp; debts")).body(containsString("<table class=\"stack diff\">"));
        c.get(versions + "/diff?from=1&to=2&view=inline").then().statusCode(200)
                .body(containsString("class=\"diff-inline\"")).body(containsString("<ins>Ban</ins>"));
        c.get(versions + "/9").then().statusCode(404);
        c.get(versions + "/diff?from=1&to=9").then().statusCode(404);
        // The kept comparison lists a version taken after it was first shown.
        assertEquals(303, c.submit(versions, versions, "label", "Third look").statusCode());
        c.get(versions + "/diff?from=1&to=2").then().statusCode(200).body(containsString("3 · Third look"))
                .body(containsString("0 added, 0 removed, 1 changed, 0 moved, 2 unchanged."));
        c.get(page).then().body(containsString("Changes during review"));
        WebSession fp = WebSession.signIn(focalVn.username, TestData.PASSWORD);
        fp.get(versions).then().statusCode(200).body(not(containsString("Take a version")));
        assertEquals(403, fp.submit(versions, versions, "label", "Mine").statusCode());
    }

    @Test
    void peopleChooseHowNoticesReachThem() {
        WebSession fp = WebSession.signIn(focalVn.username, TestData.PASSWORD);
        fp.get("/notices/settings").then().statusCode(200).body(containsString("value=\"IMMEDIATE\" aria-describedby"
                + "=\"hint-IMMEDIATE\" checked"));
        assertEquals(400, fp.submit("/notices/settings", "/notices/settings", "preference", "LOUD").statusCode());
        assertEquals(303, fp.submit("/notices/settings", "/notices/settings", "preference", "DAILY_DIGEST")
                .statusCode());
        fp.get("/notices/settings").then().body(containsString("value=\"DAILY_DIGEST\" aria-describedby"
                + "=\"hint-DAILY_DIGEST\" checked"));
    }

    @Test
    void theRoundPageLeadsToTheReview() {
        Round round = ReviewTestData.round(RoundStatus.CALIBRATION, null, vietnam);
        WebSession fp = WebSession.signIn(focalVn.username, TestData.PASSWORD);
        fp.get("/rounds/" + round.id).then().statusCode(200).body(containsString("/rounds/" + round.id + "/review"));
        Round collecting = org.mufakat.round.RoundTestData.collecting(vietnam);
        fp.get("/rounds/" + collecting.id + "/review").then().statusCode(404);
        given().auth().preemptive().basic(focalVn.username, TestData.PASSWORD).contentType("application/json")
                .body(Map.of("label", "x")).post("/api/v1/rounds/" + round.id + "/versions").then().statusCode(403);
        given().auth().preemptive().basic(convenor.username, TestData.PASSWORD).get("/api/v1/rounds/" + round.id)
                .then().statusCode(200);
    }
}
