package org.mufakat.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * Messages that Java code produces for people (rule breaches found by workflows, flash messages), from the
 * {@code ValidationMessages} bundles in the language of the current request.
 */
@ApplicationScoped
public class Texts {

    @Inject
    CurrentVertxRequest request;

    public String get(String key, Object... args) {
        Locale locale = locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
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
