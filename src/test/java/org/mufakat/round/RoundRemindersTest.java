package org.mufakat.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.notify.JobLock;
import org.mufakat.notify.MailOutbox;
import org.mufakat.notify.MailOutboxTest;
import org.mufakat.notify.Notice;
import org.mufakat.web.Days;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoundRemindersTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    @Inject
    RoundReminders reminders;
    @Inject
    JobLock lock;
    @Inject
    MockMailbox mailbox;
    @Inject
    MailOutbox outbox;

    Account focal;
    long roundId;

    @BeforeEach
    void openRound() {
        mailbox.clear();
        Constituency c = TestData.constituency("Myanmar");
        focal = TestData.account("remind").focalPointFor(c).build();
        Account convenor = TestData.account("conv").convenor().build();
        roundId = given().auth().preemptive().basic(convenor.username, TestData.PASSWORD).contentType("application/json")
                .body(Map.of("title", "Reminded " + TestData.next(), "themes", List.of(Map.of("code", "RF", "title",
                        "Fees")), "addressees", List.of("ASEAN"), "constituencyCodes", List.of(c.code),
                        "inputDeadline", TODAY.plusDays(3).toString(), "reviewStages", List.of("MEMBER_REVIEW")))
                .post("/api/v1/rounds").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().preemptive().basic(convenor.username, TestData.PASSWORD).contentType("application/json")
                .body("{}").post("/api/v1/rounds/" + roundId + "/advance").then().statusCode(200);
    }

    @Test
    void focalPointsAreRemindedOnceBeforeTheDeadlineAndOnceWhenLate() {
        assertTrue(reminders.run(TODAY) >= 1);
        assertEquals(0, remindersOf(focal) - 1, "one notice before the deadline");
        reminders.run(TODAY);
        assertEquals(1, remindersOf(focal), "a second run sends nothing again");
        MailOutboxTest.sendAll(outbox);
        assertEquals(1, mailbox.getMailsSentTo(focal.email).size());
        assertTrue(mailbox.getMailsSentTo(focal.email).get(0).getText().contains("in 3 days"));

        reminders.run(TODAY.plusDays(5));
        reminders.run(TODAY.plusDays(6));
        assertEquals(2, remindersOf(focal), "one late notice, not one a day");
        WebSession s = WebSession.signIn(focal.username, TestData.PASSWORD);
        s.get("/").then().body(containsString("Notices (2)"));
        s.get("/notices").then().statusCode(200).body(containsString("Late: national input"))
                .body(containsString("/rounds/" + roundId + "/inputs/"));
        s.submit("/notices", "/notices/read");
        s.get("/").then().body(containsString(">Notices<"));
    }

    @Test
    void whileAnotherInstanceHoldsTheLockNothingIsSent() {
        assertTrue(lock.tryAcquire(RoundReminders.LOCK, Duration.ofMinutes(5)));
        try {
            assertEquals(0, reminders.run(TODAY));
            assertEquals(0, remindersOf(focal));
        } finally {
            lock.release(RoundReminders.LOCK);
        }
        assertTrue(reminders.run(TODAY) >= 1);
    }

    @Test
    void aFocalPointSeesTheirDueInputOnTheDashboard() {
        WebSession.signIn(focal.username, TestData.PASSWORD).get("/").then()
                .body(containsString("is due on " + Days.written(TODAY.plusDays(3), Locale.ENGLISH)));
    }

    private long remindersOf(Account a) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.countForAccount(a.id));
    }
}
