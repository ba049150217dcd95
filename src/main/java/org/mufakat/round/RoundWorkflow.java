package org.mufakat.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.network.Constituency;
import org.mufakat.network.NetworkAction;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Calendar;
import org.mufakat.web.Aggregates;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.RefusedException;
import org.mufakat.web.Texts;

/** The convenor's actions on a round, one method per button. */
@ApplicationScoped
public class RoundWorkflow {

    static final int MIN_FORCE_REASON = 10;

    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    Validator validator;
    @Inject
    Texts texts;
    @Inject
    RoundGuards guards;
    @Inject
    RoundFacts facts;
    @Inject
    Calendar calendar;
    @Inject
    Event<RoundMoved> moved;

    /** Sets up a new round in SETUP; only the convenor may. */
    @Transactional
    public Round create(RoundForm form) {
        permissions.check(RoundAction.MANAGE_ROUNDS, Scoped.NETWORK);
        RoundSetup setup = read(form);
        Round round = new Round();
        round.createdAt = Instant.now();
        round.statusChangedAt = round.createdAt;
        round.createdBy = user.username();
        setup.applyTo(round, form);
        round.persist();
        audit.record(user.username(), "round.created", "Round", round.auditId(), round.title);
        return round;
    }

    /** Changes the set-up; themes, addressees and participants are settled once the round collects inputs. */
    @Transactional
    public Round update(long id, RoundForm form) {
        Round round = find(id);
        permissions.check(RoundAction.MANAGE_ROUNDS, round);
        if (!round.status().isEditable()) {
            throw FormInvalidException.field("title", texts.get("mufakat.round.notEditable"));
        }
        RoundSetup setup = read(form);
        if (form.version() == null) {
            throw FormInvalidException.field("version", texts.get("mufakat.versionRequired"));
        }
        if (!Objects.equals(form.version(), round.version)) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        setup.applyTo(round, form);
        audit.record(user.username(), "round.updated", "Round", round.auditId(), round.title);
        return round;
    }

    /**
     * Moves the round to its next stage when the guard allows it, or when the convenor forces it with a written reason
     * (recorded in the stage history and the audit trail). A move already made (a double click, a retry) changes
     * nothing. Stages this version cannot run yet, and what later features require (every statement has a fate), are
     * refused even when forced.
     *
     * @param from the stage the convenor saw when pressing the button
     */
    @Transactional
    public Round advance(long id, RoundStatus from, String forceReason) {
        return advance(id, from, forceReason, false);
    }

    /**
     * As {@link #advance(long, RoundStatus, String)}; {@code anyway} is the convenor's "move on anyway": while the
     * move is blocked (by reasons that can be overridden) a missing reason is said beside its field, not answered
     * with the blockers again.
     */
    @Transactional
    public Round advance(long id, RoundStatus from, String forceReason, boolean anyway) {
        Round round = find(id);
        permissions.check(RoundAction.MANAGE_ROUNDS, round);
        if (from != null && round.status() != from) {
            return round;
        }
        RoundStatus target = round.nextStatus().orElseThrow(
                () -> new RefusedException(List.of(texts.get("mufakat.round.closed"))));
        RoundGuards.Verdict verdict = guards.judge(round, target, calendar.today());
        List<String> reasons = verdict.reasons();
        boolean forced = forceReason != null && !forceReason.isBlank();
        if (!reasons.isEmpty()) {
            if (anyway && !forced && verdict.forceable()) {
                throw FormInvalidException.field("forceReason", texts.get("mufakat.round.forceReasonMissing",
                        MIN_FORCE_REASON));
            }
            if (!forced || !verdict.forceable()) {
                throw new RefusedException(reasons);
            }
            if (forceReason.strip().length() < MIN_FORCE_REASON) {
                throw FormInvalidException.field("forceReason", texts.get("mufakat.round.forceReasonShort",
                        MIN_FORCE_REASON));
            }
        }
        RoundTransition t = new RoundTransition();
        t.round = round;
        t.fromStatus = round.status();
        t.toStatus = target;
        t.forced = forced && !reasons.isEmpty();
        t.reason = t.forced ? forceReason.strip() : null;
        t.actor = user.username();
        t.occurredAt = Instant.now();
        round.moveTo(target);
        t.persist();
        audit.record(user.username(), t.forced ? "round.forced" : "round.advanced", "Round", round.auditId(),
                t.fromStatus + " -> " + t.toStatus + (t.forced ? "; overriding: " + String.join(" ", reasons)
                        + " Reason: " + t.reason : ""));
        moved.fire(new RoundMoved(round, t.fromStatus, t.toStatus, t.actor));
        return round;
    }

    /**
     * Moves a round one stage on for Mufakat itself (demo data at start-up), with nobody signed in: every guard is
     * asked as for the convenor and nothing is forced; the move is recorded under the given actor and fires the same
     * event as the convenor's. No page or API call reaches it.
     */
    @Transactional
    public Round advanceAsSystem(long id, String actor) {
        Round round = find(id);
        RoundStatus target = round.nextStatus().orElseThrow(
                () -> new RefusedException(List.of(texts.get("mufakat.round.closed"))));
        List<String> reasons = guards.reasonsAgainst(round, target, calendar.today());
        if (!reasons.isEmpty()) {
            throw new RefusedException(reasons);
        }
        RoundTransition t = new RoundTransition();
        t.round = round;
        t.fromStatus = round.status();
        t.toStatus = target;
        t.actor = actor;
        t.occurredAt = Instant.now();
        round.moveTo(target);
        t.persist();
        audit.record(actor, "round.advanced", "Round", round.auditId(), t.fromStatus + " -> " + t.toStatus);
        moved.fire(new RoundMoved(round, t.fromStatus, t.toStatus, actor));
        return round;
    }

    /**
     * Marks a final round submitted when its first submission is sent; the submission feature calls it in the same
     * transaction, after saving the submission its guard ({@link StageGuard}) asks about. A round already submitted
     * stays as it is; any other stage is refused with the guard's reasons.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Round markSubmitted(long id) {
        Round round = find(id);
        permissions.check(RoundAction.MANAGE_ROUNDS, round);
        if (round.status() == RoundStatus.SUBMITTED) {
            return round;
        }
        return moveGuarded(round, RoundStatus.SUBMITTED);
    }

    /**
     * Closes a submitted round: no more submissions are sent from it (their tracking goes on). Closing a closed round
     * again (a double click) changes nothing; any other stage is refused.
     */
    @Transactional
    public Round close(long id) {
        Round round = find(id);
        permissions.check(RoundAction.MANAGE_ROUNDS, round);
        if (round.status() == RoundStatus.CLOSED) {
            return round;
        }
        if (round.status() != RoundStatus.SUBMITTED) {
            throw new RefusedException(List.of(texts.get("mufakat.round.closeOnlySubmitted")));
        }
        return moveGuarded(round, RoundStatus.CLOSED);
    }

    private Round moveGuarded(Round round, RoundStatus target) {
        List<String> reasons = guards.reasonsAgainst(round, target, calendar.today());
        if (!reasons.isEmpty()) {
            throw new RefusedException(reasons);
        }
        RoundTransition t = new RoundTransition();
        t.round = round;
        t.fromStatus = round.status();
        t.toStatus = target;
        t.actor = user.username();
        t.occurredAt = Instant.now();
        round.moveTo(target);
        t.persist();
        audit.record(t.actor, "round.advanced", "Round", round.auditId(), t.fromStatus + " -> " + t.toStatus);
        moved.fire(new RoundMoved(round, t.fromStatus, t.toStatus, t.actor));
        return round;
    }

    /** Gives one constituency a later deadline than the round's, with a reason; before harmonizing begins. */
    @Transactional
    public RoundParticipant extendDeadline(long id, String constituencyCode, String day, String reason) {
        Round round = find(id);
        permissions.check(RoundAction.MANAGE_ROUNDS, round);
        Constituency c = Constituency.findByCode(constituencyCode);
        RoundParticipant p = c == null ? null : round.participant(c.id).orElse(null);
        FormErrors errors = FormErrors.none();
        if (p == null) {
            errors.add("constituency", texts.get("mufakat.choose"));
        }
        if (round.status().compareTo(RoundStatus.COLLECTING) > 0) {
            errors.add("deadline", texts.get("mufakat.round.extensionTooLate"));
        }
        LocalDate date = RoundSetup.date(day, "deadline", errors, texts);
        if (date == null && !errors.has("deadline")) {
            errors.add("deadline", texts.get("mufakat.required"));
        }
        if (date != null && !date.isAfter(round.inputDeadline)) {
            errors.add("deadline", texts.get("mufakat.round.extensionAfterDeadline", round.inputDeadline));
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", texts.get("mufakat.required"));
        } else if (reason.length() > 500) {
            errors.add("reason", texts.get("mufakat.round.reasonTooLong"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        p.deadlineExtension = date;
        p.extensionReason = reason.strip();
        Aggregates.changed(round);
        audit.record(user.username(), "round.deadline-extended", "Round", round.auditId(),
                c.code + " until " + date + ": " + p.extensionReason);
        return p;
    }

    /** The round, to anyone signed in: stages and deadlines are visible to the whole network. */
    public Round view(long id) {
        Round round = find(id);
        permissions.check(NetworkAction.VIEW_DIRECTORY, round);
        return round;
    }

    public CompletenessMatrix matrix(Round round) {
        permissions.check(RoundAction.VIEW_ROUND_PROGRESS, round);
        return facts.matrix(round, calendar.today());
    }

    /**
     * Why the next move would be refused today (no reasons when it may go ahead) and whether the convenor may
     * override that with a written reason; nothing in the way, and nothing to force, once the round is closed.
     */
    public RoundGuards.Verdict verdict(Round round) {
        return round.nextStatus().map(next -> facts.verdict(round, next, calendar.today()))
                .orElse(new RoundGuards.Verdict(List.of(), false));
    }

    private Round find(long id) {
        Round round = Round.findById(id);
        if (round == null) {
            throw new NotFoundException();
        }
        return round;
    }

    private RoundSetup read(RoundForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        RoundSetup setup = RoundSetup.read(form, errors, texts);
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        return setup;
    }
}
