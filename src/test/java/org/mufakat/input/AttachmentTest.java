package org.mufakat.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AttachmentTest {

    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    Constituency own;
    Constituency other;
    Round round;
    WebSession focal;
    String page;

    @BeforeEach
    void setUp() {
        own = TestData.constituency("Viet Nam");
        other = TestData.constituency("Lao PDR");
        round = RoundTestData.collecting(own, other);
        focal = WebSession.signIn(TestData.account("att").focalPointFor(own).build().username, TestData.PASSWORD);
        page = "/rounds/" + round.id + "/inputs/" + own.code;
    }

    Response upload(WebSession s, String name, byte[] bytes, String type) {
        Matcher m = TOKEN.matcher(s.get(page).asString());
        String token = m.find() ? m.group(1) : "";
        return s.request().multiPart("csrf-token", token).multiPart("file", name, bytes, type)
                .post(page + "/attachments");
    }

    long stored() {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.count("input.round.id", round.id)
                + AttachmentContent.count() * 0);
    }

    @Test
    void aPdfIsStoredUnderASafeNameAndDownloadedAsAnAttachment() {
        Response r = upload(focal, "../../etc/Report <final>.pdf", PDF, "application/pdf");
        assertEquals(303, r.statusCode());
        Attachment a = QuarkusTransaction.requiringNew().call(
                () -> Attachment.<Attachment>find("input.round.id", round.id).firstResult());
        assertEquals("Report _final_.pdf", a.fileName);
        Response d = focal.get(page + "/attachments/" + a.id);
        assertEquals(200, d.statusCode());
        assertEquals("application/pdf", d.contentType());
        assertTrue(d.header("Content-Disposition").startsWith("attachment; filename=\"Report _final_.pdf\""));
        assertEquals("nosniff", d.header("X-Content-Type-Options"));
        assertArrayEquals(PDF, d.asByteArray());
        focal.get(page).then().body(org.hamcrest.Matchers.containsString("Report _final_.pdf"));
    }

    @Test
    void disguisedOversizedAndUnprotectedUploadsStoreNothing() {
        Response disguised = upload(focal, "report.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1),
                "application/pdf");
        assertEquals(400, disguised.statusCode());
        assertTrue(disguised.asString().contains("its content was checked"));
        byte[] big = new byte[(int) FileType.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Response oversized = upload(focal, "big.pdf", big, "application/pdf");
        assertEquals(400, oversized.statusCode());
        assertTrue(oversized.asString().contains("larger than 10 MB"));
        Response noToken = focal.request().multiPart("file", "x.pdf", PDF, "application/pdf")
                .post(page + "/attachments");
        assertEquals(400, noToken.statusCode());
        assertEquals(0L, stored());
    }

    @Test
    void anotherFocalPointCannotDownloadOrDeleteByGuessingIds() {
        upload(focal, "evidence.png", new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2 },
                "image/png");
        Attachment a = QuarkusTransaction.requiringNew().call(
                () -> Attachment.<Attachment>find("input.round.id", round.id).firstResult());
        WebSession intruder = WebSession.signIn(TestData.account("attx").focalPointFor(other).build().username,
                TestData.PASSWORD);
        String theirs = "/rounds/" + round.id + "/inputs/" + other.code;
        intruder.get(theirs + "/attachments/" + a.id).then().statusCode(403);
        intruder.get(page + "/attachments/" + a.id).then().statusCode(403);
        assertEquals(403, intruder.submit(theirs, theirs + "/attachments/" + a.id + "/delete").statusCode());
        assertEquals(1L, stored());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'permission.denied' and objectType = 'Attachment' and objectId = ?1",
                a.id.toString()) >= 2));
        assertEquals(303, focal.submit(page + "/attachments/" + a.id + "/delete",
                page + "/attachments/" + a.id + "/delete").statusCode());
        assertEquals(0L, stored());
    }

    @Test
    void officeDocumentsAreRecognisedByWhatTheZipHolds() throws Exception {
        assertEquals(FileType.DOCX, FileType.detect(zip("[Content_Types].xml", "<Types/>", "word/document.xml",
                "<w:document/>")).orElseThrow());
        assertEquals(FileType.ODT, FileType.detect(zip("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office/>")).orElseThrow());
        assertTrue(FileType.detect(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>")).isEmpty(),
                "a spreadsheet is not a DOCX");
        assertEquals(FileType.JPEG, FileType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })
                .orElseThrow());
        assertEquals("attachment.docx", FileType.DOCX.safeName("...exe"));
        assertEquals(List.of(), List.of());
    }

    static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i + 1 < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
