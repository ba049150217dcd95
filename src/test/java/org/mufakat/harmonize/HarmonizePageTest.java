package org.mufakat.harmonize;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.input.InputTestData;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The harmonization pages as the convenor and a focal point use them, without JavaScript. */
@QuarkusTest
class HarmonizePageTest {

    Constituency thailand;
    Constituency malaysia;
    Round round;
    Account convenor;
    Account focal;
    String base;
    List<Long> th;
    List<Long> my;

    @BeforeEach
    void setUp() {
        thailand = TestData.constituency("Thailand");
        malaysia = TestData.constituency("Malaysia");
        round = RoundTestData.build(RoundStatus.HARMONIZING, thailand, malaysia);
        convenor = TestData.account("hpconv").convenor().build();
        focal = TestData.account("hpfth").focalPointFor(thailand).build();
        base = "/rounds/" + round.id;
        th = InputTestData.submitted(round, thailand, "DW|ASEAN|Guarantee domestic workers a weekly day off.",
                "RF|ASEAN|Cap recruitment fees.");
        my = InputTestData.submitted(round, malaysia, "DW|ASEAN|Give domestic workers one day off every week.");
    }

    @Test
    void theConvenorMergesTicksIntoARecommendationAndRecordsFates() {
        WebSession s = WebSession.signIn(convenor.username, TestData.PASSWORD);
        s.get(base + "/harmonize?theme=DW").then().statusCode(200)
                .body(containsString("Guarantee domestic workers a weekly day off."))
                .body(containsString("Give domestic workers one day off every week."))
                .body(containsString("No fate yet")).body(containsString("No recommendations yet."))
                .body(containsString("value=\"" + th.get(0) + "\""));
        s.get(base + "/harmonize?theme=DW&constituency=" + malaysia.code + "&fate=BOGUS&q=week").then()
                .statusCode(200).body(containsString("Give domestic workers one day off every week."))
                .body(org.hamcrest.Matchers.not(containsString("Guarantee domestic workers a weekly day off.")));

        String form = base + "/recommendations/new?statement=" + th.get(0) + "&statement=" + my.get(0);
        s.get(form).then().statusCode(200).body(containsString("Guarantee domestic workers a weekly day off."
                + "\n\nGive domestic workers one day off every week.</textarea>"))
                .body(containsString("checked"));

        Response invalid = s.submit(form, base + "/recommendations", "theme", "DW", "addressee", "",
                "text", "Weekly rest for domestic workers.", "source", th.get(0), "source", my.get(0));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.asString().contains("Weekly rest for domestic workers.</textarea>"),
                "the text typed is kept");
        assertTrue(invalid.asString().contains("f-addressee-error"));

        Response created = s.submit(form, base + "/recommendations", "theme", "DW", "addressee",
                "ASEAN Member States", "text", "Guarantee domestic workers a weekly rest day.", "source", th.get(0),
                "source", my.get(0));
        assertEquals(303, created.statusCode());
        s.get(base + "/harmonize?theme=DW").then().statusCode(200).body(containsString("DW.1"))
                .body(containsString("Merged")).body(containsString("Recommendation DW.1 created."))
                .body(containsString(">2 sources</a>"));

        String disposition = base + "/statements/" + th.get(1) + "/disposition";
        Response noReason = s.submit(disposition, disposition, "fate", "DEFERRED");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("focal point will read it"));
        assertEquals(303, s.submit(disposition, disposition, "fate", "DEFERRED", "rationale",
                "Kept for next year's round on fees.").statusCode());
        s.get(base + "/harmonize?theme=RF").then().body(containsString("Deferred"))
                .body(containsString("Kept for next year&#39;s round on fees."));
    }

    @Test
    void recommendationsMoveUpAndDownAndDeletionAsksFirst() {
        WebSession s = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String form = base + "/recommendations/new?statement=" + th.get(0);
        s.submit(form, base + "/recommendations", "theme", "DW", "addressee", "ASEAN", "text", "First one.",
                "source", th.get(0));
        s.submit(form, base + "/recommendations", "theme", "DW", "addressee", "ASEAN", "text", "Second one.",
                "source", my.get(0));
        long second = QuarkusTransaction.requiringNew().call(() -> ((Recommendation) Recommendation
                .find("text", "Second one.").firstResult()).id);
        assertEquals(303, s.submit(base + "/harmonize?theme=DW", base + "/recommendations/" + second + "/move",
                "direction", "up").statusCode());
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ((Recommendation) Recommendation
                .findById(second)).position));
        assertEquals(409, s.submit(base + "/harmonize?theme=DW", base + "/recommendations/" + second + "/move",
                "direction", "up").statusCode());

        s.get(base + "/recommendations/" + second + "/delete").then().statusCode(200)
                .body(containsString("will return to “no fate”"));
        assertEquals(303, s.submit(base + "/recommendations/" + second + "/delete", base + "/recommendations/"
                + second + "/delete", "version", 1).statusCode());
        s.get(base + "/harmonize?theme=DW").then()
                .body(containsString("Recommendation deleted. One statement is back to no fate: " + malaysia.code
                        + " DW-1."));
    }

    @Test
    void theSourceMatrixFollowsTheRoundInTheReadersLanguage() {
        WebSession s = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String empty = s.get(base + "/source-matrix?theme=DW").then().statusCode(200).extract().asString();
        assertTrue(empty.contains("No recommendations yet"), empty);
        assertEquals(303, s.submit(base + "/recommendations/new?statement=" + th.get(0), base + "/recommendations",
                "theme", "DW", "addressee", "ASEAN", "text", "A weekly day off.", "source", th.get(0)).statusCode());
        long id = QuarkusTransaction.requiringNew().call(() -> ((Recommendation) Recommendation
                .find("text", "A weekly day off.").firstResult()).id);

        // The rendered table is kept between visits until the round changes, per language and per theme.
        for (int visit = 0; visit < 2; visit++) {
            s.get(base + "/source-matrix?theme=DW").then().statusCode(200)
                    .body(containsString("href=\"" + base + "/recommendations/" + id + "\""))
                    .body(containsString("Scroll sideways to see every column."));
        }
        s.request().header("Accept-Language", "id").get(base + "/source-matrix?theme=DW").then().statusCode(200)
                .body(containsString("Geser ke samping untuk melihat semua kolom."));
        s.get(base + "/source-matrix?theme=RF").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("/recommendations/" + id + "\"")));
    }

    @Test
    void aKeptWorkspaceCarriesEachBrowsersOwnCsrfToken() {
        WebSession first = WebSession.signIn(convenor.username, TestData.PASSWORD);
        assertEquals(303, first.submit(base + "/recommendations/new?statement=" + th.get(0), base + "/recommendations",
                "theme", "DW", "addressee", "ASEAN", "text", "Kept for one browser.", "source", th.get(0))
                .statusCode());
        WebSession second = WebSession.signIn(convenor.username, TestData.PASSWORD);
        for (WebSession s : List.of(first, second, first, second)) {
            String page = s.get(base + "/harmonize?theme=DW").then().statusCode(200)
                    .body(containsString("Kept for one browser.")).extract().asString();
            int forms = s.assertFormsCarryOwnToken(page);
            assertTrue(forms >= 2, "the recommendation's move forms and the shell's");
        }
        assertFalse(first.cookie("csrf-token").equals(second.cookie("csrf-token")));
    }

    @Test
    void namingTheConstituenciesOutsideTheNetworkAsksFirst() {
        WebSession s = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String matrix = s.get(base + "/source-matrix").then().statusCode(200).extract().asString();
        assertTrue(matrix.contains("href=\"" + base + "/attribution?shown=true\""), "a link to the question");
        assertFalse(matrix.contains("action=\"" + base + "/attribution\""), "no one-click form on the matrix");
        s.get(base + "/attribution?shown=true").then().statusCode(200)
                .body(containsString("will name the constituencies behind each recommendation"))
                .body(containsString("action=\"" + base + "/attribution\""))
                .body(containsString("name=\"shown\" value=\"true\""));
        assertFalse(publicAttribution(), "asking changes nothing");
        s.get(base + "/attribution?shown=maybe").then().statusCode(200).body(containsString("Nothing to change"));
        WebSession fp = WebSession.signIn(focal.username, TestData.PASSWORD);
        fp.get(base + "/attribution?shown=true").then().statusCode(403);

        Response confirmed = s.submit(base + "/attribution?shown=true", base + "/attribution", "shown", "true");
        assertEquals(303, confirmed.statusCode());
        assertTrue(publicAttribution());
        s.get(base + "/attribution").then().statusCode(200)
                .body(containsString("will no longer name the constituencies"));
    }

    private boolean publicAttribution() {
        return QuarkusTransaction.requiringNew().call(() -> ((Round) Round.findById(round.id)).publicAttribution);
    }

    @Test
    void aFocalPointSeesOwnOutcomeButNeitherTheWorkspaceNorOthers() {
        WebSession s = WebSession.signIn(focal.username, TestData.PASSWORD);
        s.get(base + "/harmonize").then().statusCode(403);
        s.get(base + "/harmonize/suggestions").then().statusCode(403);
        s.get(base + "/recommendations/new?statement=" + th.get(0)).then().statusCode(403);
        s.get(base + "/statements/" + th.get(0) + "/disposition").then().statusCode(403);
        s.get(base + "/outcome/" + malaysia.code).then().statusCode(403);
        s.get(base + "/outcome/" + malaysia.code + "/csv").then().statusCode(403);
        s.get(base + "/source-matrix").then().statusCode(403);
        s.get(base + "/outcome").then().statusCode(303);
        s.get(base + "/outcome/" + thailand.code).then().statusCode(200)
                .body(containsString("What became of the input from " + thailand.name))
                .body(containsString("No fate yet"));
        s.get(base).then().statusCode(200).body(containsString(base + "/outcome/" + thailand.code));
    }
}
