package org.mufakat.round;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;
import org.mufakat.network.Constituency;
import org.mufakat.network.RoleGrant;
import org.mufakat.notify.JobLock;
import org.mufakat.notify.Notifier;
import org.mufakat.notify.Recipient;
import org.mufakat.web.Calendar;
import org.mufakat.web.Text;

import io.quarkus.scheduler.Scheduled;

/**
 * Reminds focal points whose input is not in: {@code mufakat.reminders.days-before} days before their deadline and
 * once it has passed. Each reminder goes out once per constituency and deadline, and only one instance runs the job
 * at a time (a lease in the database), however many share it.
 */
@ApplicationScoped
public class RoundReminders {

    static final String LOCK = "round-reminders";

    @ConfigProperty(name = "mufakat.reminders.days-before")
    int daysBefore;
    @Inject
    JobLock lock;
    @Inject
    Calendar calendar;
    @Inject
    RoundProgress progress;
    @Inject
    Notifier notifier;
    @Inject
    AuditLog audit;

    @Scheduled(cron = "{mufakat.reminders.cron}", identity = LOCK,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run(calendar.today());
    }

    /** Sends what is due on the given day; returns how many constituencies were reminded (0 if another runs it). */
    public int run(LocalDate today) {
        return lock.runAlone(LOCK, Duration.ofMinutes(10), () -> remind(today));
    }

    @Transactional
    int remind(LocalDate today) {
        int reminded = 0;
        for (Round round : Round.<Round>list("status", RoundStatus.COLLECTING)) {
            for (CompletenessMatrix.Row row : progress.matrix(round, today).incomplete()) {
                long days = row.daysLeft(today);
                ReminderSent.Kind kind = days < 0 ? ReminderSent.Kind.LATE
                        : days == daysBefore ? ReminderSent.Kind.DUE_SOON : null;
                if (kind == null) {
                    continue;
                }
                Constituency constituency = Constituency.findById(row.constituency().id());
                if (ReminderSent.exists(round, constituency, kind, row.deadline())) {
                    continue;
                }
                ReminderSent sent = new ReminderSent();
                sent.round = round;
                sent.constituency = constituency;
                sent.kind = kind;
                sent.deadline = row.deadline();
                sent.sentAt = Instant.now();
                sent.persist();
                Text subject = Text.of("mufakat.round.reminder." + kind.name() + ".subject", round.title);
                Text body = Text.of("mufakat.round.reminder." + kind.name() + ".body", constituency.name,
                        round.title, row.deadline(), Math.abs(days));
                for (RoleGrant g : RoleGrant.focalPointsOf(constituency)) {
                    if (g.account.enabled) {
                        notifier.notify(new Recipient(g.account.id, g.account.displayName, g.account.email), subject,
                                body, "/rounds/" + round.id + "/inputs/" + constituency.code);
                    }
                }
                audit.record("system", "round.reminder-sent", "Round", round.auditId(),
                        kind + " " + constituency.code + " deadline " + row.deadline());
                reminded++;
            }
        }
        return reminded;
    }
}
