package org.mufakat.network;

import org.mufakat.security.Action;

/** What people do with the network registry; decided by {@link NetworkPolicy}. */
public enum NetworkAction implements Action {
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
    /** Change what the ratification table says of a state and an instrument (with a date and a source). */
    MANAGE_RATIFICATIONS,
    /** Make, list and revoke one's own personal API tokens (anyone holding a role; only their own tokens). */
    USE_API_TOKENS
}
