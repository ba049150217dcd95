package org.mufakat.submission;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.forum.ForumSession;
import org.mufakat.network.NetworkAction;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Aggregates;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;
import org.mufakat.web.Unique;

/**
 * The network's engagement at a forum session: read by whoever reads the forum registry, recorded by the secretariat
 * and the convenor in one save of the whole record (invitation, seats, notes and delegates).
 */
@ApplicationScoped
public class EngagementWorkflow {

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

    /**
     * A session's engagement as one reader sees it: the record (null while nothing is recorded), whether they may
     * change it, and the allies met there if they may read allies (an empty list otherwise).
     */
    public record View(ForumSession session, Engagement engagement, boolean mayEdit, boolean mayReadAllies,
            List<Ally> allies) {
    }

    /** The session's engagement, to whoever reads forums. */
    public View view(long sessionId) {
        ForumSession session = session(sessionId);
        boolean readsAllies = permissions.may(SubmissionAction.VIEW_ALLIES, Scoped.NETWORK);
        return new View(session, Engagement.forSession(session),
                permissions.may(SubmissionAction.EDIT_ENGAGEMENT, Scoped.NETWORK), readsAllies,
                readsAllies ? Ally.listForSession(session) : List.of());
    }

    /**
     * Records the engagement at a session, replacing what was recorded: the first save creates it. Seats are whole
     * numbers, 0 or more (a forum may grant more than was asked); at most {@link Engagement#MAX_DELEGATES} delegates,
     * each with a name. Refused as a conflict when someone saved since the editor read it (version 0: nothing
     * recorded yet), unless it asks for what is recorded already (a double click, a retry), which changes nothing;
     * and with 400 when no version is sent. Every save bumps the record's version.
     */
    @Transactional
    public Engagement save(long sessionId, EngagementForm form) {
        ForumSession session = session(sessionId);
        Engagement e = Engagement.forSession(session);
        permissions.check(SubmissionAction.EDIT_ENGAGEMENT, e == null ? Scoped.NETWORK : e);
        FormErrors errors = FormErrors.of(validator.validate(form));
        List<EngagementForm.Row> rows = form.delegates();
        for (int i = 0; i < rows.size(); i++) {
            EngagementForm.Row row = rows.get(i);
            String prefix = "delegates." + i + ".";
            if (row.name() == null && !row.isBlank()) {
                errors.add(prefix + "name", texts.get("mufakat.engagement.delegateName"));
            }
            if (row.name() != null && row.name().length() > 200) {
                errors.add(prefix + "name", texts.get("mufakat.engagement.tooLong"));
            }
            if (row.organisation() != null && row.organisation().length() > 200) {
                errors.add(prefix + "organisation", texts.get("mufakat.engagement.tooLong"));
            }
        }
        if (form.named().size() > Engagement.MAX_DELEGATES) {
            errors.add("delegates", texts.get("mufakat.engagement.tooManyDelegates", Engagement.MAX_DELEGATES));
        }
        if (form.version() == null) {
            errors.add("version", texts.get("mufakat.versionRequired"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        if (form.version() != (e == null ? 0 : e.version)) {
            if (e != null && form.sameAs(e)) {
                return e;
            }
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        String before = e == null ? "nothing" : summary(e);
        if (e == null) {
            e = new Engagement();
            e.forumSession = session;
            e.version = 1; // a form read while nothing was recorded (version 0) is now stale
        }
        e.invited = Invitation.valueOf(form.invited());
        e.seatsRequested = EngagementForm.number(form.seatsRequested());
        e.seatsGranted = EngagementForm.number(form.seatsGranted());
        e.notes = form.notes();
        e.delegates.clear();
        for (EngagementForm.Row row : form.named()) {
            Delegate d = new Delegate();
            d.engagement = e;
            d.position = e.delegates.size() + 1;
            d.name = row.name();
            d.organisation = row.organisation();
            d.spoke = row.spoke();
            e.delegates.add(d);
        }
        e.updatedAt = Instant.now();
        e.updatedBy = user.username();
        if (e.id == null) {
            Unique.persist(e, () -> FormInvalidException.conflict(texts.get("mufakat.conflict")));
        }
        Aggregates.changed(e);
        audit.record(user.username(), "engagement.saved", "Engagement", e.auditId(), session.forum.acronym + ": "
                + session.title + ": " + before + " -> " + summary(e));
        return e;
    }

    /** The forum session, or 404. */
    public ForumSession session(long sessionId) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        ForumSession session = ForumSession.findById(sessionId);
        if (session == null) {
            throw new NotFoundException();
        }
        return session;
    }

    private static String summary(Engagement e) {
        return "invited " + e.invited + ", seats " + (e.seatsRequested == null ? "?" : e.seatsRequested) + " asked / "
                + (e.seatsGranted == null ? "?" : e.seatsGranted) + " granted, " + e.delegates.size()
                + " delegate(s)";
    }
}
