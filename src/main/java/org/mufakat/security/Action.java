package org.mufakat.security;

/** What a user may try to do. {@link Permissions} decides each one against the target's scope. */
public enum Action {
    /** See the network directory: constituencies and the organisations one may see. */
    VIEW_DIRECTORY,
    /** See an organisation's record with its contacts. */
    VIEW_ORGANISATION,
    /** Add, edit or remove a member organisation of a constituency. */
    MANAGE_ORGANISATION,
    /** Add, edit or remove constituencies. */
    MANAGE_CONSTITUENCIES,
    /** Create accounts, disable them, reset passwords, grant and revoke roles. */
    MANAGE_ACCOUNTS,
    /** Add and edit forums and their sessions. */
    MANAGE_FORUMS,
    /** Set up rounds, move them through their stages, extend deadlines: the convenor. */
    MANAGE_ROUNDS,
    /** See which constituencies have submitted: the completeness matrix. */
    VIEW_ROUND_PROGRESS,
    /** Read a constituency's national input (restricted statements excepted). */
    VIEW_INPUT,
    /** Read restricted statements and evidence: only the convenor and the constituency's focal points. */
    VIEW_RESTRICTED,
    /** Draft, change and submit a constituency's national input: its focal points. */
    EDIT_INPUT,
    /** Return a submitted input for revision: the convenor. */
    RETURN_INPUT,
    /** Merge statements into recommendations and record each statement's fate: the convenor. */
    HARMONIZE,
    /** See what became of a constituency's statements: the convenor and the constituency's focal points. */
    VIEW_OUTCOME,
    /** Read a round's proposal under review, its versions, comments and positions: those with a role in the round. */
    VIEW_REVIEW,
    /** Comment on a recommendation and reply: the convenor, and focal points and members of taking-part constituencies. */
    COMMENT,
    /** Resolve or reopen a comment thread: the convenor and the thread's author. */
    RESOLVE_COMMENT,
    /** Take a position on the proposal: a constituency's focal points, or a member for its own organisation. */
    TAKE_POSITION,
    /** Take a labelled version of the proposal: the convenor. */
    TAKE_VERSION,
    /** Edit recommendations during review, calibration and endorsement, set stage windows: the convenor. */
    EDIT_PROPOSAL,
    /** Finalize the proposal, overriding objections with a written reason: the convenor. */
    FINALIZE
}
