package org.mufakat.impact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;
import org.mufakat.security.Audience;
import org.mufakat.submission.Ally;
import org.mufakat.submission.AllyKind;
import org.mufakat.submission.Engagement;
import org.mufakat.submission.Submission;
import org.mufakat.submission.TrackingEvent;
import org.mufakat.submission.TrackingKind;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ImpactTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    Account observer;
    Account member;
    Forum forum;
    ForumSession session2011;
    Round round;

    @BeforeEach
    void setUp() {
        observer = TestData.account("iobs").observer().build();
        Constituency ph = TestData.constituency("Philippines");
        member = TestData.account("imem").memberOf(TestData.organisation(ph, "Migrante")).build();
        forum = ForumTestData.forum("ASEAN Forum on Migrant Labour", ForumSpace.SANCTIONED);
        session2011 = ForumTestData.session(forum, "4th AFML", LocalDate.of(2011, 10, 24));
        round = RoundTestData.build(RoundStatus.CLOSED, ph);
    }

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD);
    }

    /** A submission sent on that day, as the demo's past years hold them. */
    Submission sent(LocalDate on) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Submission s = new Submission();
            s.round = Round.findById(round.id);
            s.forumSession = ForumSession.findById(session2011.id);
            s.proposalVersion = 1;
            s.register = Audience.Register.CALIBRATED;
            s.recipients = "AFML Chair";
            s.text = "Recommendations";
            s.sha256 = "0".repeat(64);
            s.trackingYear = on.getYear();
            s.trackingSequence = 1000 + TestData.next();
            s.trackingNumber = "MFK-" + on.getYear() + "-" + s.trackingSequence;
            s.idempotencyKey = "impact-" + TestData.next();
            s.sentAt = on.atStartOfDay(ZONE).plusHours(10).toInstant();
            s.sentBy = "test";
            s.persist();
            return s;
        });
    }

    void event(Submission s, TrackingKind kind, LocalDate on) {
        QuarkusTransaction.requiringNew().run(() -> {
            TrackingEvent e = new TrackingEvent();
            e.submission = Submission.findById(s.id);
            e.kind = kind;
            e.occurredOn = on;
            e.recordedAt = Instant.now();
            e.recordedBy = "test";
            e.persist();
        });
    }

    @Test
    void acknowledgementsAreCountedPerYearWithTheirMedianDelay() {
        Submission a = sent(LocalDate.of(2011, 10, 1));
        Submission b = sent(LocalDate.of(2011, 11, 1));
        Submission c = sent(LocalDate.of(2012, 3, 1));
        sent(LocalDate.of(2013, 5, 1));
        event(a, TrackingKind.RECEIVED, LocalDate.of(2011, 10, 2));
        event(a, TrackingKind.ACKNOWLEDGED, LocalDate.of(2011, 10, 11));
        event(a, TrackingKind.REFLECTED, LocalDate.of(2011, 12, 1));
        event(b, TrackingKind.TABLED, LocalDate.of(2011, 11, 21));
        event(c, TrackingKind.NO_RESPONSE, LocalDate.of(2012, 9, 1));

        as(observer).get("/api/v1/indicators?from=2011&to=2013&forumId=" + forum.id).then().statusCode(200)
                .body("from", equalTo(2011)).body("to", equalTo(2013)).body("forum.id", equalTo(forum.id.intValue()))
                .body("totals.submissions", equalTo(4)).body("totals.acknowledged", equalTo(2))
                .body("totals.acknowledgementRate", equalTo(50))
                .body("totals.medianDaysToAcknowledge", equalTo(15.0f))
                .body("years", hasSize(3)).body("years[0].submissions", equalTo(2))
                .body("years[0].acknowledged", equalTo(2)).body("years[1].acknowledged", equalTo(0))
                .body("years[2].submissions", equalTo(1));

        as(member).get("/impact?from=2011&to=2013&forumId=" + forum.id).then().statusCode(200)
                .body(containsString("<svg")).body(containsString("<title>2011: Submissions 2</title>"))
                .body(containsString("<th scope=\"row\">2012</th>")).body(containsString("50 %"))
                .body(containsString("15.0 days"));
    }

    @Test
    void aYearWithNothingSentSaysSoAndAnEmptyRangeHasNoRate() {
        as(observer).get("/api/v1/indicators?from=1990&to=1991&forumId=" + forum.id).then().statusCode(200)
                .body("totals.submissions", equalTo(0)).body("totals.acknowledgementRate", nullValue())
                .body("totals.medianDaysToAcknowledge", nullValue());
        as(observer).get("/impact?from=1990&to=1991&forumId=" + forum.id).then().statusCode(200)
                .body(containsString("Nothing was submitted in these years"))
                .body(containsString("Nothing to draw for these years"));
    }

    @Test
    void theCsvHoldsTheChartRowsWithAByteOrderMark() {
        sent(LocalDate.of(2011, 10, 1));
        String csv = as(observer).get("/impact/indicators.csv?from=2011&to=2012&forumId=" + forum.id).then()
                .statusCode(200).header("Content-Disposition", startsWith("attachment; filename=\"indicators-2011-2012"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFFChart,Year or theme,Series,Value\r\n"));
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(
                "Submissions and acknowledgements per year,2011,Submissions,1\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("Totals,2011–2012,Submissions,1\r\n"), csv);
    }

    @Test
    void badFiltersComeBackWithAMessageBesideTheField() {
        as(observer).get("/impact?from=abc&to=2012").then().statusCode(400)
                .body(containsString("Enter a year from 1967 to")).body(containsString("value=\"abc\""))
                .body(not(containsString("<svg")));
        as(observer).get("/impact?from=2015&to=2012").then().statusCode(400)
                .body(containsString("must not come after the last"));
        as(observer).get("/impact?from=1970&to=2020").then().statusCode(400)
                .body(containsString("at most 40 years"));
        as(observer).get("/api/v1/indicators?forumId=999999999").then().statusCode(400)
                .contentType("application/problem+json").body("errors.forumId", equalTo("Choose a forum from the list."));
        as(observer).get("/impact/indicators.csv?to=20000").then().statusCode(400);
    }

    @Test
    void blankYearsDefaultToThisYearAndSignedOutReadersAreSentToSignIn() {
        int thisYear = LocalDate.now(ZONE).getYear();
        as(observer).get("/api/v1/indicators").then().statusCode(200).body("to", equalTo(thisYear));
        given().get("/api/v1/indicators").then().statusCode(401);
        given().redirects().follow(false).get("/impact").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    /**
     * The page is kept between visits; a new submission, an ally gained and an engagement's seats (the last two
     * belong to no round) show on the next visit.
     */
    @Test
    void theKeptPageFollowsSubmissionsAlliesAndEngagements() {
        ForumSession session = ForumTestData.session(forum, "1st AFML", LocalDate.of(1993, 5, 10));
        String page = "/impact?from=1993&to=1993&forumId=" + forum.id;
        as(observer).get(page).then().statusCode(200).body(containsString("<dt>Submissions</dt><dd>0</dd>"))
                .body(containsString("<dt>Allies gained</dt><dd>0</dd>"));
        as(observer).get(page).then().statusCode(200).body(containsString("<dt>Allies gained</dt><dd>0</dd>"));

        sent(LocalDate.of(1993, 5, 1));
        as(observer).get(page).then().statusCode(200).body(containsString("<dt>Submissions</dt><dd>1</dd>"));

        QuarkusTransaction.requiringNew().run(() -> {
            Ally a = new Ally();
            a.name = "Dato' Example";
            a.kind = AllyKind.PARLIAMENTARIAN;
            a.country = "Malaysia";
            a.since = LocalDate.of(1993, 6, 1);
            a.forumSessions.add(ForumSession.findById(session.id));
            a.createdAt = a.updatedAt = Instant.now();
            a.createdBy = a.updatedBy = "test";
            a.persist();
        });
        as(observer).get(page).then().statusCode(200).body(containsString("<dt>Allies gained</dt><dd>1</dd>"));

        QuarkusTransaction.requiringNew().run(() -> {
            Engagement e = new Engagement();
            e.forumSession = ForumSession.findById(session.id);
            e.seatsRequested = 3;
            e.seatsGranted = 2;
            e.updatedAt = Instant.now();
            e.updatedBy = "test";
            e.persist();
        });
        as(observer).get(page).then().statusCode(200).body(containsString("2 of 3 requested"));
        QuarkusTransaction.requiringNew().run(() -> Engagement.<Engagement>find("forumSession.id", session.id)
                .firstResult().seatsGranted = 1);
        as(observer).get(page).then().statusCode(200).body(containsString("1 of 3 requested"));
    }
}
