package org.mufakat.submission;

/** What kind of ally: a legislator, an official of a government or of ASEAN, an agency as a whole, or other. */
public enum AllyKind {
    PARLIAMENTARIAN, OFFICIAL, AGENCY, OTHER
}
