package org.mufakat.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.notify.MailOutbox;
import org.mufakat.notify.MailOutboxTest;
import org.mufakat.notify.MailPreference;
import org.mufakat.notify.MailPreferences;
import org.mufakat.notify.Notice;
import org.mufakat.notify.NoticeDigest;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Review notices reach people as they chose: at once, in the daily digest, or only in their list. */
@QuarkusTest
class ReviewNotificationTest {

    @Inject
    MockMailbox mailbox;
    @Inject
    MailPreferences preferences;
    @Inject
    NoticeDigest digest;
    @Inject
    MailOutbox outbox;

    Account convenor;
    Account now;
    Account daily;
    Account never;
    Constituency myanmar;

    @BeforeEach
    void setUp() {
        mailbox.clear();
        convenor = TestData.account("nconv").convenor().build();
        myanmar = TestData.constituency("Burmese migrants in Thailand");
        now = TestData.account("nnow").focalPointFor(myanmar).build();
        daily = TestData.account("nday").focalPointFor(myanmar).build();
        never = TestData.account("noff").focalPointFor(myanmar).build();
        QuarkusTransaction.requiringNew().run(() -> {
            preferences.set(daily.id, MailPreference.DAILY_DIGEST);
            preferences.set(never.id, MailPreference.OFF);
        });
    }

    @Test
    void aStageChangeIsMailedAtOnceInTheDigestOrNotAtAll() {
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, myanmar);
        ReviewWorkflowTest.api(convenor).body(Map.of("forceReason", "Calibration starts today, as agreed."))
                .post("/api/v1/rounds/" + round.id + "/advance").then().statusCode(200);
        String comment = "/api/v1/rounds/" + round.id + "/recommendations/"
                + ReviewTestData.byText(round, ReviewTestData.RF).id + "/comments";
        ReviewWorkflowTest.api(convenor).body(Map.of("body", "Please check the figures.")).post(comment).then()
                .statusCode(201);

        for (Account a : List.of(now, daily, never)) {
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Notice.count("accountId = ?1 and subject"
                    + " like '%Calibration has begun'", a.id)), "every notice stays in the list of " + a.username);
        }
        MailOutboxTest.sendAll(outbox);
        assertEquals(1, mailbox.getMailsSentTo(now.email).size());
        assertEquals(0, mailbox.getMailsSentTo(daily.email).size());
        assertEquals(0, mailbox.getMailsSentTo(never.email).size());

        assertTrue(digest.run() >= 1);
        MailOutboxTest.sendAll(outbox);
        List<Mail> digests = mailbox.getMailsSentTo(daily.email);
        assertEquals(1, digests.size());
        assertTrue(digests.get(0).getText().contains("Calibration has begun"));
        assertEquals(0, mailbox.getMailsSentTo(never.email).size());
        digest.run();
        MailOutboxTest.sendAll(outbox);
        assertEquals(1, mailbox.getMailsSentTo(daily.email).size(), "each notice goes into one digest");
    }
}
