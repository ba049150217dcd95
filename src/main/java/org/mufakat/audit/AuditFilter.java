package org.mufakat.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.mufakat.web.Days;

/** Filters of the audit list; blanks are "any". Dates are whole days in the network's time zone, "until" included. */
public record AuditFilter(String actor, String action, String objectType, Instant from, Instant until) {

    public static AuditFilter parse(String actor, String action, String objectType, String fromDay,
            String untilDay, ZoneId zone) {
        LocalDate from = Days.parse(fromDay);
        LocalDate until = Days.parse(untilDay);
        return new AuditFilter(blankToNull(actor), blankToNull(action), blankToNull(objectType),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
