package org.mufakat.web;

import java.util.List;
import java.util.Locale;

/**
 * The languages Mufakat speaks. Adding one means a message file for each bundle, a line here and one in
 * {@code quarkus.locales}; no other code.
 */
public final class Languages {

    public static final String COOKIE = "mufakat-lang";

    /** Language tags in the order the switcher lists them, each with its own name for itself. */
    public static final List<Language> ALL = List.of(
            new Language("en", "English"),
            new Language("id", "Bahasa Indonesia"),
            new Language("th", "ไทย"),
            new Language("vi", "Tiếng Việt"));

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && ALL.stream().anyMatch(l -> l.tag().equals(tag));
    }

    public static Locale locale(String tag) {
        return isSupported(tag) ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
    }

    public record Language(String tag, String name) {
    }
}
