package org.mufakat.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;

/**
 * A one-time message carried across a post-redirect-get in a short-lived cookie. {@link RequestFilters} moves an
 * incoming message into the request and expires the cookie; templates read it as {@code inject:flash.message}.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "mufakat-flash";
    static final String ATTRIBUTE = "mufakat.flash";

    @Inject
    CurrentVertxRequest request;

    @ConfigProperty(name = "mufakat.secure-cookies")
    boolean secureCookies;

    /** The message to show once on the next page. */
    public void set(String message) {
        Cookie cookie = Cookie.cookie(COOKIE, URLEncoder.encode(message, StandardCharsets.UTF_8))
                .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX).setSecure(secureCookies)
                .setMaxAge(120);
        request.getCurrent().response().addCookie(cookie);
    }

    /** The end of a successful post: a 303 redirect that shows the message on the page it leads to. */
    public Response redirect(String path, String message) {
        set(message);
        return Response.seeOther(URI.create(path)).build();
    }

    /** The message brought by this request, or null. */
    public String message() {
        return request.getCurrent() == null ? null : request.getCurrent().get(ATTRIBUTE);
    }

    static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
