package org.mufakat.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Guards the sign-in form against login CSRF: a page on another site posting the attacker's username and password to
 * {@code /j_security_check}, so that the victim works, unknowingly, in the attacker's account. The sign-in page puts a
 * random token in a cookie and in a hidden field of its form; a form sign-in is refused unless both are there and
 * equal. Another site can make the browser send the cookie but can neither read it nor set it, so it cannot fill in
 * the field. (A check of the Origin header would depend on every browser sending it and on the proxy passing the
 * right Host; the token depends on neither.)
 */
public final class SignInToken {

    public static final String COOKIE = "mufakat-signin-token";
    public static final String FIELD = "signin-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInToken() {
    }

    /** The token of this browser: the one it already holds, or a new one set in its cookie now. */
    public static String issue(RoutingContext rc, boolean secure) {
        Cookie held = rc.request().getCookie(COOKIE);
        if (held != null && wellFormed(held.getValue())) {
            return held.getValue();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        rc.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(secure));
        return token;
    }

    /** Whether a posted sign-in form carries the token of the browser that posts it. */
    public static boolean carried(RoutingContext rc) {
        if (rc == null) {
            return false;
        }
        Cookie held = rc.request().getCookie(COOKIE);
        String posted = rc.request().getFormAttribute(FIELD);
        return held != null && posted != null && wellFormed(posted)
                && MessageDigest.isEqual(held.getValue().getBytes(StandardCharsets.US_ASCII),
                        posted.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
    }
}
