package org.mufakat.submission;

import org.mufakat.security.Action;

/** What people do with submissions, engagement at forum sessions and allies; decided by {@link SubmissionPolicy}. */
public enum SubmissionAction implements Action {
    /** Read a round's submissions, their frozen text and timeline, and verify a text against one. */
    VIEW_SUBMISSIONS,
    /** Prepare and send a submission of a final round: the convenor. */
    SUBMIT,
    /** Record what became of a submission (tracking events): the convenor. */
    TRACK,
    /** Record what a forum made of each recommendation of a submission, and match an outcome document: the convenor. */
    RECORD_UPTAKE,
    /** Carry a closed round's recommendations not fully taken up into a later round: the convenor. */
    CARRY_FORWARD,
    /**
     * Record the network's engagement at a forum session (invitation, seats, delegates): the secretariat and the
     * convenor. Whoever reads the forum registry reads it.
     */
    EDIT_ENGAGEMENT,
    /** Read the allies and champions, who may be sensitive contacts: the network's staff and observers. */
    VIEW_ALLIES,
    /** Add, change and delete allies: the secretariat and the convenor. */
    MAINTAIN_ALLIES,
    /** Open or close a submission's public page: the convenor. */
    PUBLISH
}
