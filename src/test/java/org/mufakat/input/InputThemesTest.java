package org.mufakat.input;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The input editor shows one theme's statements at a time, and every action leads back to the theme it was in. */
@QuarkusTest
class InputThemesTest {

    Constituency indonesia;
    Constituency philippines;
    Round round;
    WebSession focal;
    String page;

    @BeforeEach
    void setUp() {
        indonesia = TestData.constituency("Indonesia");
        philippines = TestData.constituency("Philippines");
        round = RoundTestData.collecting(indonesia, philippines);
        focal = WebSession.signIn(TestData.account("fpth").focalPointFor(indonesia).build().username,
                TestData.PASSWORD);
        page = "/rounds/" + round.id + "/inputs/" + indonesia.code;
    }

    Response add(String theme, String text) {
        return focal.submit(page, page + "/statements", "theme", theme, "addressee", "ASEAN", "text", text);
    }

    Map<String, Statement> byText() {
        return InputPageTest.statements(InputPageTest.input(round, indonesia)).stream()
                .collect(Collectors.toMap(s -> s.text, Function.identity()));
    }

    static String location(Response r) {
        assertEquals(303, r.statusCode());
        String location = r.header("Location");
        return location.substring(location.indexOf("/rounds/"));
    }

    @Test
    void theEditorShowsOneThemeWithANavigationOfAllThemesAndTheirCounts() {
        focal.get(page).then().statusCode(200).body(containsString("No statements yet"))
                .body(containsString("<strong aria-current=\"page\">RF · Recruitment fees and agencies (0)</strong>"));
        add("AJ", "Free legal aid for migrant workers.");
        add("AJ", "Labour courts in every province.");
        add("DW", "Include domestic workers in labour law.");
        String first = focal.get(page).then().statusCode(200).extract().asString();
        assertTrue(first.contains("<strong aria-current=\"page\">DW · Domestic workers (1)</strong>"),
                "the first theme with statements is the default");
        assertTrue(first.contains("href=\"" + page + "?theme=AJ#statements\">AJ · Access to justice (2)</a>"));
        assertTrue(first.contains("href=\"" + page + "?theme=RF#statements\">RF · Recruitment fees and agencies (0)"));
        assertTrue(first.contains("Include domestic workers") && !first.contains("Free legal aid"));
        assertTrue(first.contains("<option value=\"DW\" selected>"), "a new statement lands in the theme shown");

        String aj = focal.get(page + "?theme=AJ").then().statusCode(200).extract().asString();
        assertTrue(aj.contains("Free legal aid") && aj.contains("Labour courts") && !aj.contains("Include domestic"));
        assertTrue(aj.contains("<strong aria-current=\"page\">AJ · Access to justice (2)</strong>"));
        assertTrue(aj.contains("<option value=\"AJ\" selected>"));
        assertTrue(aj.contains("name=\"theme\" value=\"AJ\""), "the forms carry the theme shown");

        long ajId = QuarkusTransaction.requiringNew().call(
                () -> ((Round) Round.findById(round.id)).theme("AJ").orElseThrow().id);
        focal.get(page + "?theme=" + ajId).then().statusCode(200).body(containsString("Free legal aid"));
        focal.get(page + "?theme=aj").then().statusCode(200).body(containsString("Free legal aid"));
        focal.get(page + "?theme=RF").then().statusCode(200)
                .body(containsString("No statements under this theme yet"))
                .body(not(containsString("Free legal aid"))).body(not(containsString("No statements yet")));
        for (String odd : new String[] { "XX", "", "%00", "99999999999999999999", "-1", "<b>" }) {
            focal.get(page + "?theme=" + odd).then().statusCode(200)
                    .body(containsString("<strong aria-current=\"page\">DW · Domestic workers (1)</strong>"));
        }
        focal.get(page + "/submit?theme=AJ").then().statusCode(200)
                .body(containsString("name=\"theme\" value=\"AJ\"")).body(containsString(page + "?theme=AJ\""));
    }

    @Test
    void aThemesPageDoesNotGrowWithTheOtherThemesStatements() {
        add("RF", "Abolish placement fees.");
        focal.get(page);
        int before = focal.get(page + "?theme=RF").asString().length();
        for (int i = 1; i <= 12; i++) {
            add("AJ", "Statement " + i + " on access to justice.");
        }
        String after = focal.get(page + "?theme=RF").asString();
        assertTrue(after.length() - before < 10, "only the counts change: " + before + " -> " + after.length());
    }

    @Test
    void everyActionLeadsBackToTheThemeAndAnchorItWasIn() {
        String added = location(add("AJ", "Free legal aid for migrant workers."));
        Statement aid = byText().get("Free legal aid for migrant workers.");
        assertEquals(page + "?theme=AJ#s" + aid.id, added);
        add("AJ", "Labour courts in every province.");
        Statement courts = byText().get("Labour courts in every province.");

        Response moved = focal.submit(page + "?theme=AJ", page + "/statements/" + courts.id + "/move", "direction",
                "up", "theme", "AJ");
        assertEquals(page + "?theme=AJ#s" + courts.id, location(moved));
        focal.assertFlashAtAnchor(moved, "Statement moved; it is now AJ-1.");

        Response record = focal.submit(page + "?theme=AJ", page + "/record", "venue", "Jakarta", "theme", "AJ",
                "version", String.valueOf(InputPageTest.input(round, indonesia).version));
        assertEquals(page + "?theme=AJ#record", location(record));
        focal.assertFlashAtAnchor(record, "The consultation record is saved.");

        Response edited = focal.submit(page + "/statements/" + aid.id + "/edit", page + "/statements/" + aid.id,
                "theme", "RF", "addressee", "ASEAN", "text", "Free legal aid, and no fees.", "version",
                String.valueOf(byText().get("Free legal aid for migrant workers.").version));
        assertEquals(page + "?theme=RF#s" + aid.id, location(edited), "a statement moved to another theme is found");
        String html = focal.assertFlashAtAnchor(edited, "Statement RF-1 saved.");
        assertTrue(html.contains("Free legal aid, and no fees.")
                && html.contains("<strong aria-current=\"page\">RF · Recruitment fees and agencies (1)</strong>"));

        focal.get(page + "/statements/" + courts.id + "/delete").then().statusCode(200)
                .body(containsString(page + "?theme=AJ\""));
        Response deleted = focal.submit(page + "/statements/" + courts.id + "/delete",
                page + "/statements/" + courts.id + "/delete");
        assertEquals(page + "?theme=AJ#statements", location(deleted));
        focal.get(page + "/statements/" + aid.id + "/edit").then().statusCode(200)
                .body(containsString(page + "?theme=RF#s" + aid.id));
    }

    @Test
    void savingAStatementOfOneThemeLeavesTheOtherThemesUntouched() {
        add("RF", "Abolish placement fees.");
        add("AJ", "Free legal aid.");
        add("AJ", "Labour courts.");
        Map<String, Statement> before = byText();
        Statement fees = before.get("Abolish placement fees.");
        Response saved = focal.submit(page + "/statements/" + fees.id + "/edit", page + "/statements/" + fees.id,
                "theme", "RF", "addressee", "ASEAN", "text", "Abolish placement fees by 2027.", "version",
                String.valueOf(fees.version));
        assertEquals(page + "?theme=RF#s" + fees.id, location(saved));
        Map<String, Statement> after = byText();
        for (String other : List.of("Free legal aid.", "Labour courts.")) {
            Statement was = before.get(other);
            Statement is = after.get(other);
            assertEquals(was.version, is.version, other);
            assertEquals(was.number(), is.number(), other);
        }
        assertEquals(3, after.size());
        focal.get(page + "?theme=AJ").then().body(containsString("Free legal aid.")).body(containsString("AJ-2"));

        Response stale = focal.submit(page + "/submit?theme=RF", page + "/submit", "version",
                String.valueOf(InputPageTest.input(round, indonesia).version - 1), "theme", "RF");
        assertEquals(409, stale.statusCode(), "the input's version check still holds");
    }

    @Test
    void otherPeoplesInputsStayClosedWhateverTheTheme() {
        add("AJ", "Ours.");
        Statement ours = byText().get("Ours.");
        WebSession intruder = WebSession.signIn(TestData.account("fpthph").focalPointFor(philippines).build()
                .username, TestData.PASSWORD);
        intruder.get(page + "?theme=AJ").then().statusCode(403);
        intruder.get(page + "/submit?theme=AJ").then().statusCode(403);
        String theirs = "/rounds/" + round.id + "/inputs/" + philippines.code;
        intruder.get(theirs + "?theme=AJ").then().statusCode(200).body(not(containsString("Ours.")));
        intruder.submit(theirs, theirs + "/statements/" + ours.id + "/move", "direction", "down", "theme", "AJ")
                .then().statusCode(403);
        focal.get("/rounds/" + round.id + "/inputs/NOPE?theme=AJ").then().statusCode(404);
        focal.get("/rounds/999999/inputs/" + indonesia.code + "?theme=AJ").then().statusCode(404);
    }
}
