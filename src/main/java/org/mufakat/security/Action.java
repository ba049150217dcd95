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
    MANAGE_FORUMS
}
