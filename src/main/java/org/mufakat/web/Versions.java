package org.mufakat.web;

/**
 * Optimistic locking's one check, for every edit that carries the version its author read: no version at all is a
 * request to mend (400 naming the field {@code version}), an old one is a conflict (409, someone else saved first).
 */
public final class Versions {

    private Versions() {
    }

    /** Refuses {@code seen} unless it is {@code stored}; a missing one is not a conflict but a missing field. */
    public static void check(Long seen, long stored, Texts texts) {
        if (seen == null) {
            throw FormInvalidException.field("version", texts.get("mufakat.version.missing"));
        }
        if (seen != stored) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
    }
}
