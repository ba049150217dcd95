package org.mufakat.export;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.review.ReviewTestData;
import org.mufakat.round.Round;
import org.mufakat.security.Audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The full JSON export of a round, and its import back: the same round, once, with nothing restricted for outsiders. */
@QuarkusTest
class RoundArchiveTest {

    @Inject
    RoundArchive archive;
    @Inject
    ObjectMapper json;

    ExportTestData data;

    @BeforeEach
    void setUp() {
        data = new ExportTestData().build();
    }

    static long rounds() {
        return QuarkusTransaction.requiringNew().call(() -> Round.count());
    }

    /** The document without what differs between two exports of the same round: ids, installation, time. */
    JsonNode comparable(byte[] document) throws Exception {
        ObjectNode tree = (ObjectNode) json.readTree(document);
        tree.remove("installation");
        tree.remove("exportId");
        tree.remove("exportedAt");
        for (JsonNode s : (ArrayNode) tree.get("submissions")) {
            ((ObjectNode) s).remove("trackingNumber");
        }
        return tree;
    }

    @Test
    void exportThenImportGivesTheSameRoundOnceAndDryRunWritesNothing() throws Exception {
        byte[] exported = ExportTestData.archive(archive, data.round.id, ExportTestData.INSIDE);
        JsonNode doc = json.readTree(exported);
        assertEquals(ArchiveJson.SCHEMA, doc.get("schema").asText());
        assertTrue(new String(exported, java.nio.charset.StandardCharsets.UTF_8).contains(ExportTestData.EVIDENCE),
                "inside the network the evidence travels with the round");
        assertEquals(5, doc.get("inputs").get(0).get("statements").size() + doc.get("inputs").get(1)
                .get("statements").size());
        assertTrue(new String(exported, java.nio.charset.StandardCharsets.UTF_8).contains(data.restrictedText),
                "the convenor's archive holds the restricted statement");

        long before = rounds();
        ExportTestData.api(data.secretariat).body(exported).post("/api/v1/rounds/import?dryRun=true").then()
                .statusCode(200).body("dryRun", equalTo(true)).body("created.rounds", equalTo(1))
                .body("created.statements", equalTo(5)).body("created.recommendations", equalTo(3))
                .body("created.comments", equalTo(2)).body("created.positions", equalTo(2))
                .body("created.submissions", equalTo(1)).body("created.events", equalTo(1))
                .body("created.uptake", equalTo(1)).body("created.constituencies", equalTo(0));
        assertEquals(before, rounds(), "a dry run creates nothing");

        Response imported = ExportTestData.api(data.secretariat).body(exported).post("/api/v1/rounds/import");
        imported.then().statusCode(201).body("alreadyImported", equalTo(false)).body("created.versions",
                equalTo(1));
        long id = imported.jsonPath().getLong("roundId");
        assertEquals(before + 1, rounds());
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and objectId = ?2", "round.imported", String.valueOf(id))));

        byte[] again = ExportTestData.archive(archive, id, ExportTestData.INSIDE);
        assertEquals(comparable(exported), comparable(again), "export, import, export gives the same document");

        ExportTestData.api(data.secretariat).body(exported).post("/api/v1/rounds/import").then().statusCode(200)
                .body("alreadyImported", equalTo(true)).body("roundId", equalTo((int) id));
        assertEquals(before + 1, rounds(), "importing twice does not duplicate");
    }

    @Test
    void anOutsideAudienceReadsNothingRestrictedAndNoAttribution() throws Exception {
        byte[] outside = ExportTestData.archive(archive, data.round.id,
                Audience.outside(false, Audience.Register.UNVARNISHED));
        String text = new String(outside, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains(data.restrictedText), text);
        assertFalse(text.contains("Ana Santos"), "no comment authors without attribution");
        assertFalse(text.contains("Thanked us in the plenary"), "no notes of events outside the network");
        assertFalse(text.contains(ExportTestData.EVIDENCE), "no evidence outside the network, restricted or not");
        assertTrue(text.contains("full stop"), "the unvarnished register");
        assertFalse(text.contains(ReviewTestData.RF.substring(0, 20)) && text.contains("\"text\" : \""
                + ReviewTestData.RF), "recommendations carry no calibrated text");
        JsonNode doc = json.readTree(outside);
        for (JsonNode input : doc.get("inputs")) {
            assertTrue(input.get("constituency") == null, "no constituency named: " + input);
        }
        for (JsonNode r : doc.get("recommendations")) {
            for (JsonNode s : r.get("sources")) {
                assertTrue(s.get("constituency").isNull() && !s.get("restricted").asBoolean(), r.toString());
            }
        }
    }
}
