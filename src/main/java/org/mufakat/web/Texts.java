package org.mufakat.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * Messages that Java code produces for people (rule breaches found by workflows, flash messages), from the
 * {@code ValidationMessages} bundles in the language of the current request. A key no bundle holds is a bug
 * ({@code TextKeysTest} finds the literal ones): it is logged once as a warning and the key itself is shown.
 */
@ApplicationScoped
public class Texts {

    private static final Logger LOG = Logger.getLogger(Texts.class);

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    @Inject
    CurrentVertxRequest request;

    public String get(String key, Object... args) {
        return get(locale(), key, args);
    }

    /** The text in the given language: days written that language's way, texts among the arguments written first. */
    public String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
        } catch (MissingResourceException e) {
            if (missing.add(key)) {
                LOG.warnf("No text for the key %s in ValidationMessages: the key is shown instead", key);
            }
            pattern = key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Text t ? write(t, locale)
                    : args[i] instanceof LocalDate d ? Days.written(d, locale) : args[i];
        }
        return new MessageFormat(pattern, locale).format(written);
    }

    /** The text of the key in the language of the request, or the fallback when no bundle holds the key. */
    public String getOrElse(String key, String fallback) {
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale()).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A stored text in the given language. */
    public String write(Text text, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (Text.Part p : text.parts()) {
            out.append(out.isEmpty() ? "" : " ").append(get(locale, p.key(), p.args().toArray()));
        }
        return out.toString();
    }

    /**
     * A part of a page rendered now in the request's language, to be kept and shown again: a page's template writes it
     * as it is ({@code {part}}).
     */
    public RawString render(TemplateInstance part) {
        return new RawString(part.setLocale(locale()).render());
    }

    public Locale locale() {
        RoutingContext rc = request.getCurrent();
        if (rc != null) {
            for (LanguageHeader language : rc.acceptableLanguages()) {
                if (Languages.isSupported(language.tag())) {
                    return Languages.locale(language.tag());
                }
            }
        }
        return Locale.ENGLISH;
    }
}
