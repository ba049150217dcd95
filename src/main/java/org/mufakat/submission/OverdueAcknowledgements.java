package org.mufakat.submission;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;
import org.mufakat.network.Account;
import org.mufakat.network.RoleGrant;
import org.mufakat.notify.JobLock;
import org.mufakat.notify.Notifier;
import org.mufakat.notify.Recipient;
import org.mufakat.security.Role;
import org.mufakat.web.Calendar;
import org.mufakat.web.QueryLiterals;
import org.mufakat.web.Text;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.scheduler.Scheduled;

/**
 * Acknowledgements that do not come. A submission is overdue when {@code mufakat.submission.acknowledge-within-days}
 * days have passed since the day it was sent (in the network's time zone) and its timeline holds no answer: no
 * acknowledgement, nothing later, and no "no response" the convenor recorded. Every day
 * ({@code mufakat.submission.overdue-cron}) the job tells every convenor about each newly overdue submission, once:
 * the submission's {@code ack_overdue_noticed_at} is set in the same transaction by a conditional update, and only
 * one instance runs the job at a time (the {@code submission-overdue} lease).
 */
@ApplicationScoped
public class OverdueAcknowledgements {

    static final String LOCK = "submission-overdue";

    @ConfigProperty(name = "mufakat.submission.acknowledge-within-days")
    int days;
    @Inject
    Calendar calendar;
    @Inject
    JobLock lock;
    @Inject
    Notifier notifier;
    @Inject
    AuditLog audit;

    /** The last day an acknowledgement is awaited: the day it was sent plus the configured days. */
    public LocalDate dueBy(Submission s) {
        return calendar.dayOf(s.sentAt).plusDays(days);
    }

    /** Whether the submission is overdue today. */
    public boolean overdue(Submission s) {
        return !overdueAmong(List.of(s)).isEmpty();
    }

    /** The ids of those of these submissions that are overdue today (one query for their timelines). */
    public Set<Long> overdueAmong(List<Submission> submissions) {
        LocalDate today = calendar.today();
        List<Submission> late = submissions.stream().filter(s -> today.isAfter(dueBy(s))).toList();
        Set<Long> answered = TrackingEvent.answered(late);
        return late.stream().map(s -> s.id).filter(id -> !answered.contains(id)).collect(Collectors.toSet());
    }

    /** The submissions overdue on the day, oldest first: sent before its due day and not answered since. */
    public List<Submission> overdueOn(LocalDate today) {
        return overdue(today).list();
    }

    /** The first of the submissions overdue on the day, oldest first, at most {@code most}. */
    public List<Submission> overdueOn(LocalDate today, int most) {
        return overdue(today).page(0, most).list();
    }

    private PanacheQuery<Submission> overdue(LocalDate today) {
        return Submission.find("from Submission s join fetch s.forumSession where s.sentAt < ?1 and not exists"
                + " (select 1 from TrackingEvent e where e.submission = s and e.kind in (" + QueryLiterals.of(TrackingKind.ANSWERS) + "))"
                + " order by s.sentAt, s.id", calendar.startOf(today.minusDays(days)));
    }

    @Scheduled(cron = "{mufakat.submission.overdue-cron}", identity = LOCK,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run(calendar.today());
    }

    /** Tells the convenors of what is overdue on the given day; returns how many submissions (0 if another runs). */
    public int run(LocalDate today) {
        return lock.runAlone(LOCK, Duration.ofMinutes(10), () -> notice(today));
    }

    @Transactional
    int notice(LocalDate today) {
        List<Submission> overdue = overdueOn(today).stream().filter(s -> s.ackOverdueNoticedAt == null).toList();
        if (overdue.isEmpty()) {
            return 0;
        }
        Map<Long, Account> convenors = new LinkedHashMap<>();
        for (RoleGrant g : RoleGrant.<RoleGrant>list("role", Role.CONVENOR)) {
            if (g.account.enabled) {
                convenors.putIfAbsent(g.account.id, g.account);
            }
        }
        int noticed = 0;
        for (Submission s : overdue) {
            if (Submission.update("ackOverdueNoticedAt = ?1 where id = ?2 and ackOverdueNoticedAt is null",
                    Instant.now(), s.id) != 1) {
                continue;
            }
            String sent = calendar.dayOf(s.sentAt).toString();
            Text subject = Text.of("mufakat.submission.overdue.subject", s.trackingNumber);
            Text body = Text.of("mufakat.submission.overdue.body", s.trackingNumber, s.round.title,
                    s.forumSession.title, calendar.dayOf(s.sentAt), days);
            for (Account a : convenors.values()) {
                notifier.notify(new Recipient(a.id, a.displayName, a.email), subject, body, s.path());
            }
            audit.record("system", "submission.acknowledgement-overdue", "Submission", s.auditId(),
                    s.trackingNumber + ": sent " + sent + ", no acknowledgement within " + days + " days; "
                            + convenors.size() + " convenor(s) told");
            noticed++;
        }
        return noticed;
    }
}
