package org.mufakat.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.attack.Cast.Who;
import org.mufakat.network.TestData;
import org.mufakat.web.LogLines;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What the log holds after sign-ins (form, HTTP Basic, a wrong password, a personal API token, a session cookie) and
 * views of a restricted statement: no password, token, session cookie or restricted text; and no input with CR/LF
 * (a username at sign-in, a statement, a path) makes a line of its own in the console log.
 */
@QuarkusTest
class LogTest {

    static final String FORGED = "2026-01-01 00:00:00,000 INFO  [org.mufakat.audit] FORGED";
    final List<String> lines = new CopyOnWriteArrayList<>();
    final LogLines filter = new LogLines();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            filter.isLoggable(r);
            StringBuilder s = new StringBuilder(r instanceof ExtLogRecord ext ? String.valueOf(ext.getFormattedMessage())
                    : String.valueOf(r.getMessage()));
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                s.append(' ').append(trace);
            }
            lines.add(s.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void noSecretOrRestrictedTextIsLoggedAndNoInputForgesALine() {
        assertEquals("mufakat-log-lines", ConfigProvider.getConfig().getValue("quarkus.log.console.filter",
                String.class), "the console log escapes control characters");
        Cast cast = new Cast();
        String focal = cast.account(Who.FOCAL).username;
        WebSession browser = cast.browser(Who.FOCAL);
        String session = browser.cookie("mufakat-session");
        assertTrue(session != null && session.length() > 20);
        String token = cast.api(Who.FOCAL).body(Map.of("name", "log test")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("token");
        String page = "/rounds/" + cast.collectingRound.id + "/inputs/" + cast.vietnam.code;
        assertTrue(browser.get(page).asString().contains(Cast.RESTRICTED));
        assertTrue(cast.browser(Who.CONVENOR).get(page).asString().contains(Cast.RESTRICTED));
        given().header("Authorization", "Bearer " + token).get("/api/v1" + page).then().statusCode(200);
        given().auth().preemptive().basic(focal, "wrong-horse-secret").get("/api/v1/me").then().statusCode(401);
        WebSession.anonymous().postSignIn(focal, "wrong-horse-secret");
        WebSession.anonymous().postSignIn("nobody\r\n" + FORGED, "wrong-horse-secret");
        given().auth().preemptive().basic("nobody\n" + FORGED, "x").get("/api/v1/me");
        cast.api(Who.FOCAL).body(Map.of("theme", "DW", "addressee", "ASEAN", "text", "Line\r\n" + FORGED))
                .post("/api/v1" + page + "/statements").then().statusCode(201);
        given().urlEncodingEnabled(false).get("/no-such-page%0D%0A" + FORGED.replace(" ", "%20").replace("[", "%5B")
                .replace("]", "%5D"));
        Logger.getLogger("org.mufakat.attack").warning("A message quoting input: x\r\n" + FORGED);

        assertFalse(lines.isEmpty(), "the log was captured");
        for (String line : lines) {
            for (String secret : List.of(TestData.PASSWORD, "wrong-horse-secret", token, session, Cast.RESTRICTED)) {
                assertFalse(line.contains(secret), "the log holds a secret: " + line);
            }
            for (String part : line.split("\r\n|\r|\n")) {
                assertFalse(part.startsWith(FORGED), "a forged line: " + line);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("x\\r\\n" + FORGED)), "the CR/LF is shown escaped");
    }
}
