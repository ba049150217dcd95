package org.mufakat.input;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mufakat.web.Languages;

/**
 * The words an offline copy marks its statements with ("To ASEAN:", "Evidence:", "(restricted)"), in one language,
 * from {@code ValidationMessages} ({@code mufakat.input.offline.keyword.*}). A copy is written in the reader's
 * language; a file is read back understanding the words of every language Mufakat speaks (English always), so a
 * copy downloaded in Bahasa Indonesia and uploaded with the pages in English still reads "Kepada ASEAN:" right.
 */
record OfflineKeywords(String to, String evidence, String restricted) {

    static final OfflineKeywords ENGLISH = of(Locale.ENGLISH);

    static OfflineKeywords of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", locale);
        return new OfflineKeywords(bundle.getString("mufakat.input.offline.keyword.to"),
                bundle.getString("mufakat.input.offline.keyword.evidence"),
                bundle.getString("mufakat.input.offline.keyword.restricted"));
    }

    /** The keywords of every language, English first. */
    static List<OfflineKeywords> everyLanguage() {
        Set<OfflineKeywords> all = new LinkedHashSet<>();
        all.add(ENGLISH);
        Languages.ALL.forEach(l -> all.add(of(Languages.locale(l.tag()))));
        return List.copyOf(all);
    }

    /**
     * One of the given words, as a regular expression group; a word ending in a Latin letter must be followed by a
     * space ("To ASEAN", not "Tomorrow"), a Thai word need not be.
     */
    static String anyOf(List<OfflineKeywords> languages, Function<OfflineKeywords, String> word, boolean spaced) {
        return languages.stream().map(word).distinct()
                .map(w -> Pattern.quote(w) + (spaced ? (endsInLatinLetter(w) ? "\\s+" : "\\s*") : ""))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static boolean endsInLatinLetter(String w) {
        char last = w.charAt(w.length() - 1);
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.LATIN;
    }
}
