package org.mufakat.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.web.Outage;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The mail outbox. {@link #enqueue} writes a mail in the caller's transaction (a rollback sends nothing, a commit
 * keeps it even when the mail server is down); every {@code mufakat.mail.outbox.every} the instance holding the
 * {@code mail-outbox} lease sends the due mails, each marked sent in its own transaction, so a mail goes out once.
 * A failed attempt waits 1, 2, 4... minutes (at most 6 hours) before the next; after
 * {@code mufakat.mail.outbox.max-attempts} the mail is kept as failed with its last error. No request waits on SMTP.
 */
@ApplicationScoped
public class MailOutbox {

    static final String LOCK = "mail-outbox";
    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    /** A run stops taking new mails after this, well inside its lease, so a slow server cannot outlive the lease. */
    private static final Duration RUN_BUDGET = Duration.ofMinutes(2);
    private static final Duration MAX_PAUSE = Duration.ofHours(6);
    private static final int BATCH = 50;
    private static final int MAX_ERROR = 500;
    private static final int MAX_BODY = 100_000;

    @Inject
    JobLock lock;
    @Inject
    MailTransport transport;
    @Inject
    AuditLog audit;
    @Inject
    Outage outage;

    @ConfigProperty(name = "mufakat.mail.outbox.max-attempts", defaultValue = "12")
    int maxAttempts;
    @ConfigProperty(name = "quarkus.mailer.username")
    Optional<String> smtpUser;
    @ConfigProperty(name = "quarkus.mailer.password")
    Optional<String> smtpPassword;

    /** After this many failed attempts a mail is kept as failed and not tried again. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Puts a plain-text mail in the outbox, in the caller's transaction (a digest longer than the column is cut). */
    @Transactional(TxType.MANDATORY)
    public OutboxMail enqueue(String to, String subject, String text) {
        OutboxMail mail = new OutboxMail();
        mail.recipient = to;
        mail.subject = subject;
        mail.body = text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY - 1) + "…";
        mail.createdAt = Instant.now();
        mail.nextAttemptAt = mail.createdAt;
        mail.persist();
        return mail;
    }

    @Scheduled(every = "{mufakat.mail.outbox.every}", identity = LOCK,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            if (!outage.isDatabaseDown(e)) {
                throw e;
            }
            // The outage is logged once by web.Outage; the mails wait in the outbox for the next run after it.
        }
    }

    /** Sends the due mails; returns how many went out (0 when another instance holds the lease). */
    public int run() {
        return lock.runAlone(LOCK, LEASE, this::sendDue);
    }

    int sendDue() {
        Instant started = Instant.now();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> OutboxMail.due(started, BATCH));
        int sent = 0;
        for (Long id : due) {
            if (Duration.between(started, Instant.now()).compareTo(RUN_BUDGET) > 0) {
                break;
            }
            OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(id));
            try {
                transport.send(Mail.withText(mail.recipient, mail.subject, mail.body));
            } catch (RuntimeException e) {
                failed(id, e);
                continue;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                OutboxMail m = OutboxMail.findById(id);
                m.sentAt = Instant.now();
                m.attempts++;
            });
            sent++;
        }
        return sent;
    }

    private void failed(Long id, RuntimeException e) {
        String error = describe(e);
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMail m = OutboxMail.findById(id);
            m.attempts++;
            m.lastError = error;
            if (m.attempts >= maxAttempts) {
                m.failedAt = Instant.now();
                audit.record("system", "mail.failed", "OutboxMail", String.valueOf(id),
                        m.attempts + " attempt(s): " + error);
                LOG.errorf("Gave up e-mailing outbox mail %d after %d attempts: %s", id, m.attempts, error);
            } else {
                m.nextAttemptAt = Instant.now().plus(pause(m.attempts));
                LOG.warnf("Could not send outbox mail %d (attempt %d), next at %s: %s", id, m.attempts,
                        m.nextAttemptAt, error);
            }
        });
    }

    /** The pause after the given number of failed attempts: 1 minute, doubling, at most 6 hours. */
    static Duration pause(int attempts) {
        Duration pause = Duration.ofMinutes(1L << Math.max(0, Math.min(attempts - 1, 20)));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    /** The error's kind and message on one line, short, without the SMTP credentials. */
    String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        for (Optional<String> secret : List.of(smtpPassword, smtpUser)) {
            if (secret.isPresent() && !secret.get().isBlank()) {
                text = text.replace(secret.get(), "***");
            }
        }
        text = text.replaceAll("[\\r\\n\\t]+", " ");
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
