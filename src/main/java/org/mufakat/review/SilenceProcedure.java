package org.mufakat.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;
import org.mufakat.network.Constituency;
import org.mufakat.notify.JobLock;
import org.mufakat.round.Round;
import org.mufakat.round.RoundParticipant;
import org.mufakat.round.RoundStatus;
import org.mufakat.web.Calendar;

import io.quarkus.scheduler.Scheduled;

/**
 * The silence procedure. Once the endorsement deadline of a round in endorsement has passed (the day after it, in
 * the network's time zone), every taking-part constituency without a position on the whole proposal is recorded as
 * consenting by silence: one position per constituency, audited, its focal points told. Before that,
 * {@code mufakat.reminders.days-before} days ahead, the focal points of constituencies still silent are reminded
 * once per deadline. The job ({@code mufakat.review.silence-cron}, hourly) runs on one instance at a time (the
 * {@code review-silence} lease), and a position's unique slot makes a second recording impossible even without it.
 */
@ApplicationScoped
public class SilenceProcedure {

    static final String LOCK = "review-silence";
    static final String ACTOR = "system";

    @ConfigProperty(name = "mufakat.reminders.days-before")
    int daysBefore;
    @Inject
    JobLock lock;
    @Inject
    Calendar calendar;
    @Inject
    AuditLog audit;
    @Inject
    ReviewNotices notices;

    @Scheduled(cron = "{mufakat.review.silence-cron}", identity = LOCK,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run(calendar.today());
    }

    /** Does what is due on the given day; returns how many consents by silence were recorded (0 if another runs). */
    public int run(LocalDate today) {
        return lock.runAlone(LOCK, Duration.ofMinutes(10), () -> apply(today));
    }

    @Transactional
    int apply(LocalDate today) {
        int recorded = 0;
        for (Round round : Round.<Round>list("status", RoundStatus.ENDORSEMENT)) {
            LocalDate deadline = StageWindow.endorsementDeadline(round);
            if (deadline == null) {
                continue;
            }
            if (today.isAfter(deadline)) {
                recorded += recordSilence(round, today);
                continue;
            }
            Set<Long> spoken = spoken(round);
            long days = ChronoUnit.DAYS.between(today, deadline);
            for (RoundParticipant participant : round.participants) {
                Constituency c = participant.constituency;
                if (spoken.contains(c.id)) {
                    continue;
                }
                if (days <= daysBefore && !EndorsementReminder.sent(round, c, deadline)) {
                    EndorsementReminder sent = new EndorsementReminder();
                    sent.round = round;
                    sent.constituency = c;
                    sent.deadline = deadline;
                    sent.sentAt = Instant.now();
                    sent.persist();
                    notices.deadlineNear(round, c, deadline, days);
                    audit.record(ACTOR, "review.endorsement-reminder-sent", "Round", round.auditId(),
                            c.code + " deadline " + deadline);
                }
            }
        }
        return recorded;
    }

    /**
     * Records consent by silence for each of the round's taking-part constituencies without a position on the whole
     * proposal, once its endorsement deadline has passed; in the caller's transaction. Also used by finalizing, so
     * that a proposal finalized after the deadline but before the hourly job ran still has them. Returns how many.
     */
    int recordSilence(Round round, LocalDate today) {
        LocalDate deadline = StageWindow.endorsementDeadline(round);
        if (deadline == null || !today.isAfter(deadline)) {
            return 0;
        }
        Set<Long> spoken = spoken(round);
        int recorded = 0;
        for (RoundParticipant participant : round.participants) {
            Constituency c = participant.constituency;
            if (!spoken.contains(c.id)) {
                record(round, c, deadline);
                recorded++;
            }
        }
        return recorded;
    }

    private static Set<Long> spoken(Round round) {
        return Position.<Position>list("round = ?1 and recommendation is null and organisation is null", round)
                .stream().map(p -> p.constituency.id).collect(Collectors.toSet());
    }

    private void record(Round round, Constituency c, LocalDate deadline) {
        Position p = new Position();
        p.round = round;
        p.constituency = c;
        p.slot = Position.slot(null, c, null);
        p.stance = Stance.CONSENT_BY_SILENCE;
        p.takenBy = ACTOR;
        p.takenAt = Instant.now();
        p.persist();
        audit.record(ACTOR, "review.consent-by-silence", "Round", round.auditId(),
                c.code + " gave no position by " + deadline);
        notices.consentBySilence(round, c);
    }
}
