package org.mufakat.harmonize;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.input.InputTestData;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Harmonization through the JSON API: provenance both ways, fates, the guard, and who may see what. */
@QuarkusTest
class HarmonizeFlowTest {

    Constituency indonesia;
    Constituency philippines;
    Round round;
    Account convenor;
    Account focalId;
    Account focalPh;
    String api;
    List<Long> id;
    List<Long> ph;

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    @BeforeEach
    void setUp() {
        indonesia = TestData.constituency("Indonesia");
        philippines = TestData.constituency("Philippines");
        round = RoundTestData.build(RoundStatus.HARMONIZING, indonesia, philippines);
        convenor = TestData.account("hconv").convenor().build();
        focalId = TestData.account("hfid").focalPointFor(indonesia).build();
        focalPh = TestData.account("hfph").focalPointFor(philippines).build();
        api = "/api/v1/rounds/" + round.id;
        id = InputTestData.submitted(round, indonesia,
                "RF|ASEAN|Ban recruitment fees charged to migrant workers.",
                "AJ|ASEAN|Testimony of a worker held without pay for eight months.|restricted");
        ph = InputTestData.submitted(round, philippines,
                "RF|ASEAN|Prohibit agencies from charging placement fees to migrant workers.",
                "DW|ACMW|Ratify ILO Convention 189 on domestic workers.");
    }

    long create(String theme, String text, Long... sources) {
        return as(convenor).body(body(theme, text, null, sources)).post(api + "/recommendations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static String body(String theme, String text, Long version, Long... sources) {
        StringBuilder ids = new StringBuilder();
        for (Long s : sources) {
            ids.append(ids.isEmpty() ? "" : ",").append(s);
        }
        return "{\"themeCode\":\"" + theme + "\",\"addressee\":\"ASEAN Member States\",\"text\":\"" + text
                + "\",\"sourceStatementIds\":[" + ids + "]" + (version == null ? "" : ",\"version\":" + version)
                + "}";
    }

    @Test
    void mergingKeepsEverySourceLinkBothWays() {
        long rec = create("RF", "Prohibit recruitment and placement fees.", id.get(0), ph.get(0));
        assertEquals(rec, create("RF", "Prohibit recruitment and placement fees.", id.get(0), ph.get(0)),
                "a double click creates one recommendation");
        as(convenor).get(api + "/recommendations").then().body("items.size()", equalTo(1)).body("total", equalTo(1))
                .body("page", equalTo(1)).body("size", equalTo(50));
        as(convenor).get(api + "/recommendations/" + rec).then().statusCode(200).body("number", equalTo("RF.1"))
                .body("sources.id", containsInAnyOrder(id.get(0).intValue(), ph.get(0).intValue()))
                .body("unvarnishedText", equalTo("Prohibit recruitment and placement fees."));
        as(focalId).get(api + "/inputs/" + indonesia.code + "/outcome").then().statusCode(200)
                .body("statements.find { it.statement.id == " + id.get(0) + " }.fate", equalTo("MERGED"))
                .body("statements.find { it.statement.id == " + id.get(0) + " }.recommendations", hasItem("RF.1"))
                .body("statements.find { it.statement.id == " + id.get(1) + " }.fate", nullValue());
        as(convenor).get(api + "/source-matrix").then().statusCode(200)
                .body("rows.'RF.1'." + indonesia.code, equalTo(1)).body("rows.'RF.1'." + philippines.code, equalTo(1));

        long split = create("DW", "Protect domestic workers' rights.", ph.get(1), ph.get(0));
        as(convenor).get(api + "/inputs/" + philippines.code + "/outcome").then()
                .body("statements.find { it.statement.id == " + ph.get(0) + " }.recommendations",
                        containsInAnyOrder("RF.1", "DW.1"))
                .body("statements.find { it.statement.id == " + ph.get(1) + " }.fate", equalTo("MERGED"));
        assertTrue(split > rec);
    }

    @Test
    void theConvenorOrdersRecommendationsAndChoosesAttributionThroughTheApi() {
        long first = create("RF", "Ban recruitment fees.", id.get(0));
        long second = create("RF", "Prohibit placement fees.", ph.get(0));
        as(convenor).get(api + "/recommendations").then().body("items.id", equalTo(List.of((int) first, (int) second)));
        as(convenor).post(api + "/recommendations/" + first + "/move-up").then().statusCode(409)
                .contentType("application/problem+json");
        as(convenor).post(api + "/recommendations/" + second + "/move-up").then().statusCode(200)
                .body("number", equalTo("RF.1"));
        as(convenor).get(api + "/recommendations/" + first).then().body("number", equalTo("RF.2"));
        as(convenor).get(api + "/recommendations").then().body("items.id", equalTo(List.of((int) second, (int) first)))
                .body("items.number", equalTo(List.of("RF.1", "RF.2")));
        as(focalId).post(api + "/recommendations/" + first + "/move-up").then().statusCode(403);
        Round other = RoundTestData.build(RoundStatus.HARMONIZING, indonesia, philippines);
        as(convenor).post("/api/v1/rounds/" + other.id + "/recommendations/" + first + "/move-up").then()
                .statusCode(404);

        for (int i = 0; i < 2; i++) {
            as(convenor).body("{\"publicAttribution\":true}").put(api + "/attribution").then().statusCode(200)
                    .body("publicAttribution", equalTo(true));
        }
        as(convenor).body("{}").put(api + "/attribution").then().statusCode(400)
                .body("errors.publicAttribution", equalTo("Choose one of the options."));
        as(focalId).body("{\"publicAttribution\":false}").put(api + "/attribution").then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1L, AuditEvent.count("actor = ?1 and action = 'recommendation.moved'", convenor.username));
            assertEquals(1L, AuditEvent.count("actor = ?1 and action = 'round.attribution-changed'",
                    convenor.username));
            assertTrue(((Round) Round.findById(round.id)).publicAttribution);
        });
    }

    @Test
    void deletingARecommendationReturnsItsStatementsToNoFate() {
        long rec = create("RF", "Prohibit recruitment and placement fees.", id.get(0), ph.get(0));
        create("DW", "Ratify C189 and end fees.", ph.get(0), ph.get(1));
        as(convenor).delete(api + "/recommendations/" + rec + "?version=99").then().statusCode(409);
        as(convenor).delete(api + "/recommendations/" + rec).then().statusCode(204);

        as(convenor).get(api + "/inputs/" + indonesia.code + "/outcome").then()
                .body("statements.find { it.statement.id == " + id.get(0) + " }.fate", nullValue())
                .body("statements.find { it.statement.id == " + id.get(0) + " }.recommendations", hasSize(0));
        as(convenor).get(api + "/inputs/" + philippines.code + "/outcome").then()
                .body("statements.find { it.statement.id == " + ph.get(0) + " }.fate", equalTo("MERGED"))
                .body("statements.find { it.statement.id == " + ph.get(0) + " }.recommendations", hasItem("DW.1"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'recommendation.deleted' and objectId = ?1 and details like ?2", Long.toString(rec),
                "%back to no fate: " + indonesia.code + " RF-1%") == 1));
    }

    @Test
    void theGuardNamesWhatIsMissingAndCannotBeForced() {
        as(convenor).body("{\"forceReason\":\"We agreed to move on regardless.\"}").post(api + "/advance").then()
                .statusCode(409).body("reasons", hasItem(containsString("no recommendation")))
                .body("reasons", hasItem("2 statements from " + indonesia.name + " have no disposition."))
                .body("reasons", hasItem("2 statements from " + philippines.name + " have no disposition."));

        create("RF", "Prohibit recruitment and placement fees.", id.get(0), ph.get(0));
        as(convenor).body("{}").post(api + "/advance").then().statusCode(409)
                .body("reasons", hasSize(2))
                .body("reasons", hasItem("One statement from " + indonesia.name + " has no disposition."));

        as(convenor).body("{\"fate\":\"NOT_INCLUDED\"}").put(api + "/statements/" + id.get(1) + "/disposition")
                .then().statusCode(400).body("errors.rationale", containsString("focal point will read it"));
        as(convenor).body("{\"fate\":\"DEFERRED\",\"rationale\":\"Kept for the access to justice round.\"}")
                .put(api + "/statements/" + id.get(0) + "/disposition").then().statusCode(400)
                .body("errors.fate", containsString("feeds RF.1"));
        as(convenor).body("{\"fate\":\"NOT_INCLUDED\",\"rationale\":\"A testimony, kept as evidence only.\"}")
                .put(api + "/statements/" + id.get(1) + "/disposition").then().statusCode(200)
                .body("fate", equalTo("NOT_INCLUDED")).body("automatic", equalTo(false));
        as(convenor).body("{\"fate\":\"INCORPORATED\"}").put(api + "/statements/" + ph.get(1) + "/disposition")
                .then().statusCode(400).body("errors.recommendation", containsString("Choose the recommendation"));
        long rf = as(convenor).get(api + "/recommendations").then().extract().jsonPath().getLong("items[0].id");
        as(convenor).body("{\"fate\":\"REWORDED\",\"rationale\":\"Folded into the fees recommendation.\","
                + "\"recommendationId\":" + rf + "}").put(api + "/statements/" + ph.get(1) + "/disposition").then()
                .statusCode(200).body("recommendationNumber", equalTo("RF.1"));

        as(convenor).body("{}").post(api + "/advance").then().statusCode(200)
                .body("status", equalTo("ENDORSEMENT"));
        as(convenor).body(body("RF", "Too late for this.", null, id.get(0))).post(api + "/recommendations").then()
                .statusCode(409).body("detail", containsString("only while the round is harmonizing"));
    }

    @Test
    void focalPointsCannotHarmonizeNorReadOthersRestrictedStatements() {
        as(focalId).get(api + "/suggestions").then().statusCode(403);
        as(focalId).body(body("RF", "Mine.", null, id.get(0))).post(api + "/recommendations").then()
                .statusCode(403);
        as(focalId).body("{\"fate\":\"DEFERRED\",\"rationale\":\"Not now, thank you.\"}")
                .put(api + "/statements/" + ph.get(0) + "/disposition").then().statusCode(403);
        as(focalId).get(api + "/recommendations").then().statusCode(403);
        as(focalId).get(api + "/inputs/" + philippines.code + "/outcome").then().statusCode(403);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'permission.denied' and actor = ?1", focalId.username) >= 4));

        long rec = create("AJ", "Give access to justice.", id.get(1), ph.get(0));
        RoundTestData.setStatus(round, RoundStatus.ENDORSEMENT);
        as(focalPh).get(api + "/recommendations/" + rec).then().statusCode(200)
                .body("sources.id", not(hasItem(id.get(1).intValue()))).body("sources", hasSize(1));
        as(focalPh).get(api + "/source-matrix").then().statusCode(200)
                .body("rows.'AJ.1'." + indonesia.code, equalTo(0));
        // The list is kept between calls per audience: the restricted source stays the reader's own.
        for (int call = 0; call < 2; call++) {
            as(focalPh).get(api + "/recommendations").then().statusCode(200)
                    .body("items.find { it.id == " + rec + " }.sources", hasSize(1));
            as(focalId).get(api + "/recommendations").then().statusCode(200)
                    .body("items.find { it.id == " + rec + " }.sources", hasSize(2));
        }
        Account outsider = TestData.account("hfout").focalPointFor(TestData.constituency("Outland")).build();
        as(outsider).get(api + "/recommendations").then().statusCode(403);
        as(outsider).get(api + "/recommendations/" + rec).then().statusCode(403);
        as(outsider).get(api + "/source-matrix").then().statusCode(403);
        as(focalId).get(api + "/recommendations/" + rec).then().statusCode(200)
                .body("sources.find { it.id == " + id.get(1) + " }.text", containsString("Testimony"));
        given().auth().preemptive().basic(focalPh.username, TestData.PASSWORD).get("/rounds/" + round.id
                + "/recommendations/" + rec).then().statusCode(200).body(not(containsString("Testimony")))
                .body(not(containsString("Evidence of")));
        given().auth().preemptive().basic(focalPh.username, TestData.PASSWORD).get("/rounds/" + round.id
                + "/recommendations").then().statusCode(200).body(containsString(">1 source<"))
                .body(not(containsString("2 sources")));
        given().auth().preemptive().basic(convenor.username, TestData.PASSWORD).get("/rounds/" + round.id
                + "/recommendations").then().statusCode(200).body(containsString(">2 sources<"));
    }

    @Test
    void aRestrictedStatementIsASourceButItsWordingIsNotCopiedIntoTheDraft() {
        String page = given().auth().preemptive().basic(convenor.username, TestData.PASSWORD)
                .get("/rounds/" + round.id + "/recommendations/new?statement=" + id.get(1) + "&statement="
                        + ph.get(0)).then().statusCode(200).extract().asString();
        String text = page.substring(page.indexOf("name=\"text\""), page.indexOf("</textarea>",
                page.indexOf("name=\"text\"")));
        assertTrue(text.contains("Prohibit agencies") && !text.contains("Testimony"), text);
        assertTrue(page.contains("value=\"" + id.get(1) + "\" id=\"source-" + id.get(1) + "\" checked"));
        as(convenor).body("{\"themeCode\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Fees.\","
                + "\"sourceStatementIds\":[null]}").post(api + "/recommendations").then().statusCode(400)
                .body("errors.sources", containsString("at least one"));
    }

    @Test
    void changesNeedTheCurrentVersionAndTheSameTextTwiceIsRefused() {
        long rec = create("RF", "Prohibit recruitment and placement fees.", id.get(0));
        as(convenor).body(body("RF", "Prohibit recruitment and placement fees.", null, ph.get(0)))
                .post(api + "/recommendations").then().statusCode(400)
                .body("errors.text", containsString("already has a recommendation"));
        as(convenor).body(body("RF", "Prohibit all recruitment fees.", 7L, id.get(0), ph.get(0)))
                .put(api + "/recommendations/" + rec).then().statusCode(409);
        as(convenor).body(body("RF", "Prohibit all recruitment fees.", null, id.get(0), ph.get(0)))
                .put(api + "/recommendations/" + rec).then().statusCode(400)
                .contentType("application/problem+json").body("errors.version", containsString("Send the version"));
        as(convenor).body(body("DW", "Prohibit all recruitment fees.", 0L, id.get(0), ph.get(0)))
                .put(api + "/recommendations/" + rec).then().statusCode(200).body("number", equalTo("DW.1"))
                .body("sources", hasSize(2));
        as(convenor).body(body("DW", "No sources.", 1L)).put(api + "/recommendations/" + rec).then()
                .statusCode(400).body("errors.sources", containsString("at least one"));
        as(convenor).body(body("XX", "", null, 999999L)).post(api + "/recommendations").then().statusCode(400)
                .body("errors.theme", containsString("themes")).body("errors.text", equalTo("Enter a value here."))
                .body("errors.sources", containsString("submitted statements"));
    }

    @Test
    void theOutcomeMatchesTheDispositionsAndItsCsvLeavesRestrictedTextOut() {
        create("RF", "Prohibit recruitment and placement fees.", id.get(0), ph.get(0));
        as(convenor).body("{\"fate\":\"NOT_INCLUDED\",\"rationale\":\"A testimony, kept as evidence only.\"}")
                .put(api + "/statements/" + id.get(1) + "/disposition").then().statusCode(200);
        as(focalId).get(api + "/inputs/" + indonesia.code + "/outcome").then().statusCode(200)
                .body("statements", hasSize(2))
                .body("statements.find { it.statement.id == " + id.get(1) + " }.fate", equalTo("NOT_INCLUDED"))
                .body("statements.find { it.statement.id == " + id.get(1) + " }.rationale",
                        equalTo("A testimony, kept as evidence only."));
        String page = given().auth().preemptive().basic(focalId.username, TestData.PASSWORD)
                .get("/rounds/" + round.id + "/outcome/" + indonesia.code).then().statusCode(200).extract().asString();
        assertTrue(page.contains("A testimony, kept as evidence only."));
        assertTrue(page.contains("RF.1"));
        String csv = given().auth().preemptive().basic(focalId.username, TestData.PASSWORD)
                .get("/rounds/" + round.id + "/outcome/" + indonesia.code + "/csv").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("Cache-Control", "no-store").extract().asString();
        assertTrue(csv.contains("\"Merged\""), csv);
        assertTrue(csv.contains("A testimony, kept as evidence only."));
        assertTrue(!csv.contains("Testimony of a worker") && !csv.contains("Evidence of"), csv);
        assertEquals(3, csv.split("\r\n").length);
    }

    @Test
    void suggestionsFindNearDuplicatesFromDifferentConstituenciesAndAreStable() {
        String first = as(convenor).get(api + "/suggestions").then().statusCode(200)
                .body("[0].statements.id", containsInAnyOrder(id.get(0).intValue(), ph.get(0).intValue()))
                .body("[0].sharedTerms", hasItem("fees")).body("[0].mergedInto", nullValue())
                .extract().asString();
        assertEquals(first, as(convenor).get(api + "/suggestions").then().extract().asString());
        create("RF", "Prohibit recruitment and placement fees.", id.get(0), ph.get(0));
        as(convenor).get(api + "/suggestions").then().body("[0].mergedInto", equalTo("RF.1"));
    }
}
