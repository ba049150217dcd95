package org.mufakat.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

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
        Locale locale = locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
        } catch (MissingResourceException e) {
            if (missing.add(key)) {
                LOG.warnf("No text for the key %s in ValidationMessages: the key is shown instead", key);
            }
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
