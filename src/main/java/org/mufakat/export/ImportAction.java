package org.mufakat.export;

import org.mufakat.security.Action;

/** What people do when moving rounds between installations; decided by {@link ImportPolicy}. */
public enum ImportAction implements Action {
    /** Import a round exported as JSON by another installation (or this one): the secretariat. */
    IMPORT_ROUND
}
