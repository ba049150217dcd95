package org.mufakat.submission;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What happened to a submission after it was frozen, in the order it usually happens. */
public enum TrackingKind {
    SENT,
    RECEIVED,
    ACKNOWLEDGED,
    TABLED,
    RESPONSE,
    REFLECTED,
    NO_RESPONSE;

    /**
     * The kinds that end the wait for an acknowledgement: an acknowledgement or any later news, or the convenor's
     * own conclusion that no response came (they know; nothing is overdue any more).
     */
    public static final Set<TrackingKind> ANSWERS = Collections.unmodifiableSet(EnumSet.range(ACKNOWLEDGED,
            NO_RESPONSE));
}
