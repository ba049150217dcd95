package org.mufakat.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

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

    @Test
    void theDashboardLeadsToTheDraftAndToOpenDiscussions() {
        Constituency c = TestData.constituency("Dashboard " + TestData.next());
        Account member = TestData.account("dmem").memberOf(TestData.organisation(c, "Dash org")).build();
        Account follower = TestData.account("dfol").focalPointFor(c).build();
        Account outsider = TestData.account("dout").observer().build();
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, c);
        Recommendation r = ReviewTestData.byText(round, ReviewTestData.RF);
        String base = "/api/v1/rounds/" + round.id + "/recommendations/" + r.id;

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
        Constituency c = TestData.constituency("Dashboard " + TestData.next());
        Account member = TestData.account("dmem").memberOf(TestData.organisation(c, "Dash org")).build();
        Account follower = TestData.account("dfol").focalPointFor(c).build();
        Account convenor = TestData.account("dconv").convenor().build();
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, c);
        Recommendation r = ReviewTestData.byText(round, ReviewTestData.RF);
        String base = "/api/v1/rounds/" + round.id + "/recommendations/" + r.id;
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
