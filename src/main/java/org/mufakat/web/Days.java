package org.mufakat.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days typed into forms and JSON as YYYY-MM-DD. */
public final class Days {

    private Days() {
    }

    /** The day, or null for a blank text or one that is not a real day (2027-02-30). */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
