package org.mufakat.audit;

import java.time.Instant;

/**
 * One event as the audit page shows it, in the reader's language: who (their name), what happened (a plain label),
 * about which object (its kind, its name and a link to its page, when it still exists), and the recorded details.
 */
public record AuditRow(Instant at, String who, String username, String what, String kind, String about,
        String link, String details) {
}
