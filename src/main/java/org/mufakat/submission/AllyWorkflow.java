package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.forum.ForumSession;
import org.mufakat.network.Countries;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Calendar;
import org.mufakat.web.Days;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;
import org.mufakat.web.Unique;

/**
 * Allies and champions, one method per button: the secretariat and the convenor add, change and delete them; the
 * network's staff and observers read them. Focal points and members do not: allies may be contacts to protect.
 */
@ApplicationScoped
public class AllyWorkflow {

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
    SubmissionWorkflow submissions;

    /** A page of allies of a kind and a country (either null for all), by name. */
    public Paging<Ally> list(AllyKind kind, String country, Integer page) {
        permissions.check(SubmissionAction.VIEW_ALLIES, Scoped.NETWORK);
        return Paging.load(page, Paging.DEFAULT_SIZE, Ally.countMatching(kind, country),
                index -> Ally.search(kind, country, index, Paging.DEFAULT_SIZE));
    }

    /** One ally, to whoever reads allies. */
    public Ally view(long id) {
        Ally a = find(id);
        permissions.check(SubmissionAction.VIEW_ALLIES, a);
        return a;
    }

    /** One ally, to the secretariat or the convenor about to change or delete it. */
    public Ally toChange(long id) {
        Ally a = find(id);
        permissions.check(SubmissionAction.MAINTAIN_ALLIES, a);
        return a;
    }

    /** The form for a new ally; the secretariat and the convenor. */
    public AllyForm newForm() {
        permissions.check(SubmissionAction.MAINTAIN_ALLIES, Scoped.NETWORK);
        return AllyForm.empty();
    }

    public boolean mayRead() {
        return permissions.may(SubmissionAction.VIEW_ALLIES, Scoped.NETWORK);
    }

    public boolean mayMaintain() {
        return permissions.may(SubmissionAction.MAINTAIN_ALLIES, Scoped.NETWORK);
    }

    /** The sessions a form offers: the latest ones, and those the ally is already linked to. */
    public List<ForumSession> sessionChoices(AllyForm form) {
        List<ForumSession> choices = new ArrayList<>(submissions.sessions());
        for (Long id : form.forumSessionIds()) {
            if (choices.stream().noneMatch(s -> s.id.equals(id))) {
                ForumSession linked = ForumSession.findById(id);
                if (linked != null) {
                    choices.add(linked);
                }
            }
        }
        return choices;
    }

    /**
     * Adds an ally: a name not yet used for an ally of the same country (ignoring case; a form sent twice adds
     * one), a kind and an ASEAN member state from their lists, a day since when, not in the future, and existing
     * forum sessions.
     */
    @Transactional
    public Ally create(AllyForm form) {
        permissions.check(SubmissionAction.MAINTAIN_ALLIES, Scoped.NETWORK);
        Checked checked = check(form, null);
        Ally a = new Ally();
        apply(a, form, checked);
        a.createdAt = a.updatedAt;
        a.createdBy = a.updatedBy;
        Unique.persist(a, () -> FormInvalidException.field("name", texts.get("mufakat.ally.nameTaken", a.country)));
        audit.record(user.username(), "ally.created", "Ally", a.auditId(), summary(a));
        return a;
    }

    /**
     * Changes an ally under the same rules, unless someone else saved it since the editor read it (409); the version
     * must be sent (400).
     */
    @Transactional
    public Ally update(long id, AllyForm form) {
        Ally a = find(id);
        permissions.check(SubmissionAction.MAINTAIN_ALLIES, a);
        Checked checked = check(form, a);
        if (form.version() != a.version) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        String before = summary(a);
        apply(a, form, checked);
        audit.record(user.username(), "ally.updated", "Ally", a.auditId(), before + " -> " + summary(a));
        return a;
    }

    /**
     * Deletes an ally and its links to forum sessions, after the confirmation page. A version, when sent, must be
     * the current one, so that a deletion is not based on an outdated record.
     */
    @Transactional
    public void delete(long id, Long version) {
        Ally a = find(id);
        permissions.check(SubmissionAction.MAINTAIN_ALLIES, a);
        if (version != null && version != a.version) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        audit.record(user.username(), "ally.deleted", "Ally", a.auditId(), summary(a));
        a.delete();
    }

    private Ally find(long id) {
        Ally a = Ally.findById(id);
        if (a == null) {
            throw new NotFoundException();
        }
        return a;
    }

    /** What a valid form stands for, once checked. */
    private record Checked(AllyKind kind, LocalDate since, List<ForumSession> sessions) {
    }

    private Checked check(AllyForm form, Ally existing) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        AllyKind kind = option(form.kind());
        if (form.kind() != null && kind == null) {
            errors.add("kind", texts.get("mufakat.choose"));
        }
        if (form.country() != null && Countries.asean(form.country()) == null) {
            errors.add("country", texts.get("mufakat.ally.country"));
        }
        LocalDate since = null;
        if (form.since() != null) {
            since = Days.parse(form.since());
            if (since == null) {
                errors.add("since", texts.get("mufakat.date"));
            } else if (since.isAfter(calendar.today())) {
                errors.add("since", texts.get("mufakat.ally.sinceFuture"));
            }
        }
        List<ForumSession> sessions = new ArrayList<>();
        for (Long id : form.forumSessionIds()) {
            ForumSession s = ForumSession.findById(id);
            if (s == null) {
                errors.add("forumSessionIds", texts.get("mufakat.ally.unknownSession"));
            } else {
                sessions.add(s);
            }
        }
        if (!errors.has("name") && !errors.has("country")) {
            Ally same = Ally.findByName(form.name(), form.country());
            if (same != null && !Objects.equals(same.id, existing == null ? null : existing.id)) {
                errors.add("name", texts.get("mufakat.ally.nameTaken", form.country()));
            }
        }
        if (existing != null && form.version() == null) {
            errors.add("version", texts.get("mufakat.versionRequired"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        return new Checked(kind, since, sessions);
    }

    private void apply(Ally a, AllyForm form, Checked checked) {
        a.name = form.name();
        a.kind = checked.kind();
        a.title = form.title();
        a.organisation = form.organisation();
        a.country = form.country();
        a.since = checked.since();
        a.commitments = form.commitments();
        a.forumSessions.clear();
        a.forumSessions.addAll(checked.sessions());
        a.updatedAt = Instant.now();
        a.updatedBy = user.username();
    }

    /** The kind of this name, or null for anything else. */
    static AllyKind option(String name) {
        for (AllyKind k : AllyKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    private static String summary(Ally a) {
        return a.name + " (" + a.kind + ", " + a.country + ", since " + a.since + ", " + a.forumSessions.size()
                + " session(s))";
    }
}
