package org.mufakat.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.input.Statement;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Input no form or client should send: wrong types, a megabyte where a title goes, NUL characters, bytes that are not
 * UTF-8, a field or key given twice. Each gets a friendly 400 page or problem JSON, never a 500 or a stack trace, and
 * nothing is saved. Runs on H2 and on PostgreSQL (which refuses NUL in text by itself).
 */
@QuarkusTest
class MalformedInputTest {

    static final String MEGABYTE = "A".repeat(1024 * 1024);

    Constituency vietnam;
    Account focal;
    Account convenor;
    Round round;
    String page;

    @BeforeEach
    void setUp() {
        vietnam = TestData.constituency("Viet Nam");
        focal = TestData.account("mal-fp").focalPointFor(vietnam).build();
        convenor = TestData.account("mal-conv").convenor().build();
        round = RoundTestData.collecting(vietnam);
        page = "/rounds/" + round.id + "/inputs/" + vietnam.code;
    }

    long saved() {
        return QuarkusTransaction.requiringNew().call(() -> Statement.count("input.round.id", round.id)
                + Round.count("title like 'Malformed%'"));
    }

    /** Sends the body's bytes as they are, whatever the content type says. */
    static RequestSpecification raw(RequestSpecification r) {
        return r.config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().encodeContentTypeAs("application/x-www-form-urlencoded",
                        io.restassured.http.ContentType.BINARY)));
    }

    RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).redirects().follow(false);
    }

    /** 400, or 413 for a body or field over the size limits, with a page or problem JSON that shows no internals. */
    static void friendly400(String what, Response r, boolean api) {
        assertTrue(r.statusCode() == 400 || r.statusCode() == 413, what + ": " + r.statusCode());
        String body = r.asString();
        assertFalse(body.contains("Exception") || body.contains("\tat "), what + " shows internals");
        if (api) {
            assertTrue(r.contentType().startsWith("application/problem+json"), what + ": " + r.contentType());
        } else {
            assertTrue(r.contentType().startsWith("text/html"), what + ": " + r.contentType());
        }
    }

    @Test
    void jsonBodiesWithWrongTypesHugeTextNulOrBrokenBytesAreRefusedAndNothingIsSaved() {
        String statements = "/api/v1" + page + "/statements";
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("a number for a text", "{\"theme\":5,\"addressee\":[\"ASEAN\"],\"text\":{\"a\":1}}".getBytes());
        bodies.put("a word for a boolean", "{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"x\",\"restricted\":\"maybe\"}"
                .getBytes());
        bodies.put("a NUL in the text", "{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"Ratify\\u0000C189\"}"
                .getBytes());
        bodies.put("a key twice", "{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"x\",\"text\":\"y\"}".getBytes());
        bodies.put("not JSON", "{\"theme\":\"DW\",".getBytes());
        byte[] broken = "{\"theme\":\"DW\",\"addressee\":\"ASEAN\",\"text\":\"Ratify \u0001\"}"
                .getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 4] = (byte) 0xC3; // a lead byte followed by a quote: not UTF-8
        bodies.put("invalid UTF-8", broken);
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            friendly400(body.getKey(), api(focal).contentType("application/json").body(body.getValue())
                    .post(statements), true);
        }
        friendly400("a megabyte title", api(convenor).contentType("application/json")
                .body(Map.of("title", "Malformed " + MEGABYTE)).post("/api/v1/rounds"), true);
        friendly400("a NUL in a round's title", api(convenor).contentType("application/json")
                .body(Map.of("title", "Malformed\u0000round")).post("/api/v1/rounds"), true);
        assertEquals(0, saved());
    }

    @Test
    void formsWithHugeTextNulBrokenBytesOrFieldsTwiceAreRefusedOrReadOnceAndNothingBadIsSaved() {
        WebSession s = WebSession.signIn(focal.username, TestData.PASSWORD);
        String token = Cast.csrf(s.get(page));
        friendly400("a NUL in a statement", s.request().contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + token + "&theme=DW&addressee=ASEAN&text=Ratify%00C189").post(page + "/statements"),
                false);
        friendly400("a megabyte addressee", s.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("theme", "DW").formParam("addressee", MEGABYTE)
                .formParam("text", "x").post(page + "/statements"), false);
        Response raw = raw(s.request()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(("csrf-token=" + token + "&theme=DW&addressee=ASEAN&text=").getBytes(StandardCharsets.US_ASCII))
                .post(page + "/statements");
        friendly400("a statement without text", raw, false);
        Response bytes = raw(s.request()).contentType("application/x-www-form-urlencoded")
                .body(concat("csrf-token=" + token + "&theme=DW&addressee=ASEAN&text=", new byte[] { (byte) 0xC3, '(' }))
                .post(page + "/statements");
        assertTrue(bytes.statusCode() < 500, "invalid UTF-8 in a form: " + bytes.statusCode());
        assertEquals(0, saved() - (bytes.statusCode() == 303 ? 1 : 0), "only a readable statement may be saved");

        long before = saved();
        Response twice = s.request().contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + token + "&theme=DW&theme=XX&addressee=ASEAN&text=Once&text=Twice")
                .post(page + "/statements");
        assertTrue(twice.statusCode() == 303 || twice.statusCode() == 400, "fields twice: " + twice.statusCode());
        if (twice.statusCode() == 303) {
            assertEquals(before + 1, saved());
            assertEquals("Once", QuarkusTransaction.requiringNew().call(() -> Statement
                    .<Statement>find("input.round.id = ?1 order by id desc", round.id).firstResult().text),
                    "the first of a field sent twice is read, the same every time");
        }

        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String ct = Cast.csrf(c.get("/rounds/new"));
        friendly400("a megabyte round title", c.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", ct).formParam("title", "Malformed " + MEGABYTE).post("/rounds"), false);
        friendly400("a NUL in a round title", c.request().contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + ct + "&title=Malformed%00round").post("/rounds"), false);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Round.count("title like 'Malformed%'")));
    }

    private static byte[] concat(String a, byte[] b) {
        byte[] first = a.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[first.length + b.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(b, 0, all, first.length, b.length);
        return all;
    }
}
