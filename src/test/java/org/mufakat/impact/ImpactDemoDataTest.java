package org.mufakat.impact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.forum.ForumDemoDataTest;
import org.mufakat.network.NetworkDemoData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundDemoData;
import org.mufakat.round.RoundStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A first run with demo data: the impact page tells the story of years of submissions, and the 19th AFML round is
 * final, ready for the convenor to submit, its first recommendation carrying a demand made every few years since 2009.
 */
@QuarkusTest
@TestProfile(ForumDemoDataTest.DemoData.class)
class ImpactDemoDataTest {

    @Test
    void theImpactPageTellsTheStorySince2009AndItsUptakeAddsUp() {
        JsonPath json = given().auth().preemptive().basic("observer", NetworkDemoData.DEMO_PASSWORD)
                .get("/api/v1/indicators?from=2009&to=2025").then().statusCode(200)
                .body("totals.submissions", greaterThan(20)).body("totals.acknowledged", greaterThan(10))
                .body("totals.seatsGranted", greaterThan(0)).body("totals.carriedForward", greaterThan(5))
                .body("totals.alliesGained", greaterThan(0)).extract().jsonPath();
        long themesTotal = json.getList("themes.uptake", java.util.Map.class).stream()
                .mapToLong(u -> ((Number) u.get("full")).longValue() + ((Number) u.get("partial")).longValue()
                        + ((Number) u.get("none")).longValue() + ((Number) u.get("notAssessed")).longValue()).sum();
        long full = json.getLong("totals.uptake.full");
        long partial = json.getLong("totals.uptake.partial");
        long none = json.getLong("totals.uptake.none");
        long notAssessed = json.getLong("totals.uptake.notAssessed");
        assertEquals(themesTotal, full + partial + none + notAssessed, "the themes add up to the totals");
        long sentRecommendations = QuarkusTransaction.requiringNew().call(() -> org.mufakat.submission.Submission
                .getEntityManager().createQuery("select count(i) from Submission s, ProposalVersion v,"
                        + " VersionItem i where v.round = s.round and v.number = s.proposalVersion and i.version = v"
                        + " and s.sentAt < ?1", Long.class)
                .setParameter(1, java.time.LocalDate.of(2026, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant()).getSingleResult());
        assertEquals(sentRecommendations, full + partial + none + notAssessed,
                "every submitted recommendation is counted once per submission");
        assertTrue(full > 0 && partial > full, "some taken up fully, more in part: " + full + "/" + partial);

        WebSession.signIn("member", NetworkDemoData.DEMO_PASSWORD).get("/impact?from=2009&to=2025").then()
                .statusCode(200).body(containsString("Uptake per theme")).body(containsString("<svg"))
                .body(containsString("<th scope=\"row\">2009</th>"));
    }

    @Test
    void theNineteenthAfmlRoundIsFinalAndTheConvenorsNextStepIsToSubmitIt() {
        Round round = QuarkusTransaction.requiringNew().call(() -> Round.find("title",
                RoundDemoData.HARMONIZED_TITLE).firstResult());
        assertEquals(RoundStatus.FINAL, QuarkusTransaction.requiringNew().call(() -> ((Round) Round.findById(
                round.id)).status()));
        WebSession.signIn("convenor", NetworkDemoData.DEMO_PASSWORD).get("/rounds/" + round.id + "/submissions/new")
                .then().statusCode(200).body(containsString("19th AFML"));
        given().auth().preemptive().basic("convenor", NetworkDemoData.DEMO_PASSWORD)
                .get("/api/v1/rounds/" + round.id + "/recommendations").then().statusCode(200)
                .body(containsString("first asked in 2009, carried 8 times; partial uptake at the 18th AFML"));
    }
}
