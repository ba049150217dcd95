package org.mufakat.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.Variant;

/** Formatting helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    private TemplateExtensions() {
    }

    /**
     * {@code instant.when}: date and time in the network's time zone ({@code mufakat.zone}, the zone deadlines count
     * in), written the way the page's language writes them, with the zone's short name: 10 Dec 2026, 10:20 ICT.
     */
    static String when(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        return instant == null ? "" : Days.when(instant, Calendar.zone(), localeOf(locale, variant));
    }

    /** {@code date.localDate}: a day written the way the page's language writes it (20 Oct 2027, 20 Okt 2027). */
    static String localDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        return date == null ? "" : Days.written(date, localeOf(locale, variant));
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
