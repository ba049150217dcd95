package org.mufakat.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.WebSession;
import org.mufakat.network.TestData;
import org.mufakat.web.Text;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The mail outbox: a notice lands in the app at once while its e-mail waits in the outbox; a mail server that is
 * down costs retries, never the mail; each mail goes out once, by one instance.
 */
@QuarkusTest
public class MailOutboxTest {

    @Inject
    Notifier notifier;
    @Inject
    MailOutbox outbox;
    @Inject
    JobLock lock;
    @Inject
    MockMailbox mailbox;
    @Inject
    Mailer mailer;

    Account to;
    FlakyServer server;

    /** A mail server that refuses while {@code down}, and otherwise hands the mail to the mock mailer. */
    static final class FlakyServer extends MailTransport {
        final Mailer real;
        volatile boolean down;
        int refused;

        FlakyServer(Mailer real) {
            this.real = real;
        }

        @Override
        public void send(Mail mail) {
            if (down) {
                refused++;
                throw new IllegalStateException("Connection refused:\r\n localhost/127.0.0.1:587",
                        new java.net.ConnectException("Connection refused\nFAKE LOG LINE"));
            }
            real.send(mail);
        }
    }

    /** Sends everything due in the outbox, as the scheduled job would over several runs. */
    public static void sendAll(MailOutbox outbox) {
        while (outbox.run() > 0) {
            // each run sends a batch
        }
    }

    @BeforeEach
    void setUp() {
        mailbox.clear();
        to = TestData.account("outbox").observer().build();
        server = new FlakyServer(mailer);
        QuarkusMock.installMockForType(server, MailTransport.class);
    }

    private Notice notifyNow(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> notifier.notify(
                new Recipient(to.id, to.displayName, to.email), Text.of("mufakat.review.notice.silenceSubject", subject),
                Text.of("mufakat.review.notice.until", "10 December"), "/rounds"));
    }

    private List<OutboxMail> mails() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>list("recipient = ?1 order by id",
                to.email));
    }

    @Test
    void theNoticeLandsAtOnceAndTheMailGoesOutOnceFromTheOutbox() {
        Notice notice = notifyNow("Round opened");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Notice.findById(notice.id)));
        assertEquals(0, mailbox.getMailsSentTo(to.email).size(), "the request did not talk to the mail server");
        assertEquals(1, mails().size());
        assertNull(mails().get(0).sentAt);

        sendAll(outbox);
        List<Mail> sent = mailbox.getMailsSentTo(to.email);
        assertEquals(1, sent.size());
        assertEquals("Consent by silence recorded for “Round opened”", sent.get(0).getSubject());
        assertTrue(sent.get(0).getText().contains("It closes on 10 December."));
        OutboxMail mail = mails().get(0);
        assertNotNull(mail.sentAt);
        assertEquals(1, mail.attempts);

        sendAll(outbox);
        assertEquals(1, mailbox.getMailsSentTo(to.email).size(), "sent once");
    }

    /**
     * Issue 13: a notice is written in its recipient's language, the one they chose last with the switcher, whoever
     * caused it; the notice list writes it in the reader's language of the moment, days included.
     */
    @Test
    void theMailIsInTheRecipientsLanguageAndTheListInTheReadersLanguage() {
        WebSession thai = WebSession.signIn(to.username, TestData.PASSWORD);
        thai.submit("/", "/language", "lang", "th", "back", "/").then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> notifier.notify(new Recipient(to.id, to.displayName, to.email),
                Text.of("mufakat.review.notice.stageSubject", "AFML", Text.of("mufakat.round.status.COLLECTING")),
                Text.of("mufakat.review.notice.until", java.time.LocalDate.of(2026, 12, 10)), "/rounds"));
        sendAll(outbox);
        Mail mail = mailbox.getMailsSentTo(to.email).get(0);
        assertEquals("AFML: เริ่มขั้นตอนรับความเห็นระดับชาติแล้ว", mail.getSubject());
        assertTrue(mail.getText().contains("สิ้นสุดวันที่ 10 ธ.ค. 2026"), mail.getText());

        thai.submit("/", "/language", "lang", "id", "back", "/");
        thai.get("/notices").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("AFML: Mengumpulkan masukan nasional dimulai"))
                .body(org.hamcrest.Matchers.containsString("Ditutup pada 10 Des 2026."));
    }

    @Test
    void aRolledBackChangeLeavesNoMail() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            notifier.notify(new Recipient(to.id, to.displayName, to.email), Text.of("mufakat.noticesRead"),
                    Text.of("mufakat.noticesRead"), null);
            throw new IllegalStateException("the change failed");
        }));
        assertEquals(0, mails().size());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Notice.count("accountId", to.id)));
    }

    @Test
    void whileTheMailServerIsDownTheMailWaitsAndIsRetriedLater() {
        server.down = true;
        notifyNow("Deadline in 3 days");
        sendAll(outbox);
        OutboxMail failed = mails().get(0);
        assertEquals(1, failed.attempts);
        assertNull(failed.sentAt);
        assertNull(failed.failedAt);
        assertTrue(failed.lastError.contains("Connection refused"), failed.lastError);
        assertFalse(failed.lastError.contains("\n") || failed.lastError.contains("\r"), "one line: " + failed.lastError);
        Duration wait = Duration.between(Instant.now(), failed.nextAttemptAt);
        assertTrue(wait.compareTo(Duration.ofSeconds(50)) > 0 && wait.compareTo(Duration.ofSeconds(61)) <= 0,
                "the next attempt waits a minute: " + wait);

        int refused = server.refused;
        outbox.run();
        assertEquals(refused, server.refused, "not tried again before its time");

        server.down = false;
        makeDue();
        sendAll(outbox);
        assertEquals(1, mailbox.getMailsSentTo(to.email).size(), "the mail was not lost");
        OutboxMail sent = mails().get(0);
        assertNotNull(sent.sentAt);
        assertEquals(2, sent.attempts);
        sendAll(outbox);
        assertEquals(1, mailbox.getMailsSentTo(to.email).size(), "and sent once");
    }

    @Test
    void afterTheLastAttemptTheMailIsKeptAsFailedAndAudited() {
        server.down = true;
        notifyNow("Endorsement closes");
        Long id = mails().get(0).id;
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMail m = OutboxMail.findById(id);
            m.attempts = outbox.maxAttempts() - 1;
        });
        sendAll(outbox);
        OutboxMail failed = mails().get(0);
        assertEquals(outbox.maxAttempts(), failed.attempts);
        assertNotNull(failed.failedAt);
        assertNotNull(failed.lastError);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'mail.failed' and objectId = ?1", String.valueOf(id))));
        server.down = false;
        makeDue();
        sendAll(outbox);
        assertEquals(0, mailbox.getMailsSentTo(to.email).size(), "a failed mail is not sent again by itself");
    }

    @Test
    void whileAnotherInstanceHoldsTheOutboxThisOneSendsNothing() {
        notifyNow("Two instances");
        assertTrue(lock.tryAcquire(MailOutbox.LOCK, Duration.ofMinutes(1)));
        try {
            assertEquals(0, outbox.run());
            assertEquals(0, mailbox.getMailsSentTo(to.email).size());
        } finally {
            lock.release(MailOutbox.LOCK);
        }
        sendAll(outbox);
        assertEquals(1, mailbox.getMailsSentTo(to.email).size());
    }

    @Test
    void theWaitDoublesUpToSixHours() {
        assertEquals(Duration.ofMinutes(1), MailOutbox.pause(1));
        assertEquals(Duration.ofMinutes(2), MailOutbox.pause(2));
        assertEquals(Duration.ofMinutes(4), MailOutbox.pause(3));
        assertEquals(Duration.ofHours(6), MailOutbox.pause(12));
        assertEquals(Duration.ofHours(6), MailOutbox.pause(400));
    }

    private void makeDue() {
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("nextAttemptAt = ?1 where recipient = ?2",
                Instant.now().minusSeconds(1), to.email));
    }
}
