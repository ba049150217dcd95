package org.mufakat.security;

/**
 * Something that may be restricted (a testimony, a photo) and belongs to a constituency. Only an {@link Audience}
 * decides whether a reader sees it.
 */
public interface Confidential {

    boolean restricted();

    /** The constituency whose restricted content it is. */
    Long scopeConstituencyId();
}
