package org.mufakat.harmonize;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mufakat.audit.AuditLog;
import org.mufakat.round.RoundStatus;

/**
 * The one way a recommendation's texts change after harmonization: review, calibration and endorsement edit its two
 * registers and nothing else (theme, number, addressee and sources stay as harmonization left them). The caller (the
 * review workflow) has checked who may edit and at which stage; this refuses once the text is frozen.
 */
@ApplicationScoped
public class RecommendationTexts {

    /** The stages in which the texts may still change. */
    static final Set<RoundStatus> EDITABLE = EnumSet.of(RoundStatus.MEMBER_REVIEW, RoundStatus.CALIBRATION,
            RoundStatus.ENDORSEMENT);

    @Inject
    AuditLog audit;

    /**
     * Sets both registers (an unvarnished text equal to the calibrated one is stored as "the same") and records who
     * changed them, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recommendation revise(Recommendation r, String text, String unvarnishedText, String actor) {
        if (!EDITABLE.contains(r.round.status())) {
            throw new IllegalStateException("The texts of " + r.number() + " are frozen in " + r.round.status());
        }
        r.text = text;
        r.unvarnishedText = unvarnishedText == null || unvarnishedText.equals(text) ? null : unvarnishedText;
        r.updatedAt = Instant.now();
        r.updatedBy = actor;
        audit.record(actor, "recommendation.revised", "Recommendation", r.auditId(), r.number());
        return r;
    }
}
