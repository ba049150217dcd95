package org.mufakat;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser-like session for page tests: keeps cookies, signs in through the real form, and posts forms with the
 * CSRF token read from the page that shows them.
 */
public final class WebSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");
    private static final Pattern SIGNIN_TOKEN = Pattern.compile("name=\"signin-token\" value=\"([^\"]*)\"");
    private final Map<String, String> cookies = new HashMap<>();
    private String address;

    public static WebSession anonymous() {
        return new WebSession();
    }

    public static WebSession signIn(String username, String password) {
        WebSession s = new WebSession();
        Response r = s.postSignIn(username, password);
        assertEquals(302, r.statusCode());
        assertFalse(s.has("mufakat-signin-failed"), "sign-in of " + username + " failed");
        return s;
    }

    /** This browser as if at another client address (the tests trust X-Forwarded-For from the local host). */
    public WebSession from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public RequestSpecification request() {
        RequestSpecification r = given().redirects().follow(false).cookies(cookies);
        return address == null ? r : r.header("X-Forwarded-For", address);
    }

    /** Opens the sign-in page and posts its form, token included, as a browser does. */
    public Response postSignIn(String username, String password) {
        Matcher m = SIGNIN_TOKEN.matcher(get("/login").asString());
        String token = m.find() ? m.group(1) : "";
        return keep(request().formParam("j_username", username).formParam("j_password", password)
                .formParam("signin-token", token).post("/j_security_check"));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** Opens {@code formPage}, takes its CSRF token, and posts the fields to {@code action}. */
    public Response submit(String formPage, String action, Object... namesAndValues) {
        Response page = get(formPage);
        Matcher m = TOKEN.matcher(page.asString());
        String token = m.find() ? m.group(1) : "";
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.formParam((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return keep(request.post(action));
    }

    /**
     * Asserts that every form of a page this browser was given carries this browser's CSRF token (a page kept between
     * visits must not carry another's), and answers how many do.
     */
    public int assertFormsCarryOwnToken(String html) {
        Matcher token = TOKEN.matcher(html);
        int forms = 0;
        while (token.find()) {
            assertEquals(cookie("csrf-token"), token.group(1), "every form carries this browser's token");
            forms++;
        }
        return forms;
    }

    public boolean has(String cookie) {
        return cookies.containsKey(cookie);
    }

    private Response keep(Response r) {
        r.getDetailedCookies().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return r;
    }

    /**
     * Follows the redirect a form post answered and asserts that the confirmation shows once, inside the element its
     * anchor names (where the browser scrolls to), not at the top of the page.
     */
    public String assertFlashAtAnchor(Response redirect, String message) {
        assertEquals(303, redirect.statusCode());
        String location = redirect.header("Location");
        String id = location.substring(location.indexOf('#') + 1);
        String html = get(location.replaceFirst("#.*", "")).asString();
        Matcher element = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"").matcher(html);
        assertTrue(element.find(), "the page has the element #" + id);
        int at = html.indexOf(message);
        int end = html.indexOf("</" + element.group(1) + ">", element.end());
        assertEquals(at, html.lastIndexOf(message), "the message shows once: " + message);
        assertTrue(at > element.end() && at < end, "the message shows inside #" + id + ": " + message);
        return html;
    }
}
