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
 * incoming message into the request and expires the cookie. When the redirect leads to an anchor ({@code #record},
 * {@code #s31}), the browser scrolls there and a message at the top of the page would be out of sight: the message
 * keeps its anchor, the layout leaves it out ({@code inject:flash.top}) and the anchored element shows it
 * ({@code {#flashHere id='record' /}}), without JavaScript.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "mufakat-flash";
    static final String ATTRIBUTE = "mufakat.flash";
    /** Between the anchor and the message in the cookie; never in an anchor. */
    private static final char AFTER_ANCHOR = '\u0001';

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

    /**
     * The end of a successful post: a 303 redirect that shows the message on the page it leads to, beside the
     * element the address's anchor names when it has one.
     */
    public Response redirect(String path, String message) {
        int hash = path.indexOf('#');
        set(hash < 0 ? message : path.substring(hash + 1) + AFTER_ANCHOR + message);
        return Response.seeOther(URI.create(path)).build();
    }

    /** The message brought by this request, wherever it is shown, or null. */
    public String message() {
        String brought = brought();
        return brought == null ? null : brought.substring(brought.indexOf(AFTER_ANCHOR) + 1);
    }

    /** The message brought by this request when it belongs at the top of the page (it names no anchor), or null. */
    public String top() {
        String brought = brought();
        return brought == null || brought.indexOf(AFTER_ANCHOR) >= 0 ? null : brought;
    }

    /** The message brought by this request when it belongs beside the element {@code prefix + id}, or null. */
    public String here(String prefix, Object id) {
        String brought = brought();
        String anchor = (prefix == null ? "" : prefix) + id;
        return brought != null && brought.startsWith(anchor + AFTER_ANCHOR) ? message() : null;
    }

    /**
     * The id of the element {@code prefix + id} the message brought by this request belongs beside, or null: asked
     * once for a list instead of {@link #here} once per row.
     */
    public Long hereId(String prefix) {
        String brought = brought();
        int end = brought == null ? -1 : brought.indexOf(AFTER_ANCHOR);
        if (end <= prefix.length() || !brought.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(brought.substring(prefix.length(), end));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String brought() {
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
