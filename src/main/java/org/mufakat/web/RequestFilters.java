package org.mufakat.web;

import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;

/**
 * Runs before every request: a chosen language (cookie) takes the place of the browser's Accept-Language, so
 * templates, message bundles and validation messages all speak it; a flash message is taken out of its cookie. A
 * change (POST, PUT, DELETE, PATCH) whose {@code Origin} header names another site is refused with 403 before anything
 * reads it: the CSRF token already stops such requests, this stops them even where a token leaked. Requests without
 * the header (API clients, old browsers) are left to the token.
 */
@ApplicationScoped
public class RequestFilters {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");
    /** The sign-in form has its own guard, which audits a refusal (security.SignInToken). */
    private static final String SIGN_IN = "/j_security_check";

    @ConfigProperty(name = "mufakat.base-url")
    String baseUrl;

    void install(@Observes Router router) {
        router.route().order(-1001).handler(rc -> {
            String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
            if (origin != null && CHANGES.contains(rc.request().method().name())
                    && !SIGN_IN.equals(rc.request().path()) && !sameSite(origin, rc.request())) {
                boolean api = rc.request().path().startsWith("/api/");
                rc.response().setStatusCode(403)
                        .putHeader(HttpHeaders.CONTENT_TYPE, api ? Problem.MEDIA_TYPE : "text/plain;charset=UTF-8")
                        .end(api ? "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":"
                                + "\"This request came from another site.\"}" : "This request came from another site.");
                return;
            }
            rc.next();
        });
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

    /** The Origin is this server as the client reached it, or the configured public address. */
    boolean sameSite(String origin, HttpServerRequest request) {
        HostAndPort here = request.authority();
        return here != null && same(origin, request.scheme(), here.host(), here.port())
                || sameAsBase(origin);
    }

    private boolean sameAsBase(String origin) {
        try {
            URI base = URI.create(baseUrl);
            return same(origin, base.getScheme(), base.getHost(), base.getPort());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean same(String origin, String scheme, String host, int port) {
        try {
            URI o = URI.create(origin.strip());
            return o.getScheme() != null && o.getHost() != null && o.getScheme().equalsIgnoreCase(scheme)
                    && o.getHost().equalsIgnoreCase(host) && portOf(o.getPort(), o.getScheme()) == portOf(port, scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int portOf(int port, String scheme) {
        return port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
