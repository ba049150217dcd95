package org.mufakat.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/**
 * Uploads an attacker would try that AttachmentTest, DecompressionBombTest and ZipGuardTest do not (ASVS 5.0 V5):
 * path-like names from Unix and Windows, names carrying CR/LF or quotes to split or forge the download's headers, and
 * a web page or script image dressed as a PDF or PNG. The name stored is one safe segment, the Content-Disposition one
 * header line, and a disguised type stores nothing.
 */
@io.quarkus.test.junit.QuarkusTest
class HostileUploadTest {

    Round round;
    Account focal;
    String api;

    @BeforeEach
    void setUp() {
        Constituency own = TestData.constituency("Hostilia");
        round = RoundTestData.collecting(own);
        focal = TestData.account("hostile").focalPointFor(own).build();
        api = "/api/v1/rounds/" + round.id + "/inputs/" + own.code;
    }

    long stored() {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.count("input.round.id", round.id));
    }

    @Test
    void pathLikeAndHeaderSplittingNamesAreStoredAsOneSafeNameAndSentAsOneHeader() {
        List<String[]> cases = List.of(
                new String[] { "../../etc/passwd", "passwd.pdf" },
                new String[] { "C:\\x\\y.pdf", "y.pdf" },
                new String[] { "..\\..\\windows\\system32\\drivers\\etc\\hosts.pdf", "hosts.pdf" },
                new String[] { "report%0D%0AContent-Type: text/html%0D%0A%0D%0A<script>x</script>.pdf", null },
                new String[] { "tab\tand\u0000nul\u2028line.pdf", null },
                new String[] { "evil\"; filename=\"run.exe.pdf", null });
        for (String[] c : cases) {
            Response created = InputFilesApiTest.upload(focal, api, c[0], AttachmentTest.PDF, false);
            assertEquals(201, created.statusCode(), c[0] + ": " + created.asString());
            String name = created.jsonPath().getString("fileName");
            if (c[1] != null) {
                assertEquals(c[1], name, "the stored name of " + c[0]);
            }
            assertTrue(name.matches("[\\p{L}\\p{N} ._-]+\\.pdf"), "one safe segment: " + name);
            assertFalse(name.contains("/") || name.contains("\\") || name.contains("\r") || name.contains("\n")
                    || name.contains("\"") || name.startsWith("."), name);

            Response download = given().auth().preemptive().basic(focal.username, TestData.PASSWORD)
                    .get(api + "/attachments/" + created.jsonPath().getLong("id"));
            assertEquals(200, download.statusCode());
            assertEquals("application/pdf", download.contentType(), "the type found from the content, no other");
            assertEquals("nosniff", download.header("X-Content-Type-Options"));
            List<String> dispositions = download.headers().getValues("Content-Disposition");
            assertEquals(1, dispositions.size());
            String disposition = dispositions.get(0);
            assertTrue(disposition.startsWith("attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._ -]", "_")
                    + "\"; filename*=UTF-8''"), disposition);
            assertFalse(disposition.contains("\r") || disposition.contains("\n"), disposition);
            assertEquals(1, disposition.chars().filter(ch -> ch == '"').count() / 2, "one quoted name: " + disposition);
        }
        assertEquals(cases.size(), stored());

        Response raw = InputFilesApiTest.upload(focal, api, "report\r\nContent-Type: text/html\r\n\r\n<b>.pdf",
                AttachmentTest.PDF, false);
        assertEquals(400, raw.statusCode(), "a raw CR/LF breaks the part's header: " + raw.asString());
        assertEquals("application/problem+json", raw.contentType());
        assertEquals(cases.size(), stored());
    }

    @Test
    void aWebPageOrAScriptImageDressedAsADocumentStoresNothing() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] pdfThenHtml = ("%PDF".substring(0, 2) + "<html><script>alert(1)</script>")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
        for (Object[] c : new Object[][] { { "minutes.pdf", html }, { "photo.png", svg }, { "scan.pdf", pdfThenHtml },
                { "report.docx", exe }, { "page.html", html }, { "tool.exe", exe } }) {
            InputFilesApiTest.upload(focal, api, (String) c[0], (byte[]) c[1], false).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.file",
                            containsString("its content was checked"));
        }
        assertEquals(0L, stored());
    }
}
