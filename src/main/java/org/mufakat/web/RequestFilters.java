package org.mufakat.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Runs before every request: a chosen language (cookie) takes the place of the browser's Accept-Language, so
 * templates, message bundles and validation messages all speak it; a flash message is taken out of its cookie.
 */
@ApplicationScoped
public class RequestFilters {

    void install(@Observes Router router) {
        router.route().order(-1000).handler(rc -> {
            Cookie lang = rc.request().getCookie(Languages.COOKIE);
            if (lang != null && Languages.isSupported(lang.getValue())) {
                rc.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, lang.getValue());
            }
            Cookie flash = rc.request().getCookie(Flash.COOKIE);
            if (flash != null) {
                String message = Flash.decode(flash.getValue());
                if (message != null && !message.isBlank()) {
                    rc.put(Flash.ATTRIBUTE, message);
                }
                rc.response().addCookie(Cookie.cookie(Flash.COOKIE, "").setPath("/").setMaxAge(0));
            }
            rc.next();
        });
    }
}
