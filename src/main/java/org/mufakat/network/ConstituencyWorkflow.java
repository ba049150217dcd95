package org.mufakat.network;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.mufakat.audit.AuditLog;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/** The secretariat's actions on constituencies. */
@ApplicationScoped
public class ConstituencyWorkflow {

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

    /** Adds a constituency; codes are unique (case-insensitive, stored upper case). */
    @Transactional
    public Constituency create(ConstituencyForm form) {
        permissions.check(NetworkAction.MANAGE_CONSTITUENCIES, Scoped.NETWORK);
        validate(form, null);
        Constituency c = new Constituency();
        apply(c, form);
        c.createdAt = Instant.now();
        c.persist();
        audit.record(user.username(), "constituency.created", "Constituency", c.auditId(), c.code + " " + c.name);
        return c;
    }

    /** Changes a constituency unless someone else saved it since the editor loaded it. */
    @Transactional
    public Constituency update(long id, ConstituencyForm form) {
        Constituency c = find(id);
        permissions.check(NetworkAction.MANAGE_CONSTITUENCIES, c);
        validate(form, c);
        if (form.version() == null) {
            throw FormInvalidException.field("version", texts.get("mufakat.versionRequired"));
        }
        if (form.version() != c.version) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        String before = c.code + " " + c.name + " (" + c.country + ")";
        apply(c, form);
        audit.record(user.username(), "constituency.updated", "Constituency", c.auditId(),
                before + " -> " + c.code + " " + c.name + " (" + c.country + ")");
        return c;
    }

    /** Removes a constituency that nothing refers to yet (no organisations, no role grants). */
    @Transactional
    public void delete(long id) {
        Constituency c = find(id);
        permissions.check(NetworkAction.MANAGE_CONSTITUENCIES, c);
        if (MemberOrganisation.countForConstituency(c.id) > 0 || RoleGrant.countReferencing(c) > 0) {
            throw FormInvalidException.field("constituency", texts.get("mufakat.constituencyInUse", c.name));
        }
        audit.record(user.username(), "constituency.deleted", "Constituency", c.auditId(), c.code + " " + c.name);
        c.delete();
    }

    public Constituency find(long id) {
        Constituency c = Constituency.findById(id);
        if (c == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return c;
    }

    private void validate(ConstituencyForm form, Constituency existing) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        Constituency sameCode = Constituency.findByCode(form.code());
        if (sameCode != null && sameCode != existing) {
            errors.add("code", texts.get("mufakat.codeTaken", sameCode.name));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
    }

    private static void apply(Constituency c, ConstituencyForm form) {
        c.code = form.normalisedCode();
        c.name = form.name();
        c.country = form.country();
    }
}
