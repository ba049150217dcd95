package org.mufakat.submission;

import org.mufakat.security.Action;

/** What people do with a round's submissions; decided by {@link SubmissionPolicy}. */
public enum SubmissionAction implements Action {
    /** Read a round's submissions, their frozen text and timeline, and verify a text against one. */
    VIEW_SUBMISSIONS,
    /** Prepare and send a submission of a final round: the convenor. */
    SUBMIT,
    /** Record what became of a submission (tracking events): the convenor. */
    TRACK,
    /** Open or close a submission's public page: the convenor. */
    PUBLISH
}
