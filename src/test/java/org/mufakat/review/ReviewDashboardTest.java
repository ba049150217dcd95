package org.mufakat.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 13: the dashboard leads people to the draft to comment on and to the open discussions they are in. Issue 14:
 * what it reads from every comment is kept between visits, and follows every change.
 */
@QuarkusTest
class ReviewDashboardTest {

    /** A member and a focal point of one constituency, its round in member review, a recommendation and its API. */
    Account member;
    Account follower;
    Round round;
    Recommendation r;
    String base;

    @BeforeEach
    void setUp() {
        Constituency c = TestData.constituency("Dashboard " + TestData.next());
        member = TestData.account("dmem").memberOf(TestData.organisation(c, "Dash org")).build();
        follower = TestData.account("dfol").focalPointFor(c).build();
        round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, c);
        r = ReviewTestData.byText(round, ReviewTestData.RF);
        base = "/api/v1/rounds/" + round.id + "/recommendations/" + r.id;
    }

    @Test
    void theDashboardLeadsToTheDraftAndToOpenDiscussions() {
        Account outsider = TestData.account("dout").observer().build();

        WebSession.signIn(member.username, TestData.PASSWORD).get("/").then()
                .body(containsString("The draft proposal of “" + round.title + "” is open for your comments."))
                .body(containsString("href=\"/rounds/" + round.id + "/review\""));

        long thread = ReviewWorkflowTest.api(member).body(Map.of("body", "Which figures?")).post(base + "/comments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        ReviewWorkflowTest.api(follower).put(base + "/follow").then().statusCode(200);
        String link = "/rounds/" + round.id + "/review/recommendations/" + r.id + "#c" + thread;
        for (Account a : new Account[] { member, follower }) {
            WebSession.signIn(a.username, TestData.PASSWORD).get("/").then()
                    .body(containsString("Open discussion on " + r.number() + " in “" + round.title + "”"))
                    .body(containsString("href=\"" + link + "\""));
        }
        WebSession.signIn(outsider.username, TestData.PASSWORD).get("/").then().body(not(containsString(link)));
    }

    @Test
    void theDiscussionsAndTheUnresolvedCountFollowEveryChange() {
        Account convenor = TestData.account("dconv").convenor().build();
        String discussion = "Open discussion on " + r.number() + " in “" + round.title + "”";
        String unresolved = "“" + round.title + "” has one unresolved comment thread.";
        WebSession convenorSees = WebSession.signIn(convenor.username, TestData.PASSWORD);
        WebSession followerSees = WebSession.signIn(follower.username, TestData.PASSWORD);
        convenorSees.get("/").then().statusCode(200).body(not(containsString("“" + round.title + "” has")));
        followerSees.get("/").then().statusCode(200).body(not(containsString(discussion)));

        long thread = ReviewWorkflowTest.api(member).body(Map.of("body", "Which figures?")).post(base + "/comments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        convenorSees.get("/").then().body(containsString(unresolved));
        followerSees.get("/").then().body(not(containsString(discussion)));
        ReviewWorkflowTest.api(follower).put(base + "/follow").then().statusCode(200);
        followerSees.get("/").then().body(containsString(discussion));

        ReviewWorkflowTest.api(convenor).post("/api/v1/rounds/" + round.id + "/comments/" + thread + "/resolve")
                .then().statusCode(200);
        convenorSees.get("/").then().body(not(containsString(unresolved)));
        followerSees.get("/").then().body(not(containsString(discussion)));
    }
}
