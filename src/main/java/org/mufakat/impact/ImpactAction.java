package org.mufakat.impact;

import org.mufakat.security.Action;

/** What people do with the network's impact indicators; decided by {@link ImpactPolicy}. */
public enum ImpactAction implements Action {
    /** Read the indicators, their charts and their CSV: numbers about the network's own work, nothing restricted. */
    VIEW_INDICATORS
}
