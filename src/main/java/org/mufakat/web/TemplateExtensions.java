package org.mufakat.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Formatting helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** {@code date.day}: a calendar day written the way the page's language writes it, e.g. "3 Mar 2027". */
    static String day(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        Locale l = locale instanceof Locale given ? given : Locale.ENGLISH;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l).format(date);
    }

    /** {@code instant.utc}: date and time in UTC, written the way the page's language writes them. */
    static String utc(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (instant == null) {
            return "";
        }
        Locale l = locale instanceof Locale given ? given : Locale.ENGLISH;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
