package org.mufakat.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.input.Statement;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Cross-site request forgery: a page change without the CSRF token, with a wrong one, with another person's, or
 * from another site (Origin) is refused and changes nothing. That no GET changes anything is shown by
 * {@link AccessMatrixTest}, which walks every GET route as every person and compares {@link Cast#state()}.
 */
@QuarkusTest
class CsrfTest {

    long statements(Round round) {
        return QuarkusTransaction.requiringNew().call(() -> Statement.count("input.round.id", round.id));
    }

    @Test
    void aFormPostWithoutTheRightTokenOrFromAnotherSiteIsRefusedAndChangesNothing() {
        var vietnam = TestData.constituency("Viet Nam");
        Account focal = TestData.account("csrf-fp").focalPointFor(vietnam).build();
        Account other = TestData.account("csrf-other").observer().build();
        Round round = RoundTestData.collecting(vietnam);
        String page = "/rounds/" + round.id + "/inputs/" + vietnam.code;
        WebSession mine = WebSession.signIn(focal.username, TestData.PASSWORD);
        WebSession theirs = WebSession.signIn(other.username, TestData.PASSWORD);
        String myToken = Cast.csrf(mine.get(page));
        String theirToken = Cast.csrf(theirs.get("/password"));
        assertTrue(!myToken.isEmpty() && !theirToken.isEmpty() && !myToken.equals(theirToken));

        Map<String, RequestSpecification> attempts = Map.of(
                "no token", form(mine),
                "a wrong token", form(mine).formParam("csrf-token", myToken.substring(1) + "x"),
                "another person's token", form(mine).formParam("csrf-token", theirToken),
                "the token without its cookie", form(WebSession.signIn(focal.username, TestData.PASSWORD))
                        .formParam("csrf-token", myToken),
                "a foreign Origin", form(mine).formParam("csrf-token", myToken)
                        .header("Origin", "https://evil.example"),
                "an Origin of null", form(mine).formParam("csrf-token", myToken).header("Origin", "null"));
        for (Map.Entry<String, RequestSpecification> attempt : attempts.entrySet()) {
            Response r = attempt.getValue().post(page + "/statements");
            assertTrue(r.statusCode() == 400 || r.statusCode() == 403, attempt.getKey() + ": " + r.statusCode());
            assertEquals(0, statements(round), attempt.getKey() + " saved a statement");
        }
        Response same = form(mine).formParam("csrf-token", myToken).header("Origin",
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port).post(page + "/statements");
        assertEquals(303, same.statusCode(), "the same site with its token is let through");
        assertEquals(1, statements(round));
        assertEquals(403, io.restassured.RestAssured.given().auth().preemptive().basic(focal.username,
                TestData.PASSWORD).header("Origin", "https://evil.example").contentType("application/json")
                .body(Map.of("theme", "DW", "addressee", "ASEAN", "text", "From elsewhere"))
                .post("/api/v1" + page + "/statements").statusCode(), "an API change from a browser on another site");
        assertEquals(1, statements(round));
    }

    private static RequestSpecification form(WebSession s) {
        return s.request().contentType("application/x-www-form-urlencoded").formParam("theme", "DW")
                .formParam("addressee", "ASEAN").formParam("text", "Forged statement");
    }
}
