package org.mufakat.forum;

/**
 * Whose space a forum is: sanctioned spaces are official and by invitation (AFML, ACMW, SLOM...); created spaces are
 * civil society's own (ACSC/APF, PGA). The proposal's register follows from it: calibrated text for sanctioned
 * forums, unvarnished text for created spaces.
 */
public enum ForumSpace {
    SANCTIONED,
    CREATED;

    /** The look of the space's tag in lists (its text always names it too). */
    public String tagKind() {
        return this == SANCTIONED ? "muted" : "ok";
    }
}
