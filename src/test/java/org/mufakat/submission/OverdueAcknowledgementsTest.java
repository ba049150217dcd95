package org.mufakat.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mufakat.submission.SubmissionTestData.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.notify.JobLock;
import org.mufakat.notify.Notice;
import org.mufakat.round.Round;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An acknowledgement awaited 30 days (the default): the overdue tag and JSON, and one notice to every convenor,
 * once, from the daily job run on a fixed day.
 */
@QuarkusTest
class OverdueAcknowledgementsTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    @Inject
    OverdueAcknowledgements job;
    @Inject
    JobLock lock;

    Account convenor;
    Account otherConvenor;
    Account focal;
    Round round;
    ForumSession afml;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("oconv").convenor().build();
        otherConvenor = TestData.account("oconv").convenor().build();
        Constituency indonesia = TestData.constituency("Indonesia");
        focal = TestData.account("ofid").focalPointFor(indonesia).build();
        afml = ForumTestData.session(ForumTestData.forum("ASEAN Forum on Migrant Labour", ForumSpace.SANCTIONED),
                "12th AFML", TODAY.plusDays(30));
        round = SubmissionTestData.finalRound(false, indonesia, TestData.constituency("Philippines"));
    }

    long notices(Account a, long submissionId) {
        String number = SubmissionTestData.load(submissionId).trackingNumber;
        return QuarkusTransaction.requiringNew().call(() -> Notice.count("accountId = ?1 and subject like ?2", a.id,
                "%" + number));
    }

    void record(long id, String kind, LocalDate day) {
        api(convenor).body(Map.of("kind", kind, "occurredOn", day.toString()))
                .post("/api/v1/submissions/" + id + "/events").then().statusCode(201);
    }

    @Test
    void everyConvenorIsToldOnceWhenNoAcknowledgementCameWithinTheDays() {
        long id = SubmissionTestData.send(convenor, round, afml);
        record(id, "RECEIVED", TODAY);
        job.run(TODAY.plusDays(30));
        assertEquals(0, notices(convenor, id), "the thirtieth day is still in time");
        assertTrue(job.run(TODAY.plusDays(31)) >= 1);
        assertEquals(1, notices(convenor, id));
        assertEquals(1, notices(otherConvenor, id));
        assertEquals(0, notices(focal, id));
        job.run(TODAY.plusDays(31));
        job.run(TODAY.plusDays(45));
        assertEquals(1, notices(convenor, id), "once, not once a run");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'submission.acknowledgement-overdue' and objectId = ?1", String.valueOf(id))));
        WebSession.signIn(convenor.username, TestData.PASSWORD).get("/notices").then()
                .body(containsString("No acknowledgement yet"))
                .body(containsString("/rounds/" + round.id + "/submissions/" + id));
    }

    /** Issue 13: the convenor's dashboard lists the submission to track until an answer is recorded. */
    @Test
    void anOverdueSubmissionWaitsOnTheConvenorsDashboardUntilAnswered() {
        long id = SubmissionTestData.send(convenor, round, afml);
        String number = SubmissionTestData.load(id).trackingNumber;
        QuarkusTransaction.requiringNew().run(() -> Submission.update("sentAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofDays(40)), id));
        String link = "href=\"/rounds/" + round.id + "/submissions/" + id + "\"";
        WebSession.signIn(convenor.username, TestData.PASSWORD).get("/").then()
                .body(containsString("No acknowledgement yet for " + number + ", sent to 12th AFML on"))
                .body(containsString(link));
        WebSession.signIn(focal.username, TestData.PASSWORD).get("/").then().body(not(containsString(link)));
        record(id, "ACKNOWLEDGED", TODAY);
        WebSession.signIn(convenor.username, TestData.PASSWORD).get("/").then().body(not(containsString(link)));
    }

    @Test
    void anAcknowledgementInTimeOrARecordedNoResponseSendsNothing() {
        long acknowledged = SubmissionTestData.send(convenor, round, afml);
        record(acknowledged, "ACKNOWLEDGED", TODAY);
        long tabled = SubmissionTestData.send(convenor, round, afml);
        record(tabled, "TABLED", TODAY);
        long silent = SubmissionTestData.send(convenor, round, afml);
        record(silent, "NO_RESPONSE", TODAY);
        job.run(TODAY.plusDays(60));
        assertEquals(0, notices(convenor, acknowledged));
        assertEquals(0, notices(convenor, tabled));
        assertEquals(0, notices(convenor, silent), "the convenor recorded no response: they know");
    }

    @Test
    void whileAnotherInstanceRunsTheJobNothingIsSent() {
        long id = SubmissionTestData.send(convenor, round, afml);
        assertTrue(lock.tryAcquire(OverdueAcknowledgements.LOCK, Duration.ofMinutes(5)));
        try {
            assertEquals(0, job.run(TODAY.plusDays(31)));
            assertEquals(0, notices(convenor, id));
        } finally {
            lock.release(OverdueAcknowledgements.LOCK);
        }
        job.run(TODAY.plusDays(31));
        assertEquals(1, notices(convenor, id));
    }

    @Test
    void theRoundsListTheSubmissionPageAndTheJsonSayOverdueUntilAnAcknowledgementIsRecorded() {
        long late = SubmissionTestData.send(convenor, round, afml);
        long recent = SubmissionTestData.send(convenor, round, afml);
        QuarkusTransaction.requiringNew().run(() -> Submission.getEntityManager()
                .createNativeQuery("update submission set sent_at = ?1 where id = ?2")
                .setParameter(1, Instant.now().minus(40, ChronoUnit.DAYS)).setParameter(2, late).executeUpdate());
        String list = "/rounds/" + round.id + "/submissions";
        WebSession fp = WebSession.signIn(focal.username, TestData.PASSWORD);
        String page = fp.get(list).then().statusCode(200).extract().asString();
        assertEquals(1, page.split(">Overdue<", -1).length - 1, "one tag, on the late submission's row");
        fp.get(list + "/" + late).then().statusCode(200).body(containsString(">Overdue<"))
                .body(containsString("No acknowledgement has been recorded"));
        fp.get(list + "/" + recent).then().statusCode(200).body(not(containsString(">Overdue<")));
        api(focal).get("/api/v1/submissions/" + late).then().body("overdue", equalTo(true));
        api(focal).get("/api/v1/submissions/" + recent).then().body("overdue", equalTo(false));
        api(focal).get("/api/v1" + list).then().body("find { it.id == " + late + " }.overdue", equalTo(true))
                .body("find { it.id == " + recent + " }.overdue", equalTo(false));

        record(late, "ACKNOWLEDGED", TODAY);
        api(focal).get("/api/v1/submissions/" + late).then().body("overdue", equalTo(false));
        fp.get(list + "/" + late).then().body(not(containsString(">Overdue<")));
    }
}
