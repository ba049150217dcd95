package org.mufakat.network;

import java.time.Instant;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/** Actions on member organisations: the secretariat for any constituency, a focal point for their own. */
@ApplicationScoped
public class OrganisationWorkflow {

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

    /** Adds an organisation to a constituency the user manages; names are unique within a constituency. */
    @Transactional
    public MemberOrganisation create(OrganisationForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        Constituency constituency = constituency(form, errors);
        permissions.check(NetworkAction.MANAGE_ORGANISATION, Scoped.constituency(form.constituencyId()));
        checkName(form, constituency, null, errors);
        MemberOrganisation o = new MemberOrganisation();
        apply(o, form, constituency);
        o.createdAt = Instant.now();
        o.persist();
        audit.record(user.username(), "organisation.created", "MemberOrganisation", o.auditId(),
                o.name + " (" + constituency.code + ")");
        return o;
    }

    /** Changes an organisation; moving it needs the right to manage both constituencies. */
    @Transactional
    public MemberOrganisation update(long id, OrganisationForm form) {
        MemberOrganisation o = find(id);
        permissions.check(NetworkAction.MANAGE_ORGANISATION, o);
        FormErrors errors = FormErrors.of(validator.validate(form));
        Constituency constituency = constituency(form, errors);
        permissions.check(NetworkAction.MANAGE_ORGANISATION, constituency);
        checkName(form, constituency, o, errors);
        if (form.version() == null) {
            throw FormInvalidException.field("version", texts.get("mufakat.versionRequired"));
        }
        if (!Objects.equals(form.version(), o.version)) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        apply(o, form, constituency);
        audit.record(user.username(), "organisation.updated", "MemberOrganisation", o.auditId(),
                o.name + " (" + constituency.code + ")");
        return o;
    }

    /** Removes an organisation no account is a member of. */
    @Transactional
    public void delete(long id) {
        MemberOrganisation o = find(id);
        permissions.check(NetworkAction.MANAGE_ORGANISATION, o);
        if (RoleGrant.countReferencing(o) > 0) {
            throw FormInvalidException.field("organisation", texts.get("mufakat.organisationInUse", o.name));
        }
        audit.record(user.username(), "organisation.deleted", "MemberOrganisation", o.auditId(),
                o.name + " (" + o.constituency.code + ")");
        o.delete();
    }

    /** The organisation, if this user may see it; 404 if there is none, 403 (audited) if it is not theirs. */
    public MemberOrganisation view(long id) {
        MemberOrganisation o = find(id);
        permissions.check(NetworkAction.VIEW_ORGANISATION, o);
        return o;
    }

    private MemberOrganisation find(long id) {
        MemberOrganisation o = MemberOrganisation.findById(id);
        if (o == null) {
            throw new NotFoundException();
        }
        return o;
    }

    private Constituency constituency(OrganisationForm form, FormErrors errors) {
        Constituency c = form.constituencyId() == null ? null : Constituency.findById(form.constituencyId());
        if (c == null) {
            errors.add("constituencyId", texts.get("mufakat.choose"));
            throw new FormInvalidException(errors);
        }
        return c;
    }

    private void checkName(OrganisationForm form, Constituency c, MemberOrganisation self, FormErrors errors) {
        if (form.name() != null) {
            MemberOrganisation same = MemberOrganisation.findByName(c, form.name());
            if (same != null && same != self) {
                errors.add("name", texts.get("mufakat.organisationTaken", c.name));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
    }

    private static void apply(MemberOrganisation o, OrganisationForm form, Constituency c) {
        o.constituency = c;
        o.name = form.name();
        o.acronym = form.acronym();
        o.contactName = form.contactName();
        o.contactEmail = form.contactEmail();
        o.contactPhone = form.contactPhone();
        o.website = form.website();
    }
}
