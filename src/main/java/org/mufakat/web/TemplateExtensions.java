package org.mufakat.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.Variant;

/** Formatting helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** {@code instant.utc}: date and time in UTC, written the way the page's language writes them. */
    static String utc(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        if (instant == null) {
            return "";
        }
        Locale l = localeOf(locale, variant);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** {@code date.localDate}: a day written the way the page's language writes it (20 Oct 2027, 20 Okt 2027). */
    static String localDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(localeOf(locale, variant))
                .format(date);
    }

    /**
     * The page's language, as message bundles find it: a locale set on the template, or else the one REST chose
     * from Accept-Language (where {@link RequestFilters} put the reader's choice); English if Mufakat does not
     * speak it.
     */
    private static Locale localeOf(Object locale, Object variant) {
        Locale l = locale instanceof Locale given ? given
                : variant instanceof Variant selected ? selected.getLocale() : null;
        return l == null ? Locale.ENGLISH : Languages.locale(l.getLanguage());
    }
}
