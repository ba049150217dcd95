package org.mufakat.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.hibernate.exception.ConstraintViolationException;
import org.mufakat.audit.AuditLog;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The secretariat's and the convenor's actions on the forum registry. */
@ApplicationScoped
public class ForumWorkflow {

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

    /** Adds a forum; acronyms are unique, ignoring case. */
    @Transactional
    public Forum create(ForumForm form) {
        permissions.check(ForumAction.MANAGE_FORUMS, Scoped.NETWORK);
        validate(form, null);
        Forum f = new Forum();
        apply(f, form);
        f.createdAt = Instant.now();
        persistOnce(f, "acronym", texts.get("mufakat.forum.acronymJustTaken"));
        audit.record(user.username(), "forum.created", "Forum", f.auditId(), summary(f));
        return f;
    }

    /** Changes a forum unless someone else saved it since the editor loaded it. */
    @Transactional
    public Forum update(long id, ForumForm form) {
        Forum f = find(id);
        permissions.check(ForumAction.MANAGE_FORUMS, f);
        validate(form, f);
        if (form.version() == null) {
            throw FormInvalidException.field("version", texts.get("mufakat.versionRequired"));
        }
        if (!Objects.equals(form.version(), f.version)) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        String before = summary(f);
        apply(f, form);
        audit.record(user.username(), "forum.updated", "Forum", f.auditId(), before + " -> " + summary(f));
        return f;
    }

    /**
     * Adds a session to a forum. Titles are unique within the forum, so a form sent twice adds one session; a
     * session does not end before it starts.
     */
    @Transactional
    public ForumSession addSession(long forumId, ForumSessionForm form) {
        Forum f = find(forumId);
        permissions.check(ForumAction.MANAGE_FORUMS, f);
        validate(form, f, null);
        ForumSession s = new ForumSession();
        s.forum = f;
        apply(s, form);
        s.createdAt = Instant.now();
        persistOnce(s, "title", texts.get("mufakat.forum.titleTaken", f.acronym));
        audit.record(user.username(), "forum.session.added", "ForumSession", s.id.toString(), summary(s));
        return s;
    }

    /** Changes a session under the same rules, unless someone else saved it since the editor loaded it. */
    @Transactional
    public ForumSession updateSession(long forumId, long sessionId, ForumSessionForm form) {
        ForumSession s = findSession(forumId, sessionId);
        permissions.check(ForumAction.MANAGE_FORUMS, s.forum);
        validate(form, s.forum, s);
        if (form.version() == null) {
            throw FormInvalidException.field("version", texts.get("mufakat.versionRequired"));
        }
        if (!Objects.equals(form.version(), s.version)) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        String before = summary(s);
        apply(s, form);
        audit.record(user.username(), "forum.session.updated", "ForumSession", s.id.toString(),
                before + " -> " + summary(s));
        return s;
    }

    /** The forum, or 404. */
    public Forum find(long id) {
        return Forum.<Forum>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    /** The session, or 404 if there is none or it belongs to another forum. */
    public ForumSession findSession(long forumId, long sessionId) {
        ForumSession s = ForumSession.findById(sessionId);
        if (s == null || !s.forum.id.equals(forumId)) {
            throw new NotFoundException();
        }
        return s;
    }

    private void validate(ForumForm form, Forum existing) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        Forum same = errors.has("acronym") ? null : Forum.findByAcronym(form.acronym());
        if (same != null && same != existing) {
            errors.add("acronym", texts.get("mufakat.forum.acronymTaken", same.name));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
    }

    private void validate(ForumSessionForm form, Forum forum, ForumSession existing) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        ForumSession same = errors.has("title") ? null : ForumSession.findByTitle(forum, form.title());
        if (same != null && same != existing) {
            errors.add("title", texts.get("mufakat.forum.titleTaken", forum.acronym));
        }
        LocalDate starts = day(form.startsOn(), "startsOn", errors);
        LocalDate ends = day(form.endsOn(), "endsOn", errors);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add("endsOn", texts.get("mufakat.forum.endsBeforeStarts"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
    }

    /** A well-formed day that does not exist (2027-02-30) is an error too. */
    private LocalDate day(String text, String field, FormErrors errors) {
        if (text == null || errors.has(field)) {
            return null;
        }
        LocalDate day = ForumSessionForm.day(text);
        if (day == null) {
            errors.add(field, texts.get("mufakat.forum.date"));
        }
        return day;
    }

    /**
     * Writes the new row now, so that a twin sent at the same moment (a double click on a slow link) that passed
     * the same checks meets the database's unique constraint as a message, not as a failure.
     */
    private static void persistOnce(PanacheEntityBase entity, String field, String message) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException) {
                    throw FormInvalidException.field(field, message);
                }
            }
            throw e;
        }
    }

    /** Copies a valid form onto the forum (also used for demo data). */
    static void apply(Forum f, ForumForm form) {
        f.name = form.name();
        f.acronym = form.acronym();
        f.space = form.space();
        f.convenedBy = form.convenedBy();
        f.frequency = form.frequency();
        f.entry = form.entry();
        f.seatLimit = form.seatLimitValue();
        f.notes = form.notes();
    }

    /** Copies a valid form onto the session (also used for demo data). */
    static void apply(ForumSession s, ForumSessionForm form) {
        s.title = form.title();
        s.startsOn = ForumSessionForm.day(form.startsOn());
        s.endsOn = ForumSessionForm.day(form.endsOn());
        s.venue = form.venue();
        s.host = form.host();
    }

    private static String summary(Forum f) {
        return f.acronym + " " + f.name + " (" + f.space + ", " + f.entry
                + (f.seatLimit == null ? "" : ", " + f.seatLimit + " seats") + ")";
    }

    private static String summary(ForumSession s) {
        return s.forum.acronym + ": " + s.title + " " + s.startsOn + (s.endsOn == null ? "" : "/" + s.endsOn)
                + (s.venue == null ? "" : ", " + s.venue);
    }
}
