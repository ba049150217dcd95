package org.mufakat.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mufakat.Routes;
import org.mufakat.WebSession;
import org.mufakat.attack.Cast.Who;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every route of the application, page, API and download, against every role and scope. The routes are read from
 * the app (the OpenAPI document and the resource classes); each has a row in {@link AccessMatrix#ROWS} giving the
 * verdict per column; a route without a row fails, so does a row without a route. GET routes are tried for every
 * column with the real objects of {@link Cast}; changes (POST, PUT, DELETE) are tried for every column whose verdict
 * is a refusal, with the CSRF token of the person's own session, so nothing is changed. A refusal of a signed-in
 * person must be audited as {@code permission.denied}; page and API twins must give the same verdicts; and the walk,
 * every GET and every refused change, leaves the audit trail (refusals and sign-ins aside) and every aggregate's
 * version as they were: no state change on GET.
 */
@QuarkusTest
class AccessMatrixTest {

    @Test
    void everyRouteHasARowAndEveryRoleGetsItsVerdictOnPagesApiAndDownloads() throws Exception {
        TreeSet<String> found = new TreeSet<>();
        Routes.all().forEach(r -> found.add(r.method() + " " + r.path()));
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (List.of("get", "post", "put", "delete", "patch").contains(m)) {
                    found.add(m.toUpperCase() + " " + path.getKey());
                }
            });
        }
        List<String> problems = new ArrayList<>();
        for (String route : found) {
            if (!AccessMatrix.ROWS.containsKey(route)) {
                problems.add("new route without an entry: " + route);
            }
        }
        for (String route : AccessMatrix.ROWS.keySet()) {
            if (!found.contains(route)) {
                problems.add("entry for a route the app no longer has: " + route);
            }
        }

        Cast cast = new Cast();
        Map<Who, WebSession> browsers = new LinkedHashMap<>();
        Map<Who, String> tokens = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            WebSession b = cast.browser(who);
            browsers.put(who, b);
            tokens.put(who, Cast.csrf(who == Who.ANONYMOUS
                    ? b.get("/public/submissions/" + cast.sent.get("trackingNumber"))
                    : b.get("/password")));
        }
        List<String> ordered = new ArrayList<>(found.stream().filter(r -> r.startsWith("GET ")).toList());
        ordered.addAll(found.stream().filter(r -> !r.startsWith("GET ")).toList());
        String before = Cast.state();
        Map<Who, Map<String, Character>> columns = new LinkedHashMap<>();
        List<String> found5xx = new ArrayList<>();
        for (Who who : Who.values()) {
            columns.put(who, walk(cast, who, browsers.get(who), tokens.get(who), ordered, found5xx));
        }
        problems.addAll(found5xx);
        assertEquals(before, Cast.state(), "a GET, or a refused change, changed the audit trail or a version");
        Map<String, String> actual = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder();
        for (String route : ordered) {
            AccessMatrix.Row row = AccessMatrix.ROWS.getOrDefault(route, AccessMatrix.Row.UNKNOWN);
            StringBuilder verdicts = new StringBuilder();
            for (Who who : Who.values()) {
                verdicts.append(columns.get(who).get(route));
            }
            actual.put(route, verdicts.toString());
            table.append(String.format("        row(\"%s\", \"%s\", \"%s\");%n", row.object(), route, verdicts));
            if (!verdicts.toString().equals(row.verdicts())) {
                problems.add(route + " expected " + row.verdicts() + " got " + verdicts);
            }
        }
        for (Map.Entry<String, String> twin : AccessMatrix.TWINS.entrySet()) {
            String page = actual.get(twin.getKey());
            String api = actual.get(twin.getValue());
            if (page == null || !page.substring(0, 6).equals(api == null ? null : api.substring(0, 6))) {
                problems.add("page and API differ: " + twin.getKey() + " " + page + " / " + twin.getValue() + " "
                        + api);
            }
        }
        if (!problems.isEmpty()) {
            System.out.println(table);
        }
        assertEquals(List.of(), problems);
        assertTrue(actual.size() > 250, "walked " + actual.size() + " routes");
    }

    /** One column of the matrix: this person's verdict on every route, in order. */
    private static Map<String, Character> walk(Cast cast, Who who, WebSession browser, String token,
            List<String> routes, List<String> problems) {
        Map<String, Character> verdicts = new LinkedHashMap<>();
        String actor = who == Who.ANONYMOUS ? null : cast.account(who).username;
        for (String route : routes) {
            char want = AccessMatrix.ROWS.getOrDefault(route, AccessMatrix.Row.UNKNOWN).verdicts().charAt(who.ordinal());
            if (!route.startsWith("GET ") && (want == 'A' || AccessMatrix.SELF.contains(route))) {
                verdicts.put(route, want);
                continue;
            }
            long denied = actor == null ? 0 : Cast.audited(actor, "permission.denied");
            Response r = call(cast, browser, token, who, route);
            char got = verdict(r);
            verdicts.put(route, got);
            if (got == 'D' && actor != null && !AccessMatrix.NOTHING_THERE.contains(route)
                    && Cast.audited(actor, "permission.denied") == denied) {
                problems.add("refusal not audited: " + who + " " + route + " -> " + r.statusCode());
            }
            if (r.statusCode() >= 500) {
                problems.add(who + " " + route + " -> " + r.statusCode());
            }
        }
        return verdicts;
    }

    /**
     * A (allowed: 2xx, or a redirect elsewhere than the sign-in page), D (refused: 403 or 404), L (sign in first: 401
     * or a redirect to the sign-in page), B (400), C (409), E (anything else).
     */
    static char verdict(Response r) {
        int s = r.statusCode();
        String location = r.header("Location");
        if (s == 401 || (s == 302 || s == 303) && location != null && location.matches("(https?://[^/]+)?/login.*")) {
            return 'L';
        }
        if (s >= 200 && s < 400) {
            return 'A';
        }
        return switch (s) {
            case 403, 404 -> 'D';
            case 400 -> 'B';
            case 409 -> 'C';
            default -> 'E';
        };
    }

    private static Response call(Cast cast, WebSession browser, String token, Who who, String route) {
        int space = route.indexOf(' ');
        String method = route.substring(0, space);
        String path = route.substring(space + 1);
        String url = Routes.fill(path + AccessMatrix.QUERIES.getOrDefault(route, ""), path.contains("/inputs/") ? cast.collecting : cast.sent, null, null);
        if (path.startsWith("/api/")) {
            if (method.equals("GET")) {
                return cast.api(who).get(url);
            }
            Response r = cast.api(who).body("{}").request(method, url);
            return r.statusCode() == 415 ? cast.multipart(who).multiPart("x", "x").request(method, url) : r;
        }
        if (method.equals("GET")) {
            return browser.get(url);
        }
        Response r = browser.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .request(method, url);
        return r.statusCode() == 415 ? browser.request().multiPart("csrf-token", token).request(method, url) : r;
    }
}
