package org.mufakat.review;

/** How an edit made after endorsement opened bears on the positions already taken. */
public enum EditKind {
    /** Wording, spelling, punctuation: positions stand. */
    EDITORIAL,
    /** Meaning: endorsement of the recommendation opens again and positions on it are reset. */
    SUBSTANTIVE
}
