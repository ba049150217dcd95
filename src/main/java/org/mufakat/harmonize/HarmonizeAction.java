package org.mufakat.harmonize;

import org.mufakat.security.Action;

/** What people do in harmonization; decided by {@link HarmonizePolicy}. */
public enum HarmonizeAction implements Action {
    /** Merge statements into recommendations and record each statement's fate: the convenor. */
    HARMONIZE,
    /** See what became of a constituency's statements: the convenor and the constituency's focal points. */
    VIEW_OUTCOME,
    /** Once review begins, read the recommendations' provenance and the source matrix: those with a role in it. */
    VIEW_PROVENANCE
}
