package org.mufakat.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
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
 * A national input's files and revisions through {@code /api/v1}, with the pages' rules: focal points attach and
 * remove, every reader downloads, a restricted file is neither listed nor downloadable for readers it is not open to,
 * revisions only for the convenor and the focal points.
 */
@QuarkusTest
class InputFilesApiTest {

    Constituency own;
    Constituency other;
    Round round;
    Account focal;
    Account member;
    Account observer;
    Account convenor;
    Account otherFocal;
    String api;

    @BeforeEach
    void setUp() {
        own = TestData.constituency("Indonesia");
        other = TestData.constituency("Philippines");
        round = RoundTestData.collecting(own, other);
        focal = TestData.account("ifa").focalPointFor(own).build();
        member = TestData.account("ifm").memberOf(TestData.organisation(own, "Migrant CARE")).build();
        observer = TestData.account("ifo").observer().build();
        convenor = TestData.account("ifc").convenor().build();
        otherFocal = TestData.account("ifx").focalPointFor(other).build();
        api = "/api/v1/rounds/" + round.id + "/inputs/" + own.code;
    }

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD);
    }

    /** A multipart upload as an API client sends it: the CSRF double submit is a token of its own choosing. */
    static Response upload(Account who, String path, String name, byte[] bytes, boolean restricted) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString()
                .substring(0, 16).getBytes(StandardCharsets.US_ASCII));
        RequestSpecification request = as(who).contentType("multipart/form-data").cookie("csrf-token", token)
                .header("X-CSRF-TOKEN", token).multiPart("file", name, bytes, "application/octet-stream");
        if (restricted) {
            request = request.multiPart("restricted", "true");
        }
        return request.post(path + "/attachments");
    }

    long upload(String name, boolean restricted) {
        return upload(focal, api, name, AttachmentTest.PDF, restricted).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static long audited(Account who, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                who.username, action));
    }

    @Test
    void aFocalPointAttachesAFileEveryReaderDownloadsAndOnlyFocalPointsRemove() {
        Response created = upload(focal, api, "../../Report <final>.pdf", AttachmentTest.PDF, false);
        created.then().statusCode(201).body("fileName", equalTo("Report _final_.pdf"))
                .body("contentType", equalTo("application/pdf")).body("restricted", equalTo(false))
                .body("uploadedBy", equalTo(focal.username));
        long id = created.jsonPath().getLong("id");
        assertEquals(api + "/attachments/" + id, created.jsonPath().getString("downloadUrl"));
        assertTrue(created.header("Location").endsWith(api + "/attachments/" + id));

        for (Account reader : List.of(focal, member, observer, convenor)) {
            as(reader).get(api + "/attachments").then().statusCode(200).body("id", equalTo(List.of((int) id)));
        }
        Response d = as(member).get(api + "/attachments/" + id);
        assertEquals(200, d.statusCode());
        assertEquals("application/pdf", d.contentType());
        assertTrue(d.header("Content-Disposition").startsWith("attachment; filename=\"Report _final_.pdf\""));
        assertArrayEquals(AttachmentTest.PDF, d.asByteArray());

        for (Account a : List.of(member, observer, convenor)) {
            as(a).delete(api + "/attachments/" + id).then().statusCode(403).contentType("application/problem+json");
        }
        as(focal).delete(api + "/attachments/" + id).then().statusCode(204);
        as(focal).get(api + "/attachments").then().body("$", hasSize(0));
        as(focal).delete(api + "/attachments/" + id).then().statusCode(404);
        assertEquals(1, audited(focal, "input.attachment-added"));
        assertEquals(1, audited(focal, "input.attachment-deleted"));
    }

    @Test
    void aRestrictedFileIsNeitherListedNorDownloadableForReadersItIsNotOpenTo() {
        long open = upload("report.pdf", false);
        long restricted = upload("testimony.pdf", true);
        for (Account a : List.of(member, observer)) {
            as(a).get(api + "/attachments").then().statusCode(200).body("id", equalTo(List.of((int) open)))
                    .body("fileName", not(hasItem("testimony.pdf")));
            as(a).get(api + "/attachments/" + restricted).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        for (Account a : List.of(focal, convenor)) {
            as(a).get(api + "/attachments").then().body("id", equalTo(List.of((int) open, (int) restricted)))
                    .body("find { it.id == " + restricted + " }.restricted", equalTo(true));
            as(a).get(api + "/attachments/" + restricted).then().statusCode(200);
        }
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2"
                + " and details like '%restricted file #%'", focal.username, "input.attachment-added") == 1),
                "the audit trail names a restricted file by its id only");
    }

    @Test
    void anotherConstituencysFocalPointIsRefusedAndAFileOfAnotherRoundIsNotFound() {
        long id = upload("report.pdf", false);
        String theirs = "/api/v1/rounds/" + round.id + "/inputs/" + other.code;
        upload(otherFocal, api, "planted.pdf", AttachmentTest.PDF, false).then().statusCode(403);
        as(otherFocal).get(api + "/attachments").then().statusCode(403).contentType("application/problem+json");
        as(otherFocal).get(api + "/attachments/" + id).then().statusCode(403);
        as(otherFocal).get(theirs + "/attachments/" + id).then().statusCode(403);
        as(otherFocal).delete(theirs + "/attachments/" + id).then().statusCode(403);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'permission.denied'", otherFocal.username) >= 4));

        Round later = RoundTestData.collecting(own, other);
        String elsewhere = "/api/v1/rounds/" + later.id + "/inputs/" + own.code + "/attachments/" + id;
        as(focal).get(elsewhere).then().statusCode(404);
        as(focal).delete(elsewhere).then().statusCode(404);
        as(focal).get(api + "/attachments").then().body("id", equalTo(List.of((int) id)));
    }

    @Test
    void unprotectedMissingDisguisedAndLateUploadsStoreNothing() {
        as(focal).contentType("multipart/form-data").multiPart("file", "x.pdf", AttachmentTest.PDF, "application/pdf")
                .post(api + "/attachments").then().statusCode(400);
        upload(focal, api, "report.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1), false).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.file", containsString("its content was checked"));
        String token = "AAAAAAAAAAAAAAAAAAAAAA";
        as(focal).contentType("multipart/form-data").cookie("csrf-token", token).header("X-CSRF-TOKEN", token)
                .multiPart("restricted", "true").post(api + "/attachments").then().statusCode(400)
                .body("errors.file", notNullValue());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Attachment.count("input.round.id", round.id)));

        String statement = "{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Abolish fees.\"}";
        as(focal).contentType("application/json").body(statement).post(api + "/statements").then().statusCode(201);
        long version = as(focal).get(api).then().extract().jsonPath().getLong("version");
        as(focal).contentType("application/json").body("{\"version\":" + version + "}").post(api + "/submit").then()
                .statusCode(200);
        upload(focal, api, "late.pdf", AttachmentTest.PDF, false).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void revisionsAndTheirDiffAreForTheConvenorAndTheFocalPoints() {
        as(focal).contentType("application/json").body("{\"theme\":\"RF\",\"addressee\":\"ASEAN\","
                + "\"text\":\"Abolish fees.\"}").post(api + "/statements").then().statusCode(201);
        long statement = as(focal).contentType("application/json").body("{\"theme\":\"DW\",\"addressee\":\"ASEAN\","
                + "\"text\":\"A weekly rest day.\"}").post(api + "/statements").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(focal).delete(api + "/statements/" + statement).then().statusCode(204);

        Response list = as(convenor).get(api + "/revisions");
        list.then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(50))
                .body("items.action", equalTo(List.of("input.statement-deleted", "input.statement-added",
                        "input.statement-added")));
        long newest = list.jsonPath().getLong("items[0].id");
        long middle = list.jsonPath().getLong("items[1].id");
        as(focal).get(api + "/revisions/diff?from=" + middle + "&to=" + newest).then().statusCode(200)
                .body("from.id", equalTo((int) middle)).body("to.action", equalTo("input.statement-deleted"))
                .body("lines.findAll { it.kind != 'EQUAL' }.before.join(' ')", containsString("<del>"))
                .body("lines.findAll { it.kind != 'EQUAL' }.before.join(' ')", containsString("weekly rest day"));
        as(focal).get(api + "/revisions?page=2147483647").then().statusCode(200).body("page", equalTo(1));

        for (Account a : List.of(member, observer, otherFocal)) {
            as(a).get(api + "/revisions").then().statusCode(403).contentType("application/problem+json");
            as(a).get(api + "/revisions/diff?from=" + middle + "&to=" + newest).then().statusCode(403);
        }
        as(focal).get(api + "/revisions/diff?from=abc&to=" + newest).then().statusCode(400)
                .contentType("application/problem+json");
        as(focal).get(api + "/revisions/diff").then().statusCode(400);
        Round later = RoundTestData.collecting(own, other);
        as(focal).get("/api/v1/rounds/" + later.id + "/inputs/" + own.code + "/revisions/diff?from=" + middle
                + "&to=" + newest).then().statusCode(404);
    }
}
