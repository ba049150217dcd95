package org.mufakat.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A round from set-up to harmonizing, through the pages and the API, with its guards and permissions. */
@QuarkusTest
class RoundFlowTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    Account convenor;
    Constituency laos;
    Constituency indonesia;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("conv").convenor().build();
        laos = TestData.constituency("Lao PDR");
        indonesia = TestData.constituency("Indonesia");
    }

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    long createRound(LocalDate deadline) {
        Map<String, Object> body = Map.of("title", "Round " + TestData.next(),
                "themes", List.of(Map.of("code", "RF", "title", "Recruitment fees"),
                        Map.of("code", "DW", "title", "Domestic workers")),
                "addressees", List.of("Government of {constituency}", "ASEAN"),
                "constituencyCodes", List.of(laos.code, indonesia.code),
                "inputDeadline", deadline.toString(), "reviewStages", List.of("CALIBRATION"));
        return api(convenor).body(body).post("/api/v1/rounds").then().statusCode(201)
                .body("status", equalTo("SETUP")).body("nextStatus", equalTo("COLLECTING"))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void aRoundOpensForInputsAndCannotStartHarmonizingUntilEveryInputIsIn() {
        long id = createRound(TODAY.plusDays(3));
        api(convenor).body("{}").post("/api/v1/rounds/" + id + "/advance").then().statusCode(200)
                .body("status", equalTo("COLLECTING")).body("nextStatus", equalTo("HARMONIZING"));

        Response refused = api(convenor).body("{}").post("/api/v1/rounds/" + id + "/advance");
        refused.then().statusCode(409).contentType("application/problem+json")
                .body("reasons", hasItem(laos.name + " has not submitted and its deadline is 3 days away."))
                .body("reasons", hasSize(2));

        api(convenor).body("{\"forceReason\":\"short\"}").post("/api/v1/rounds/" + id + "/advance").then()
                .statusCode(400).body("errors.forceReason", containsString("at least 10 characters"));
        api(convenor).body("{\"from\":\"COLLECTING\",\"forceReason\":\"Agreed at the regional meeting to go on.\"}")
                .post("/api/v1/rounds/" + id + "/advance").then().statusCode(200)
                .body("status", equalTo("HARMONIZING"));
        api(convenor).body("{\"from\":\"COLLECTING\"}").post("/api/v1/rounds/" + id + "/advance").then()
                .statusCode(200).body("status", equalTo("HARMONIZING"));

        List<RoundTransition> history = QuarkusTransaction.requiringNew()
                .call(() -> RoundTransition.history(Round.findById(id)));
        assertEquals(2, history.size(), "a repeated click moves the round only once");
        assertTrue(history.get(1).forced);
        assertEquals("Agreed at the regional meeting to go on.", history.get(1).reason);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'round.forced' and objectId = ?1", Long.toString(id)) == 1));

        api(convenor).body("{\"forceReason\":\"Trying to skip harmonization altogether.\"}")
                .post("/api/v1/rounds/" + id + "/advance").then().statusCode(409)
                .body("reasons[0]", containsString("no recommendation"));
    }

    @Test
    void aRoundWhoseDeadlineHasPassedIsNotOpenedWithoutAReason() {
        long id = createRound(TODAY.minusDays(1));
        api(convenor).body("{}").post("/api/v1/rounds/" + id + "/advance").then().statusCode(409)
                .body("reasons[0]", containsString("has passed"));
        api(convenor).body("{\"forceReason\":\"Late start agreed with all focal points.\"}")
                .post("/api/v1/rounds/" + id + "/advance").then().statusCode(200)
                .body("matrix.find { it.code == '" + laos.code + "' }.late", equalTo(true))
                .body("matrix.find { it.code == '" + laos.code + "' }.state", equalTo("NOT_STARTED"));
    }

    @Test
    void theRoundPageShowsStagesObstaclesAndTheMatrixToThoseWhoMaySeeIt() {
        long id = createRound(TODAY.plusDays(5));
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        Response opened = c.submit("/rounds/" + id, "/rounds/" + id + "/advance", "from", "SETUP");
        assertEquals(303, opened.statusCode());
        String page = c.get("/rounds/" + id).asString();
        assertTrue(page.contains("aria-current=\"step\""));
        assertTrue(page.contains("Collecting national inputs"));
        assertTrue(page.contains("0 of 2 constituencies have submitted"));
        assertTrue(page.contains(laos.name + " has not submitted and its deadline is 5 days away."));
        assertTrue(page.contains("<li>Government of [each constituency’s country]</li>"), "no raw {constituency}");

        Response refused = c.submit("/rounds/" + id, "/rounds/" + id + "/advance", "from", "COLLECTING");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("The round cannot move on yet"));
        assertFalse(page.contains("class=\"button\">Move on to"), "no primary button while the move is blocked");
        assertTrue(page.contains("Blocked</span> Moving on to"), "the move is shown as blocked");
        assertTrue(page.contains("anyway</button>"), "the only way on is with a reason");
        Response missing = c.submit("/rounds/" + id, "/rounds/" + id + "/advance", "from", "COLLECTING", "anyway",
                "true", "forceReason", "");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("id=\"f-forceReason-error\"><span class=\"visually-hidden\">"
                + "Error:</span> The reason is missing"), "said beside the field");
        Response tooShort = c.submit("/rounds/" + id, "/rounds/" + id + "/advance", "from", "COLLECTING", "anyway",
                "true", "forceReason", "Go on.");
        assertEquals(400, tooShort.statusCode());
        assertTrue(tooShort.asString().contains("too short (at least 10 characters)"));
        assertTrue(tooShort.asString().contains(">Go on.</textarea>"), "what was typed comes back");

        WebSession focal = WebSession.signIn(TestData.account("fp").focalPointFor(laos).build().username,
                TestData.PASSWORD);
        focal.get("/rounds/" + id).then().statusCode(200).body(containsString("Who has submitted"))
                .body(containsString("/rounds/" + id + "/inputs/" + laos.code))
                .body(not(containsString("Move on to")));
        MemberOrganisation org = TestData.organisation(laos, "Org");
        WebSession member = WebSession.signIn(TestData.account("mem").memberOf(org).build().username,
                TestData.PASSWORD);
        member.get("/rounds/" + id).then().statusCode(200).body(containsString("Collecting national inputs"))
                .body(not(containsString("Who has submitted")));
        api(TestData.account("mem").memberOf(org).build()).get("/api/v1/rounds/" + id).then().statusCode(200)
                .body("matrix", nullValue());
    }

    @Test
    void theSetUpFormExplainsEveryMistakeAndKeepsWhatWasTyped() {
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get("/rounds/new").then().statusCode(200).body(containsString("Government of {constituency}"));
        Response r = c.submit("/rounds/new", "/rounds", "title", "Kept title", "themes", "RF: Fees\nno colon here\nRF: Again",
                "addressees", "ASEAN", "inputDeadline", "31/03/2027", "endorsementDeadline", "");
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("Line 2 is not written as CODE: Title"));
        assertTrue(html.contains("Choose at least one participating constituency."));
        assertTrue(html.contains("Choose at least one review stage."));
        assertTrue(html.contains("Enter a date as YYYY-MM-DD"));
        assertTrue(html.contains("value=\"Kept title\""));
        assertTrue(html.contains("no colon here"));
    }

    @Test
    void theConvenorExtendsOneConstituencysDeadline() {
        long id = createRound(TODAY.plusDays(2));
        api(convenor).body("{}").post("/api/v1/rounds/" + id + "/advance").then().statusCode(200);
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        Response bad = c.submit("/rounds/" + id, "/rounds/" + id + "/extensions", "constituency", laos.code,
                "deadline", TODAY.plusDays(1).toString(), "reason", "");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("An extension must end after the round"));
        Response ok = c.submit("/rounds/" + id, "/rounds/" + id + "/extensions", "constituency", laos.code,
                "deadline", TODAY.plusDays(9).toString(), "reason", "Consultation moved after the floods");
        assertEquals(303, ok.statusCode());
        api(convenor).get("/api/v1/rounds/" + id).then()
                .body("matrix.find { it.code == '" + laos.code + "' }.deadline", equalTo(TODAY.plusDays(9).toString()))
                .body("matrix.find { it.code == '" + laos.code + "' }.extended", equalTo(true));
    }

    @Test
    void theApiChangesTheSetUpWithTheVersionReadAndExtendsADeadline() {
        long id = createRound(TODAY.plusDays(3));
        String round = "/api/v1/rounds/" + id;
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Renamed round",
                "themes", List.of(Map.of("code", "RF", "title", "Recruitment fees")), "addressees", List.of("ASEAN"),
                "constituencyCodes", List.of(laos.code, indonesia.code), "inputDeadline",
                TODAY.plusDays(5).toString(), "reviewStages", List.of("MEMBER_REVIEW")));
        api(convenor).body(body).put(round).then().statusCode(400).contentType("application/problem+json")
                .body("errors.version", containsString("version"));
        body.put("version", 42);
        api(convenor).body(body).put(round).then().statusCode(409);
        long version = api(convenor).get(round).then().extract().jsonPath().getLong("version");
        body.put("version", version);
        Account focal = TestData.account("fpchg").focalPointFor(indonesia).build();
        api(focal).body(body).put(round).then().statusCode(403);
        api(convenor).body(body).put(round).then().statusCode(200).body("title", equalTo("Renamed round"))
                .body("themes.code", equalTo(List.of("RF"))).body("reviewStages", equalTo(List.of("MEMBER_REVIEW")));

        api(convenor).body("{}").post(round + "/advance").then().statusCode(200);
        Map<String, String> extension = Map.of("constituencyCode", laos.code, "deadline",
                TODAY.plusDays(9).toString(), "reason", "Consultation moved after the floods");
        api(focal).body(extension).post(round + "/extensions").then().statusCode(403);
        api(convenor).body(Map.of("constituencyCode", laos.code, "deadline", TODAY.plusDays(1).toString()))
                .post(round + "/extensions").then().statusCode(400).body("errors.reason", equalTo("Enter a value here."))
                .body("errors.deadline", containsString("An extension must end after the round"));
        api(convenor).body(extension).post(round + "/extensions").then().statusCode(200)
                .body("matrix.find { it.code == '" + laos.code + "' }.deadline", equalTo(TODAY.plusDays(9).toString()));
        api(convenor).body(body).put(round).then().statusCode(400).body("errors.title", notNullValue());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1L, AuditEvent.count("actor = ?1 and action = 'round.updated'", convenor.username));
            assertEquals(1L, AuditEvent.count("actor = ?1 and action = 'round.deadline-extended'",
                    convenor.username));
        });
    }

    @Test
    void onlyTheConvenorRunsRounds() {
        long id = createRound(TODAY.plusDays(3));
        Account focal = TestData.account("fp").focalPointFor(indonesia).build();
        Account sec = TestData.account("sec").secretariat().build();
        for (Account a : new Account[] { focal, sec }) {
            api(a).body("{}").post("/api/v1/rounds/" + id + "/advance").then().statusCode(403);
            api(a).body("{\"title\":\"X\"}").post("/api/v1/rounds").then().statusCode(403);
            WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
            s.get("/rounds/new").then().statusCode(403);
            s.get("/rounds/" + id + "/edit").then().statusCode(403);
            assertEquals(403, s.submit("/rounds/" + id, "/rounds/" + id + "/advance", "from", "SETUP").statusCode());
        }
        api(convenor).get("/api/v1/rounds/" + id).then().body("status", equalTo("SETUP"));
    }

    @Test
    void theSetUpCanBeChangedOnlyBeforeCollectingAndStaleEditsConflict() {
        long id = createRound(TODAY.plusDays(3));
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        Response conflict = c.submit("/rounds/" + id + "/edit", "/rounds/" + id, "title", "My title", "themes",
                "RF: Fees", "addressees", "ASEAN", "constituencyCodes", laos.code, "inputDeadline",
                TODAY.plusDays(4).toString(), "reviewStages", "CALIBRATION", "version", "99");
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.asString().contains("value=\"My title\""));
        Response saved = c.submit("/rounds/" + id + "/edit", "/rounds/" + id, "title", "My title", "themes",
                "RF: Fees renamed\nAJ: Access to justice", "addressees", "ASEAN", "constituencyCodes", laos.code,
                "inputDeadline", TODAY.plusDays(4).toString(), "reviewStages", "CALIBRATION", "version", "0");
        assertEquals(303, saved.statusCode());
        api(convenor).get("/api/v1/rounds/" + id).then().body("themes.code", equalTo(List.of("RF", "AJ")))
                .body("themes[0].title", equalTo("Fees renamed")).body("constituencyCodes", equalTo(List.of(laos.code)));
        api(convenor).body("{}").post("/api/v1/rounds/" + id + "/advance").then().statusCode(200);
        c.get("/rounds/" + id + "/edit").then().statusCode(200);
        Response late = c.submit("/rounds/" + id + "/edit", "/rounds/" + id, "title", "Too late", "themes", "RF: Fees",
                "addressees", "ASEAN", "constituencyCodes", laos.code, "inputDeadline", TODAY.plusDays(4).toString(),
                "reviewStages", "CALIBRATION", "version", "1");
        assertEquals(400, late.statusCode());
        assertTrue(late.asString().contains("only be changed while the round is being set up"));
    }
}
