package org.mufakat;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.input.InputTestData;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What a person can type into the address bar never answers 5xx: every GET route, of the API (as the OpenAPI document
 * describes it) and of the pages (read from the resource classes, since the document holds the API only), with real
 * objects and every list with {@code page} set to -1, 0, abc, a hundred million and {@code Integer.MAX_VALUE}, signed
 * in as secretariat and as convenor, who see the most; and, as secretariat, with nonsense in each path parameter.
 */
@QuarkusTest
class NoServerErrorTest {

    static final List<String> PAGES = List.of("-1", "0", "abc", "100000000", "2147483647");
    static final List<String> NONSENSE = List.of("abc", "-1", "99999999999", "%20");
    static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    Account secretariat;
    Account convenor;
    List<Map<String, String>> contexts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        secretariat = TestData.account("nse-sec").secretariat().build();
        convenor = TestData.account("nse-conv").convenor().build();
        Constituency vietnam = TestData.constituency("Viet Nam");
        Constituency cambodia = TestData.constituency("Cambodia");
        MemberOrganisation org = TestData.organisation(vietnam, "CGFED");
        Forum forum = ForumTestData.forum("ASEAN Forum on Migrant Labour " + TestData.next(), ForumSpace.SANCTIONED);
        long session = ForumTestData.session(forum, "20th AFML", LocalDate.now().plusDays(40)).id;

        Round review = ReviewTestData.round(RoundStatus.ENDORSEMENT, LocalDate.now().plusDays(7), vietnam, cambodia);
        Recommendation rec = ReviewTestData.byText(review, ReviewTestData.DW);
        Round collecting = RoundTestData.collecting(vietnam, cambodia);
        Account focal = TestData.account("nse-fp").focalPointFor(vietnam).build();
        String api = "/api/v1/rounds/" + collecting.id + "/inputs/" + vietnam.code;
        long statement = given().auth().preemptive().basic(focal.username, TestData.PASSWORD)
                .contentType("application/json")
                .body("{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"Ratify C189.\"}")
                .post(api + "/statements").then().statusCode(201).extract().jsonPath().getLong("id");
        InputTestData.submitted(collecting, cambodia, "RF|ASEAN|Abolish fees.");

        for (Round round : List.of(review, collecting)) {
            Map<String, String> c = new LinkedHashMap<>();
            c.put("roundId", round.id.toString());
            c.put("rounds", round.id.toString());
            c.put("code", vietnam.code);
            c.put("forums", forum.id.toString());
            c.put("sessionId", String.valueOf(session));
            c.put("accounts", secretariat.id.toString());
            c.put("organisations", org.id.toString());
            c.put("constituencies", vietnam.id.toString());
            c.put("statements", String.valueOf(statement));
            c.put("statementId", String.valueOf(statement));
            c.put("recommendations", rec.id.toString());
            c.put("recId", rec.id.toString());
            c.put("number", "1");
            contexts.add(c);
        }
    }

    @Test
    void noGetRouteAnswers5xxAsSecretariatOrConvenor() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Map<String, Boolean> routes = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            boolean paged = false;
            for (JsonNode p : get.path("parameters")) {
                paged |= "page".equals(p.path("name").asText()) && "query".equals(p.path("in").asText());
            }
            routes.put(path.getKey(), paged);
        }
        assertTrue(routes.keySet().stream().anyMatch(r -> r.startsWith("/api/v1/")), routes.keySet().toString());
        Routes.gets().forEach(r -> routes.merge(r.path(), r.paged(), (a, b) -> a || b));
        assertTrue(routes.containsKey("/rounds/{roundId}/review") && routes.containsKey("/"), "the pages are walked");

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Account who : List.of(secretariat, convenor)) {
            WebSession browser = WebSession.signIn(who.username, TestData.PASSWORD);
            for (Map.Entry<String, Boolean> route : routes.entrySet()) {
                for (String url : urls(route.getKey(), route.getValue(), who == secretariat)) {
                    Response r = url.startsWith("/api/")
                            ? given().redirects().follow(false).auth().preemptive().basic(who.username,
                                    TestData.PASSWORD).urlEncodingEnabled(false).get(url)
                            : browser.request().urlEncodingEnabled(false).get(url);
                    requests++;
                    if (r.statusCode() >= 500) {
                        failures.add(who.username + " GET " + url + " -> " + r.statusCode());
                    }
                }
            }
        }
        assertTrue(requests > 200, "walked only " + requests + " addresses");
        assertEquals(List.of(), failures);
    }

    /**
     * The route with real objects (both rounds where it names a round), with page variants where it is a list, and
     * (with {@code nonsense}) each path parameter once replaced by nonsense.
     */
    private List<String> urls(String route, boolean paged, boolean nonsense) {
        List<String> urls = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(route);
        while (m.find()) {
            names.add(m.group(1));
        }
        for (Map<String, String> context : names.contains("roundId") || route.startsWith("/rounds/{id}")
                || route.startsWith("/api/v1/rounds/{id}") ? contexts : contexts.subList(0, 1)) {
            String real = Routes.fill(route, context, null, null);
            urls.add(real);
            if (paged) {
                for (String page : PAGES) {
                    urls.add(real + (real.contains("?") ? "&" : "?") + "page=" + page);
                }
            }
        }
        for (String name : nonsense ? names : List.<String>of()) {
            for (String value : NONSENSE) {
                urls.add(Routes.fill(route, contexts.get(0), name, value));
            }
        }
        return urls;
    }
}
