package org.mufakat.submission;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.review.ProposalVersion;
import org.mufakat.review.Versions;
import org.mufakat.review.WordDiff;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundWorkflow;
import org.mufakat.security.Audience;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.web.Aggregates;
import org.mufakat.web.Calendar;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.RefusedException;
import org.mufakat.web.Texts;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * The convenor's actions on submissions, one method per button: prepare and send a final round's proposal (freezing
 * its text), record what became of it, close the round; and, for everyone who reads the round, the submissions and
 * the check of a text against one.
 */
@ApplicationScoped
public class SubmissionWorkflow {

    static final int SESSION_CHOICES = 100;

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
    Calendar calendar;
    @Inject
    Versions versions;
    @Inject
    RoundWorkflow rounds;
    @Inject
    EvidenceWorkflow evidence;

    /** A submission about to be sent: where, in which register, and the exact text that would be frozen. */
    public record Draft(Round round, ForumSession session, Audience.Register register, int versionNumber,
            String text, String sha256) {
    }

    /** What a pasted text is, compared with the submitted one. */
    public record Verification(Submission submission, boolean matches, String sha256, List<WordDiff.Row> changes,
            boolean tooLongToCompare) {
    }

    /** The round's submissions, newest first, for whoever reads the round. */
    public List<Submission> list(long roundId) {
        Round round = round(roundId);
        permissions.check(SubmissionAction.VIEW_SUBMISSIONS, round);
        return Submission.listForRound(round);
    }

    /** The round, to whoever reads its submissions. */
    public Round readable(long roundId) {
        Round round = round(roundId);
        permissions.check(SubmissionAction.VIEW_SUBMISSIONS, round);
        return round;
    }

    /** The round, to the convenor about to close it (the confirmation page). */
    public Round toClose(long roundId) {
        Round round = round(roundId);
        permissions.check(SubmissionAction.SUBMIT, round);
        return round;
    }

    /** Whether the current user may prepare and send submissions of the round, for pages to offer the form. */
    public boolean maySubmit(Round round) {
        return permissions.may(SubmissionAction.SUBMIT, round);
    }

    public boolean mayTrack(Submission s) {
        return permissions.may(SubmissionAction.TRACK, s);
    }

    /** A new form: the round's own forum session, its register, and a fresh key; convenor only, final rounds. */
    public SubmissionForm newForm(long roundId) {
        Round round = round(roundId);
        permissions.check(SubmissionAction.SUBMIT, round);
        sendable(round);
        ForumSession session = round.forumSession;
        return new SubmissionForm(session == null ? null : session.id,
                session == null ? null : defaultRegister(session).name(), null, null, newKey());
    }

    /** The forum sessions a submission may go to, the latest first (a sensible limit). */
    public List<ForumSession> sessions() {
        return ForumSession.findAll(Sort.descending("startsOn", "id")).page(Page.ofSize(SESSION_CHOICES)).list();
    }

    private Round round(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null) {
            throw new NotFoundException();
        }
        return round;
    }

    /** The text that sending would freeze, checked as sending checks it; nothing is saved. */
    public Draft preview(long roundId, SubmissionForm form) {
        Round round = round(roundId);
        permissions.check(SubmissionAction.SUBMIT, round);
        sendable(round);
        return draft(round, form);
    }

    /**
     * Sends the final proposal to a forum session: renders the latest version of the final round in the chosen
     * register for an audience outside the network (nothing restricted; attribution only if the round allows it),
     * freezes that text with its SHA-256 and a tracking number of the year, and moves a FINAL round to SUBMITTED. The
     * same idempotency key gives back the submission it made (a double click, a retry); a key used for another round
     * is refused.
     */
    @Transactional
    public Sent send(long roundId, SubmissionForm form) {
        Round round = round(roundId);
        permissions.check(SubmissionAction.SUBMIT, round);
        Submission earlier = form.idempotencyKey() == null ? null
                : Submission.findByIdempotencyKey(form.idempotencyKey());
        if (earlier != null) {
            if (!earlier.round.id.equals(round.id)) {
                throw FormInvalidException.field("idempotencyKey", texts.get("mufakat.submission.keyUsed"));
            }
            return new Sent(earlier, false);
        }
        sendable(round);
        Draft draft = draft(round, form);
        Submission s = new Submission();
        s.round = round;
        s.forumSession = draft.session();
        s.proposalVersion = draft.versionNumber();
        s.register = draft.register();
        s.attribution = round.publicAttribution;
        s.coverLetter = form.coverLetter();
        s.recipients = form.recipients();
        s.text = draft.text();
        s.sha256 = draft.sha256();
        s.trackingYear = calendar.today().getYear();
        s.trackingSequence = Submission.nextSequence(s.trackingYear);
        s.trackingNumber = Submission.trackingNumber(s.trackingYear, s.trackingSequence);
        s.idempotencyKey = form.idempotencyKey();
        s.sentAt = Instant.now();
        s.sentBy = user.username();
        s.persist();
        audit.record(user.username(), "submission.sent", "Submission", s.auditId(), s.trackingNumber + ": round "
                + round.id + " version " + s.proposalVersion + " to " + s.forumSession.title + " in " + s.register
                + ", sha256 " + s.sha256);
        if (round.status() == RoundStatus.FINAL) {
            rounds.markSubmitted(round.id);
        }
        return new Sent(s, true);
    }

    /** A submission and whether this request created it (or an earlier one with the same key did). */
    public record Sent(Submission submission, boolean created) {
    }

    /** One submission, for whoever reads its round. */
    public Submission view(long id) {
        Submission s = Submission.findById(id);
        if (s == null) {
            throw new NotFoundException();
        }
        permissions.check(SubmissionAction.VIEW_SUBMISSIONS, s);
        return s;
    }

    public List<TrackingEvent> timeline(Submission s) {
        permissions.check(SubmissionAction.VIEW_SUBMISSIONS, s);
        return TrackingEvent.timeline(s);
    }

    /**
     * Whether the text is byte for byte the submitted one (its UTF-8 bytes give the same SHA-256), with the lines that
     * differ when it is not.
     */
    public Verification verify(long id, String text) {
        return compare(view(id), text, Integer.MAX_VALUE);
    }

    /** The check of {@link #verify}, on a submission already read; lines are compared only up to a length. */
    Verification compare(Submission s, String text, int maxDiffLength) {
        if (text == null || text.isEmpty()) {
            throw FormInvalidException.field("text", texts.get("mufakat.submission.textRequired"));
        }
        boolean matches = s.text.equals(text);
        boolean tooLong = !matches && text.length() > maxDiffLength;
        List<WordDiff.Row> changes = matches || tooLong ? List.of()
                : WordDiff.sideBySide(s.text, text).stream().filter(WordDiff.Row::changed).toList();
        return new Verification(s, matches, SubmissionText.sha256(text), changes, tooLong);
    }

    /** Records an event without a file (the API's JSON). */
    @Transactional
    public TrackingEvent record(long id, EventForm form) {
        return record(id, form, null);
    }

    /**
     * Records what became of a submission on its timeline, with an optional evidence file; the convenor only, with
     * a date not in the future. The same event twice (a double click, a retry on a slow link) is recorded once, and
     * its file stored once; a new event or file bumps the submission's version, its aggregate.
     */
    @Transactional
    public TrackingEvent record(long id, EventForm form, EvidenceWorkflow.Upload upload) {
        Submission s = Submission.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException();
        }
        permissions.check(SubmissionAction.TRACK, s);
        FormErrors errors = FormErrors.of(validator.validate(form));
        TrackingKind kind = null;
        if (form.kind() != null) {
            kind = Arrays.stream(TrackingKind.values()).filter(k -> k.name().equals(form.kind())).findFirst()
                    .orElse(null);
            if (kind == null) {
                errors.add("kind", texts.get("mufakat.submission.kindRequired"));
            }
        }
        LocalDate day = null;
        if (form.occurredOn() != null) {
            try {
                day = LocalDate.parse(form.occurredOn());
                if (day.isAfter(calendar.today())) {
                    errors.add("occurredOn", texts.get("mufakat.submission.dateInFuture"));
                }
            } catch (DateTimeParseException e) {
                errors.add("occurredOn", texts.get("mufakat.submission.dateInvalid"));
            }
        }
        if (form.link() != null && !errors.has("link") && !webLink(form.link())) {
            errors.add("link", texts.get("mufakat.submission.linkInvalid"));
        }
        EvidenceWorkflow.Checked file = null;
        if (upload != null) {
            try {
                file = evidence.check(upload);
            } catch (FormInvalidException e) {
                errors.add("file", e.errors().get("file"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        TrackingEvent twin = TrackingEvent.find(s, kind, day, form.note(), form.link());
        if (twin != null) {
            if (file != null) {
                evidence.attach(s, twin, file);
            }
            return twin;
        }
        TrackingEvent e = new TrackingEvent();
        e.submission = s;
        e.kind = kind;
        e.occurredOn = day;
        e.note = form.note();
        e.link = form.link();
        e.recordedAt = Instant.now();
        e.recordedBy = user.username();
        e.persist();
        audit.record(user.username(), "submission.tracked", "Submission", s.auditId(), s.trackingNumber + ": "
                + kind + " on " + day);
        Aggregates.changed(s);
        if (file != null) {
            evidence.attach(s, e, file);
        }
        return e;
    }

    /** Closes a submitted round (the round's own rule: the convenor, from SUBMITTED). */
    public Round close(long roundId) {
        return rounds.close(roundId);
    }

    /** The register a forum's space calls for: calibrated for sanctioned forums, unvarnished for created spaces. */
    static Audience.Register defaultRegister(ForumSession session) {
        return session.forum.space == ForumSpace.CREATED ? Audience.Register.UNVARNISHED
                : Audience.Register.CALIBRATED;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    private void sendable(Round round) {
        if (round.status() == RoundStatus.CLOSED) {
            throw new RefusedException(List.of(texts.get("mufakat.submission.roundClosed")));
        }
        if (!round.status().isFinalOrLater()) {
            throw new RefusedException(List.of(texts.get("mufakat.submission.notFinal",
                    texts.get("mufakat.round.status." + round.status().name()))));
        }
    }

    private Draft draft(Round round, SubmissionForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        ForumSession session = form.forumSessionId() == null ? null : ForumSession.findById(form.forumSessionId());
        if (session == null && !errors.has("forumSessionId")) {
            errors.add("forumSessionId", texts.get("mufakat.submission.sessionRequired"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        ProposalVersion version = ProposalVersion.latest(round);
        if (version == null) {
            throw new RefusedException(List.of(texts.get("mufakat.submission.noFinalVersion")));
        }
        Audience.Register register = Audience.Register.valueOf(form.register());
        String text = SubmissionText.render(round.title, versions.entries(version),
                Audience.outside(round.publicAttribution, register));
        return new Draft(round, session, register, version.number, text, SubmissionText.sha256(text));
    }

    private static boolean webLink(String link) {
        try {
            URI uri = new URI(link);
            return Set.of("http", "https").contains(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase())
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
