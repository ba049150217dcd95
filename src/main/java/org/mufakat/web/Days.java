package org.mufakat.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Days typed into forms and JSON as YYYY-MM-DD, and written for people the way their language writes them. */
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

    /**
     * A day written the way the language writes it: 10 Dec 2026, 10 Des 2026. English is written day first, as in
     * the region (not Dec 10, 2026).
     */
    public static String written(LocalDate day, Locale locale) {
        return DAYS.computeIfAbsent(locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(region(l))).format(day);
    }

    /** A moment as date and time in the zone, with the zone's short name: 10 Dec 2026, 10:20 ICT. */
    public static String when(Instant instant, ZoneId zone, Locale locale) {
        Place place = new Place(zone, locale);
        return MOMENTS.computeIfAbsent(place, p -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(region(p.locale())).withZone(p.zone())).format(instant) + " "
                + ZONE_NAMES.computeIfAbsent(place, p -> DateTimeFormatter.ofPattern("zzz", p.locale())
                        .withZone(p.zone())).format(instant);
    }

    /** Formatters are immutable and costly to build; a page writes many days, in a few languages and one zone. */
    private static final Map<Locale, DateTimeFormatter> DAYS = new ConcurrentHashMap<>();

    private record Place(ZoneId zone, Locale locale) {
    }

    private static final Map<Place, DateTimeFormatter> MOMENTS = new ConcurrentHashMap<>();
    private static final Map<Place, DateTimeFormatter> ZONE_NAMES = new ConcurrentHashMap<>();

    private static Locale region(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }
}
