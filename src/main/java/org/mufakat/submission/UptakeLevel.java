package org.mufakat.submission;

/** How far an official body took up a recommendation, from least to most. */
public enum UptakeLevel {
    NONE,
    PARTIAL,
    FULL;

    /** The level named exactly so, or null. */
    static UptakeLevel named(String name) {
        for (UptakeLevel level : values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        return null;
    }
}
