package org.mufakat.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.TestData;
import org.mufakat.security.Audience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Refusals of the round import: who may import, bad documents, large ones; and the secretariat's page. */
@QuarkusTest
class RoundImportTest {

    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");

    @Inject
    RoundArchive archive;
    @Inject
    ObjectMapper json;

    ExportTestData data;
    byte[] exported;

    @BeforeEach
    void setUp() {
        data = new ExportTestData().build();
        exported = ExportTestData.archive(archive, data.round.id, ExportTestData.INSIDE);
    }

    @Test
    void onlyTheSecretariatImports() {
        long before = RoundArchiveTest.rounds();
        ExportTestData.api(data.convenor).body(exported).post("/api/v1/rounds/import").then().statusCode(403)
                .contentType(containsString("problem+json"));
        ExportTestData.api(data.convenor).body(exported).post("/api/v1/rounds/import?dryRun=true").then()
                .statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body(exported)
                .post("/api/v1/rounds/import").then().statusCode(401);
        assertEquals(before, RoundArchiveTest.rounds());
    }

    @Test
    void aBadDocumentIsRefusedWithEveryProblemAndNothingWritten() throws Exception {
        long before = RoundArchiveTest.rounds();
        ExportTestData.api(data.secretariat).body("{ not json").post("/api/v1/rounds/import").then()
                .statusCode(400).body("errors", hasKey("document"));
        ExportTestData.api(data.secretariat).body("{\"schema\":\"something-else/9\"}").post("/api/v1/rounds/import")
                .then().statusCode(400).body("errors.schema", containsString("mufakat-round/1"));

        ObjectNode doc = (ObjectNode) json.readTree(exported);
        ((ObjectNode) doc.get("round")).put("status", "DONE");
        ((ObjectNode) doc.get("inputs").get(0).get("statements").get(0)).put("theme", "XX");
        ((ObjectNode) doc.get("recommendations").get(0).get("sources").get(0)).put("statement", "NOPE-9");
        ((ObjectNode) doc.get("comments").get(0)).remove("body");
        Response refused = ExportTestData.api(data.secretariat).body(json.writeValueAsBytes(doc))
                .post("/api/v1/rounds/import");
        refused.then().statusCode(400).contentType(containsString("problem+json"))
                .body("errors", hasKey("round.status")).body("errors", hasKey("inputs[0].statements[0].theme"))
                .body("errors", hasKey("recommendations[0].sources[0]")).body("errors", hasKey("comments[0].body"));

        byte[] outside = ExportTestData.archive(archive, data.round.id,
                Audience.outside(false, Audience.Register.CALIBRATED));
        ExportTestData.api(data.secretariat).body(outside).post("/api/v1/rounds/import").then().statusCode(400)
                .body("errors", hasKey("inputs[0].constituency"));

        ObjectNode tooLong = (ObjectNode) json.readTree(exported);
        ((ObjectNode) tooLong.get("round")).put("title", "T".repeat(5000));
        ExportTestData.api(data.secretariat).body(json.writeValueAsBytes(tooLong)).post("/api/v1/rounds/import")
                .then().statusCode(400).contentType(containsString("problem+json"))
                .body("errors.document", containsString("Nothing was imported"));

        byte[] huge = new byte[RoundImport.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        ExportTestData.api(data.secretariat).body(huge).post("/api/v1/rounds/import").then().statusCode(413);
        assertEquals(before, RoundArchiveTest.rounds(), "nothing was written");
    }

    @Test
    void theSecretariatChecksAndImportsOnThePage() {
        WebSession convenor = WebSession.signIn(data.convenor.username, TestData.PASSWORD);
        convenor.get("/rounds/import").then().statusCode(403);
        convenor.get("/rounds").then().statusCode(200).body(not(containsString("href=\"/rounds/import\"")));

        WebSession browser = WebSession.signIn(data.secretariat.username, TestData.PASSWORD);
        browser.get("/rounds").then().statusCode(200).body(containsString("href=\"/rounds/import\""));
        long imports = countImports();
        Response dry = post(browser, exported, true);
        dry.then().statusCode(200).body(containsString("Recommendations in versions"))
                .body(containsString("Dry run"));
        assertEquals(imports, countImports(), "a dry run records no import");

        Response empty = post(browser, null, false);
        empty.then().statusCode(400).body(containsString("error-summary"))
                .body(containsString("Choose the JSON file"));

        long before = RoundArchiveTest.rounds();
        Response done = post(browser, exported, false);
        done.then().statusCode(303);
        String location = done.header("Location");
        assertEquals(before + 1, RoundArchiveTest.rounds());
        assertTrue(location.matches(".*/rounds/\\d+"), location);
        browser.get(location).then().statusCode(200).body(containsString(data.round.title));
    }

    private static long countImports() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> RoundImportRecord.count());
    }

    private static Response post(WebSession browser, byte[] file, boolean dryRun) {
        Matcher m = TOKEN.matcher(browser.get("/rounds/import").asString());
        var r = browser.request().multiPart("csrf-token", m.find() ? m.group(1) : "");
        if (dryRun) {
            r.multiPart("dryRun", "true");
        }
        if (file != null) {
            r.multiPart("file", "round.json", file, "application/json");
        } else {
            r.multiPart("file", "", new byte[0], "application/octet-stream");
        }
        return r.post("/rounds/import");
    }
}
