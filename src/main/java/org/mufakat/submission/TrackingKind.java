package org.mufakat.submission;

/** What happened to a submission after it was frozen, in the order it usually happens. */
public enum TrackingKind {
    SENT,
    RECEIVED,
    ACKNOWLEDGED,
    TABLED,
    RESPONSE,
    REFLECTED,
    NO_RESPONSE
}
