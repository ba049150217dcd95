package org.mufakat.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every answer gets, whoever wrote it (pages, the API, CSV, Quarkus' sign-in and OIDC, error pages):
 * {@code Cache-Control: no-store} on everything but the static files, so no shared cache keeps a page, JSON or CSV
 * that may hold restricted text; and {@code SameSite=Lax} on every cookie that does not say otherwise, with
 * {@code HttpOnly} (no page script reads a cookie) and, where cookies are Secure ({@code mufakat.secure-cookies}),
 * {@code Secure}, including the ones that only clear a cookie. A static file
 * asked for at its versioned address ({@link StaticAssets}) may be kept for a year unasked ({@value #IMMUTABLE});
 * at any other address it is checked again each time ({@code no-cache}: a 304 when unchanged).
 */
@ApplicationScoped
public class ResponseHeaders {

    static final String NO_STORE = "no-store";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NO_CACHE = "no-cache";

    @Inject
    StaticAssets assets;
    @ConfigProperty(name = "mufakat.secure-cookies")
    boolean secureCookies;

    void install(@Observes Router router) {
        router.route().order(-1100).handler(rc -> {
            rc.addHeadersEndHandler(v -> finish(rc, assets, secureCookies));
            rc.next();
        });
    }

    static void finish(RoutingContext rc, StaticAssets assets, boolean secure) {
        MultiMap headers = rc.response().headers();
        String path = rc.normalizedPath();
        if (!isStatic(path)) {
            headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        } else if (rc.response().getStatusCode() < 300 || rc.response().getStatusCode() == 304) {
            String asked = rc.request().getParam("v");
            boolean current = asked != null && assets.versionOf(path).filter(asked::equals).isPresent();
            headers.set(HttpHeaders.CACHE_CONTROL, current ? IMMUTABLE : NO_CACHE);
        }
        List<String> setCookies = headers.getAll(HttpHeaders.SET_COOKIE);
        if (setCookies.stream().anyMatch(c -> !hardened(c, secure).equals(c))) {
            headers.remove(HttpHeaders.SET_COOKIE);
            setCookies.forEach(c -> headers.add(HttpHeaders.SET_COOKIE, hardened(c, secure)));
        }
        // Cookies added through Vert.x are written after this handler; give them the attributes now.
        for (Cookie cookie : rc.request().cookies()) {
            if (cookie instanceof ServerCookie server && server.isChanged()) {
                if (cookie.getSameSite() == null) {
                    cookie.setSameSite(CookieSameSite.LAX);
                }
                cookie.setHttpOnly(true);
                if (secure) {
                    cookie.setSecure(true);
                }
            }
        }
    }

    /** The Set-Cookie header with SameSite, HttpOnly and (when cookies are secure) Secure added where missing. */
    static String hardened(String setCookie, boolean secure) {
        String lower = setCookie.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(setCookie);
        if (!hasSameSite(setCookie)) {
            out.append("; SameSite=Lax");
        }
        if (!lower.matches(".*;\\s*httponly\\b.*")) {
            out.append("; HttpOnly");
        }
        if (secure && !lower.matches(".*;\\s*secure\\b.*")) {
            out.append("; Secure");
        }
        return out.toString();
    }

    static boolean isStatic(String path) {
        return path != null && path.startsWith("/static/");
    }

    static boolean hasSameSite(String setCookie) {
        return setCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=");
    }
}
