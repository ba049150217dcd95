package org.mufakat.review;

import org.mufakat.security.Action;

/** What people do in review and endorsement; decided by {@link ReviewPolicy}. */
public enum ReviewAction implements Action {
    /** Read a round's proposal under review, its versions, comments and positions: those with a role in the round. */
    VIEW_REVIEW,
    /** Comment on a recommendation and reply: the convenor, and focal points and members taking part. */
    COMMENT,
    /** Resolve or reopen a comment thread: the convenor and the thread's author. */
    RESOLVE_COMMENT,
    /** Follow a recommendation's thread for notices: those who take part and the network staff, not observers. */
    FOLLOW,
    /** Take a position on the proposal: a constituency's focal points, or a member for its own organisation. */
    TAKE_POSITION,
    /** Take a labelled version of the proposal: the convenor. */
    TAKE_VERSION,
    /** Edit recommendations during review, calibration and endorsement, set stage windows: the convenor. */
    EDIT_PROPOSAL,
    /** Finalize the proposal, overriding objections with a written reason: the convenor. */
    FINALIZE
}
