package org.mufakat.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Filters of the audit list; blanks are "any". Dates are whole UTC days, "until" included. */
public record AuditFilter(String actor, String action, String objectType, Instant from, Instant until) {

    public static AuditFilter parse(String actor, String action, String objectType, String fromDay,
            String untilDay) {
        LocalDate from = day(fromDay);
        LocalDate until = day(untilDay);
        return new AuditFilter(blankToNull(actor), blankToNull(action), blankToNull(objectType),
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
