package org.mufakat.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Calendar;
import org.mufakat.web.Days;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/** The ratification table: everyone signed in reads it; the secretariat and the convenor change it. */
@ApplicationScoped
public class RatificationWorkflow {

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

    /** Every state and instrument, for whoever reads the directory. */
    public List<Ratification> matrix() {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        return Ratification.matrix();
    }

    /** One cell, to be changed: the secretariat and the convenor. */
    public Ratification toEdit(long id) {
        Ratification r = find(id);
        permissions.check(NetworkAction.MANAGE_RATIFICATIONS, r);
        return r;
    }

    public boolean mayManage() {
        return permissions.may(NetworkAction.MANAGE_RATIFICATIONS, Scoped.NETWORK);
    }

    /**
     * Changes what the table says of a state and an instrument. A change needs a day (of ratification or accession;
     * for the 1990 convention a day of signature will do) that is not in the future, and the source that says so;
     * a signature comes before its ratification, and only the 1990 convention is signed. Refused as a conflict when
     * someone else changed the cell since the editor read it; the version must be sent.
     */
    @Transactional
    public Ratification update(long id, RatificationForm form) {
        Ratification r = find(id);
        permissions.check(NetworkAction.MANAGE_RATIFICATIONS, r);
        FormErrors errors = FormErrors.of(validator.validate(form));
        LocalDate ratified = day(form.ratifiedOn(), "ratifiedOn", errors);
        LocalDate signed = day(form.signedOn(), "signedOn", errors);
        if (signed != null && !r.instrument.isSigned()) {
            errors.add("signedOn", texts.get("mufakat.ratification.notSigned"));
        }
        if (form.ratifiedOn() == null && (form.signedOn() == null || !r.instrument.isSigned())) {
            errors.add("ratifiedOn", texts.get(r.instrument.isSigned() ? "mufakat.ratification.dayOrSignature"
                    : "mufakat.ratification.dayRequired"));
        }
        if (ratified != null && signed != null && signed.isAfter(ratified)) {
            errors.add("signedOn", texts.get("mufakat.ratification.signedAfter"));
        }
        if (form.version() == null) {
            errors.add("version", texts.get("mufakat.versionRequired"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        if (form.version() != r.version) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        String before = summary(r);
        r.ratifiedOn = ratified;
        r.signedOn = signed;
        r.source = form.source();
        r.updatedAt = Instant.now();
        r.updatedBy = user.username();
        audit.record(user.username(), "ratification.updated", "Ratification", r.auditId(),
                before + " -> " + summary(r));
        return r;
    }

    public Ratification find(long id) {
        Ratification r = Ratification.findById(id);
        if (r == null) {
            throw new NotFoundException();
        }
        return r;
    }

    /** A day given in the field: well formed, real and not in the future; null when none or wrong. */
    private LocalDate day(String text, String field, FormErrors errors) {
        if (text == null || errors.has(field)) {
            return null;
        }
        LocalDate day = Days.parse(text);
        if (day == null) {
            errors.add(field, texts.get("mufakat.date"));
        } else if (day.isAfter(calendar.today())) {
            errors.add(field, texts.get("mufakat.ratification.future"));
            return null;
        }
        return day;
    }

    private static String summary(Ratification r) {
        return r.state + " " + r.instrument + ": ratified " + (r.ratifiedOn == null ? "no" : r.ratifiedOn)
                + (r.instrument.isSigned() ? ", signed " + (r.signedOn == null ? "no" : r.signedOn) : "")
                + " (" + r.source + ")";
    }
}
