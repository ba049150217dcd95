package org.mufakat.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.forum.ForumDemoDataTest;
import org.mufakat.input.InputDemoData;
import org.mufakat.network.NetworkDemoData;
import org.mufakat.review.ProposalVersion;
import org.mufakat.review.VersionItem;
import org.mufakat.round.Round;
import org.mufakat.round.RoundDemoData;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The resource book of the demo's final 19th AFML round, as its readers download it: every recommendation in the
 * PDF, the restricted testimony of the Burmese migrants' input in no public edition (with attribution off or on), the
 * DOCX with Word headings; who may download which edition; the foreword written once, audited, and refused when stale.
 */
@QuarkusTest
@TestProfile(ForumDemoDataTest.DemoData.class)
class ResourceBookTest {

    /** A phrase of the restricted testimony that a line break cannot split. */
    static final String TESTIMONY = "beaten by his employer";

    static long round() {
        return QuarkusTransaction.requiringNew().call(() -> ((Round) Round.find("title",
                RoundDemoData.HARMONIZED_TITLE).firstResult()).id);
    }

    static byte[] download(String user, long round, String query) {
        return given().auth().preemptive().basic(user, NetworkDemoData.DEMO_PASSWORD)
                .get("/api/v1/rounds/" + round + "/export?" + query).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\""))
                .extract().asByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePublicPdfHoldsEveryRecommendationAndNeverTheRestrictedTestimony() throws IOException {
        long round = round();
        assertTrue(InputDemoData.TESTIMONY.contains(TESTIMONY));
        List<String> numbers = QuarkusTransaction.requiringNew().call(() -> VersionItem.listForVersion(
                ProposalVersion.finalVersion(Round.findById(round))).stream().map(i -> i.number).toList());
        assertFalse(numbers.isEmpty());
        String text = pdfText(download("member", round, "format=pdf"));
        for (String n : numbers) {
            assertTrue(text.contains(n + "."), "recommendation " + n + " is printed");
        }
        assertTrue(text.contains(RoundDemoData.HARMONIZED_TITLE));
        assertFalse(text.contains(TESTIMONY), "no restricted testimony in the public edition");
        assertFalse(pdfText(download("convenor", round, "format=pdf&register=UNVARNISHED&edition=public"))
                .contains(TESTIMONY));

        boolean attribution = attribution(round, true);
        try {
            String attributed = pdfText(download("observer", round, "format=pdf"));
            assertTrue(attributed.contains("Burmese migrants in Thailand"), "the annexes print with attribution");
            assertFalse(attributed.contains(TESTIMONY), "still no restricted testimony with attribution on");
        } finally {
            attribution(round, attribution);
        }
        assertTrue(pdfText(download("convenor", round, "format=pdf&edition=internal")).contains(TESTIMONY),
                "the convenor's internal edition shows what the convenor may see");
    }

    private static boolean attribution(long round, boolean shown) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Round r = Round.findById(round);
            boolean before = r.publicAttribution;
            r.publicAttribution = shown;
            return before;
        });
    }

    @Test
    void theBookNotesThailandsObjectionAndWhoOverrodeItForWhatReason() throws IOException {
        long round = round();
        String internal = pdfText(download("convenor", round, "format=pdf&edition=internal"));
        assertTrue(internal.contains("Thai unions ask to word it as a goal for ASEAN"), "the objection's reason");
        assertTrue(internal.contains("convenor, the convenor, finalized the proposal on"), "who overrode it");
        assertTrue(internal.contains("leaves no time for another round of consultation"), "the override's reason");
        assertTrue(internal.contains("while the levy question is open"), "Malaysia's stand-aside with its reason");
        String docx;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download("convenor", round,
                "format=docx&edition=internal")))) {
            docx = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
        assertTrue(docx.contains("Thai unions ask to word it as a goal for ASEAN"), "the objection in the DOCX");
        assertTrue(docx.contains("for this reason: The AFML"), "the override in the DOCX");
    }

    @Test
    void theDocxOpensWithWordHeadings() throws IOException {
        long round = round();
        byte[] docx = download("focal.id", round, "format=docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).filter(h -> !h.equals("Foreword")).toList();
            assertEquals(List.of("The proposal", "Annexes: the national consultations", "The submission record",
                    "Indicators of impact"), headings);
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle())));
            assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains(TESTIMONY)));
        }
    }

    @Test
    void theTablesAndTheArchiveFollowTheEditionToo() throws IOException {
        long round = round();
        StringBuilder csv = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download("member", round,
                "format=csv")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] file = zip.readAllBytes();
                assertTrue(file.length >= 3 && (file[0] & 0xFF) == 0xEF, entry.getName() + " starts with a BOM");
                csv.append(new String(file, StandardCharsets.UTF_8));
            }
        }
        assertTrue(csv.toString().contains("fate,rationale") && !csv.toString().contains(TESTIMONY),
                "the public tables hold statements, never the restricted testimony");
        String outside = new String(download("member", round, "format=json"), StandardCharsets.UTF_8);
        assertTrue(outside.contains("mufakat-round/1") && !outside.contains(TESTIMONY), "the public archive");
        String internal = new String(download("convenor", round, "format=json&edition=internal"),
                StandardCharsets.UTF_8);
        assertTrue(internal.contains(TESTIMONY), "the convenor's internal archive holds what the convenor sees");
        List<String> evidence = new ArrayList<>();
        new ObjectMapper().readTree(internal).path("inputs").forEach(input -> input.path("statements")
                .forEach(st -> {
                    if (st.hasNonNull("evidence")) {
                        evidence.add(st.get("evidence").asText());
                    }
                }));
        assertFalse(evidence.isEmpty(), "the internal archive has evidence");
        for (String e : evidence) {
            assertFalse(outside.contains(e) || csv.toString().contains(e), "no evidence outside the network: " + e);
        }
        given().auth().preemptive().basic("focal.id", NetworkDemoData.DEMO_PASSWORD)
                .get("/api/v1/rounds/" + round + "/export?format=json&edition=internal").then().statusCode(403);
        WebSession.signIn("member", NetworkDemoData.DEMO_PASSWORD).get("/rounds/" + round + "/export").then()
                .statusCode(200).body(not(containsString("size shown after the download")));
    }

    @Test
    void wrongRequestsAreRefusedWithProblems() {
        long round = round();
        String base = "/api/v1/rounds/" + round + "/export?";
        given().auth().preemptive().basic("focal.id", NetworkDemoData.DEMO_PASSWORD)
                .get(base + "format=pdf&edition=internal").then().statusCode(403);
        given().auth().preemptive().basic("convenor", NetworkDemoData.DEMO_PASSWORD)
                .get("/api/v1/rounds/999999/export?format=pdf").then().statusCode(404);
        for (String[] bad : new String[][] { { "format=xls", "format" }, { "format=pdf&register=LOUD", "register" },
                { "format=docx&edition=secret", "edition" }, { "register=CALIBRATED", "format" } }) {
            given().auth().preemptive().basic("convenor", NetworkDemoData.DEMO_PASSWORD).get(base + bad[0]).then()
                    .statusCode(400).contentType("application/problem+json").body("errors." + bad[1],
                            not(equalTo(null)));
        }
        given().get(base + "format=pdf").then().statusCode(401);
    }

    @Test
    void theConvenorWritesTheForewordOnceAndAStaleVersionIsAConflict() throws IOException {
        long round = round();
        given().auth().preemptive().basic("focal.id", NetworkDemoData.DEMO_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("text", "Mine", "version", 0)).put("/api/v1/rounds/" + round + "/foreword").then()
                .statusCode(403);
        long version = given().auth().preemptive().basic("convenor", NetworkDemoData.DEMO_PASSWORD)
                .get("/api/v1/rounds/" + round + "/foreword").then().statusCode(200).extract().jsonPath()
                .getLong("version");
        long saved = given().auth().preemptive().basic("convenor", NetworkDemoData.DEMO_PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("text", "This book *gathers* the voices of nine "
                        + "constituencies.", "version", version))
                .put("/api/v1/rounds/" + round + "/foreword").then().statusCode(200).extract().jsonPath()
                .getLong("version");
        assertTrue(saved > version);
        given().auth().preemptive().basic("convenor", NetworkDemoData.DEMO_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("text", "An older draft", "version", version))
                .put("/api/v1/rounds/" + round + "/foreword").then().statusCode(409);
        given().auth().preemptive().basic("convenor", NetworkDemoData.DEMO_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("text", "x".repeat(Foreword.MAX_LENGTH + 1), "version", saved))
                .put("/api/v1/rounds/" + round + "/foreword").then().statusCode(400).body("errors.text",
                        not(equalTo(null)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.forObject("Round", String.valueOf(round))
                .stream().anyMatch(e -> e.action.startsWith("export.foreword-") && "convenor".equals(e.actor))));
        assertTrue(pdfText(download("member", round, "format=pdf")).contains("gathers the voices of nine"));

        WebSession.signIn("convenor", NetworkDemoData.DEMO_PASSWORD).get("/rounds/" + round + "/export").then()
                .statusCode(200).body(containsString("Resource book (PDF)")).body(containsString(" KB"))
                .body(containsString("format=csv")).body(containsString("<em>gathers</em>"))
                .body(containsString("name=\"version\" value=\"" + saved + "\""));
        WebSession.signIn("member", NetworkDemoData.DEMO_PASSWORD).get("/rounds/" + round + "/export").then()
                .statusCode(200).body(not(containsString("/export/foreword")))
                .body(not(containsString("value=\"internal\"")));
        WebSession.signIn("member", NetworkDemoData.DEMO_PASSWORD).get("/rounds/" + round + "/export?register=LOUD")
                .then().statusCode(400);
    }

    @Test
    void theForewordFormSavesWithAFlashAndComesBackWithWhatWasTyped() {
        long round = round();
        String page = "/rounds/" + round + "/export";
        String action = page + "/foreword";
        WebSession convenor = WebSession.signIn("convenor", NetworkDemoData.DEMO_PASSWORD);
        long version = given().auth().preemptive().basic("convenor", NetworkDemoData.DEMO_PASSWORD)
                .get("/api/v1/rounds/" + round + "/foreword").then().extract().jsonPath().getLong("version");
        assertEquals(303, convenor.submit(page, action, "version", String.valueOf(version), "text",
                "Written in the form.").statusCode());
        assertEquals(303, convenor.submit(page, action, "version", String.valueOf(version), "text",
                "Written in the form.").statusCode(), "a double click saves once, no conflict");
        convenor.get(page).then().statusCode(200).body(containsString("Foreword saved."))
                .body(containsString("Written in the form."));
        convenor.submit(page, action, "version", String.valueOf(version), "text", "").then().statusCode(400)
                .body(containsString("error-summary"));
        convenor.submit(page, action, "version", String.valueOf(version), "text", "A stale draft").then()
                .statusCode(409).body(containsString("A stale draft"));
        WebSession.signIn("focal.id", NetworkDemoData.DEMO_PASSWORD).submit(page, action, "version", "0", "text",
                "Not mine").then().statusCode(403);
    }
}
