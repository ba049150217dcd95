package org.mufakat.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mufakat.submission.SubmissionTestData.PDF;
import static org.mufakat.submission.SubmissionTestData.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.input.FileType;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Evidence files on tracking events: upload with the event form or the API, checks, downloads, who may. */
@QuarkusTest
class TrackingEvidenceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));
    static final byte[] PNG = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };

    Account convenor;
    Account focal;
    Account outsider;
    Round round;
    long id;
    String show;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("econv").convenor().build();
        Constituency indonesia = TestData.constituency("Indonesia");
        focal = TestData.account("efid").focalPointFor(indonesia).build();
        outsider = TestData.account("efvn").focalPointFor(TestData.constituency("Viet Nam")).build();
        round = SubmissionTestData.finalRound(false, indonesia, TestData.constituency("Philippines"));
        id = SubmissionTestData.send(convenor, round, ForumTestData.session(ForumTestData.forum(
                "ASEAN Forum on Migrant Labour", ForumSpace.SANCTIONED), "12th AFML", TODAY.plusDays(30)));
        show = "/rounds/" + round.id + "/submissions/" + id;
    }

    long events() {
        return QuarkusTransaction.requiringNew().call(() -> TrackingEvent.count("submission.id", id));
    }

    long files() {
        return QuarkusTransaction.requiringNew().call(() -> TrackingEvidence.count("event.submission.id", id));
    }

    TrackingEvent onlyEvent() {
        return QuarkusTransaction.requiringNew().call(() -> TrackingEvent.<TrackingEvent>find("submission.id", id)
                .firstResult());
    }

    @Test
    void theEventFormTakesAFileStoredOnceUnderASafeNameAndDownloadedAsAnAttachment() {
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get(show).then().body(containsString("enctype=\"multipart/form-data\"")).body(containsString("type=\"file\""));
        String[] fields = { "kind", "ACKNOWLEDGED", "occurredOn", TODAY.toString(), "note", "Letter from the Chair" };
        assertEquals(303, SubmissionTestData.postEvent(c, show, "../../Letter <ACMW>.pdf", PDF, fields).statusCode());
        assertEquals(303, SubmissionTestData.postEvent(c, show, "../../Letter <ACMW>.pdf", PDF, fields).statusCode(),
                "a double click, a retry");
        assertEquals(1, events());
        assertEquals(1, files(), "the retried file is not stored twice");
        TrackingEvent e = onlyEvent();
        String download = show + "/events/" + e.id + "/evidence";
        c.get(show).then().body(containsString("Letter _ACMW_.pdf")).body(containsString(download));

        WebSession reader = WebSession.signIn(focal.username, TestData.PASSWORD);
        Response d = reader.get(download);
        assertEquals(200, d.statusCode());
        assertEquals("application/pdf", d.contentType());
        assertTrue(d.header("Content-Disposition").startsWith("attachment; filename=\"Letter _ACMW_.pdf\""));
        assertEquals("nosniff", d.header("X-Content-Type-Options"));
        assertArrayEquals(PDF, d.asByteArray());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'submission.evidence-added' and objectId = ?1", String.valueOf(id))));

        WebSession intruder = WebSession.signIn(outsider.username, TestData.PASSWORD);
        assertEquals(403, intruder.get(download).statusCode());
        assertEquals(404, reader.get(show + "/events/" + (e.id + 100000) + "/evidence").statusCode());
    }

    @Test
    void aDisguisedOrOversizedFileIsRefusedWithTheTypedValuesKeptAndNothingStored() {
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        Response disguised = SubmissionTestData.postEvent(c, show, "letter.pdf",
                "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1), "kind", "RECEIVED", "occurredOn",
                TODAY.toString(), "note", "Handed over at the venue");
        assertEquals(400, disguised.statusCode());
        assertTrue(disguised.asString().contains("its content was checked"));
        assertTrue(disguised.asString().contains("Handed over at the venue"), "nothing typed is lost");
        byte[] big = new byte[(int) FileType.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Response oversized = SubmissionTestData.postEvent(c, show, "big.pdf", big, "kind", "RECEIVED", "occurredOn",
                TODAY.toString());
        assertEquals(400, oversized.statusCode());
        assertTrue(oversized.asString().contains("larger than 10 MB"));
        Response both = SubmissionTestData.postEvent(c, show, "letter.pdf", "not a pdf".getBytes(
                StandardCharsets.US_ASCII), "kind", "RECEIVED", "occurredOn", "yesterday");
        assertTrue(both.asString().contains("YYYY-MM-DD") && both.asString().contains("its content was checked"),
                "every error at once");
        assertEquals(0, events());
        assertEquals(0, files());
    }

    @Test
    void theApiAttachesAFileToAnEventOnceListsItAndDownloadsIt() {
        long event = api(convenor).body(Map.of("kind", "RESPONSE", "occurredOn", TODAY.toString()))
                .post("/api/v1/submissions/" + id + "/events").then().statusCode(201).body("evidence", nullValue())
                .extract().jsonPath().getLong("id");
        String path = "/api/v1/submissions/" + id + "/events/" + event + "/evidence";
        api(convenor).contentType("multipart/form-data").multiPart("file", "reply.png", PNG, "image/png").post(path)
                .then().statusCode(400); // a form post without the CSRF double submit
        upload(focal, path, "reply.png", PNG).then().statusCode(403);
        upload(convenor, path, "reply.png", PNG).then().statusCode(201).body("name", equalTo("reply.png")).body("type", equalTo("image/png"))
                .body("downloadUrl", equalTo(path));
        upload(convenor, path, "reply.png", PNG).then().statusCode(200);
        upload(convenor, path, "other.pdf", PDF).then().statusCode(409)
                .body("errors.file", containsString("reply.png"));
        upload(convenor, path, "x.pdf", "MZ".getBytes(StandardCharsets.US_ASCII)).then().statusCode(400)
                .body("errors.file", containsString("its content was checked"));
        assertEquals(1, files());

        api(focal).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("events[0].evidence.name", equalTo("reply.png"))
                .body("events[0].evidence.type", equalTo("image/png"))
                .body("events[0].evidence.size", equalTo(PNG.length))
                .body("events[0].evidence.downloadUrl", equalTo(path));
        Response d = api(focal).get(path);
        assertEquals(200, d.statusCode());
        assertTrue(d.header("Content-Disposition").startsWith("attachment; filename=\"reply.png\""));
        assertArrayEquals(PNG, d.asByteArray());
        api(outsider).get(path).then().statusCode(403);
        api(outsider).get("/api/v1/submissions/" + id).then().statusCode(403);

        long other = SubmissionTestData.send(convenor, round, ForumTestData.session(ForumTestData.forum(
                "ASEAN Civil Society Conference", ForumSpace.CREATED), "ACSC/APF", TODAY.plusDays(60)));
        api(focal).get("/api/v1/submissions/" + other + "/events/" + event + "/evidence").then().statusCode(404);
        api(focal).get("/api/v1/submissions/" + id + "/events/999999999/evidence").then().statusCode(404);
    }

    /**
     * A multipart upload as an API client sends it: HTTP Basic, and the CSRF double submit every form post needs (a
     * random token as the csrf-token cookie and the X-CSRF-TOKEN header).
     */
    static Response upload(Account who, String path, String name, byte[] bytes) {
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.util.UUID.randomUUID().toString().substring(0, 16).getBytes(StandardCharsets.US_ASCII));
        return api(who).contentType("multipart/form-data").cookie("csrf-token", token).header("X-CSRF-TOKEN", token)
                .multiPart("file", name, bytes, "application/octet-stream").post(path);
    }
}
