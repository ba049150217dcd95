package org.mufakat.submission;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mufakat.WebSession;
import org.mufakat.forum.ForumSession;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Final rounds, sent submissions and the event form, for tests of submissions and what follows them. */
final class SubmissionTestData {

    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SubmissionTestData() {
    }

    /**
     * A final round of ReviewTestData with its final version taken: the first constituency's statement (a source of
     * RF.1) is restricted.
     */
    static Round finalRound(boolean publicAttribution, Constituency... constituencies) {
        Round round = ReviewTestData.round(RoundStatus.FINAL, null, constituencies);
        Versions versions = Arc.container().instance(Versions.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(round.id);
            r.publicAttribution = publicAttribution;
            versions.take(r, "Final", true, "test");
        });
        return round;
    }

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    /** Sends the round's proposal to the session through the API, as the convenor; the submission's id. */
    static long send(Account convenor, Round round, ForumSession session) {
        return api(convenor).body(Map.of("forumSessionId", session.id, "register", "CALIBRATED", "coverLetter",
                "Dear Chair,\n\nPlease find **our recommendations** below.", "recipients", "ACMW Chair"))
                .post("/api/v1/rounds/" + round.id + "/submissions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static Submission load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Submission s = Submission.findById(id);
            s.round.id.hashCode();
            return s;
        });
    }

    /**
     * Posts the event form of the submission page (multipart, as a browser does) with the CSRF token read from the
     * page, and a file when {@code fileName} is not null.
     */
    static Response postEvent(WebSession browser, String page, String fileName, byte[] file, String... fields) {
        Matcher m = TOKEN.matcher(browser.get(page).asString());
        RequestSpecification r = browser.request().multiPart("csrf-token", m.find() ? m.group(1) : "");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            r.multiPart(fields[i], fields[i + 1]);
        }
        if (fileName != null) {
            r.multiPart("file", fileName, file, "application/octet-stream");
        }
        return r.post(page + "/events");
    }
}
