package org.mufakat.input;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class OfflineRoundTripTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    Constituency own;
    Constituency other;
    Round round;
    WebSession focal;
    String page;

    @BeforeEach
    void setUp() {
        own = TestData.constituency("Malaysia");
        other = TestData.constituency("Cambodia");
        round = RoundTestData.collecting(own, other);
        focal = WebSession.signIn(TestData.account("off").focalPointFor(own).build().username, TestData.PASSWORD);
        page = "/rounds/" + round.id + "/inputs/" + own.code;
        add("RF", "ASEAN", "End recruitment fees.", "evidence", "Survey of 300 workers");
        add("RF", "ACMW", "Testimony of Siti", "restricted", "true");
        add("AJ", "ASEAN", "Free legal aid.");
    }

    void add(String theme, String addressee, String text, Object... more) {
        Object[] fields = new Object[6 + more.length];
        System.arraycopy(new Object[] { "theme", theme, "addressee", addressee, "text", text }, 0, fields, 0, 6);
        System.arraycopy(more, 0, fields, 6, more.length);
        assertEquals(303, focal.submit(page, page + "/statements", fields).statusCode());
    }

    List<Statement> statements() {
        return InputPageTest.statements(InputPageTest.input(round, own));
    }

    long revisions() {
        return QuarkusTransaction.requiringNew().call(() -> InputRevision.count("input.id",
                InputPageTest.input(round, own).id));
    }

    Response upload(WebSession s, String name, byte[] bytes, String type) {
        return upload(s, page, name, bytes, type);
    }

    static Response upload(WebSession s, String path, String name, byte[] bytes, String type) {
        Matcher m = AttachmentTest.TOKEN.matcher(s.get(path).asString());
        String token = m.find() ? m.group(1) : "";
        return s.request().multiPart("csrf-token", token).multiPart("file", name, bytes, type).post(path + "/offline");
    }

    /** Posts the confirmation form of a preview page, as the browser would. */
    Response confirm(WebSession s, String preview) {
        return s.submit(page, page + "/offline/confirm", "proposal", hidden(preview, "proposal"), "version",
                hidden(preview, "version"), "revision", hidden(preview, "revision"));
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no hidden field " + name);
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static List<String> paragraphs(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(p -> (p.getStyleID() == null ? "" : p.getStyleID() + "|")
                    + p.getText()).toList();
        }
    }

    static void replace(XWPFParagraph p, String text) {
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        p.createRun().setText(text);
    }

    @Test
    void theFocalPointEditsTheDocxInAWordProcessorAndConfirmsThePreview() throws Exception {
        Response download = focal.get(page + "/offline.docx");
        assertEquals(200, download.statusCode());
        assertTrue(download.header("Content-Disposition").startsWith("attachment; filename=\""));
        assertEquals(DOCX, download.contentType());
        List<String> text = paragraphs(download.asByteArray());
        assertTrue(text.contains("Heading2|RF: Recruitment fees and agencies"), text.toString());
        assertTrue(text.contains("Heading2|DW: Domestic workers"));
        assertTrue(text.contains("[RF-1] To ASEAN: End recruitment fees."), text.toString());
        assertTrue(text.contains("Evidence: Survey of 300 workers"));
        assertTrue(text.contains("[RF-R1] (restricted) To ACMW: Testimony of Siti"));
        assertTrue(text.contains("[AJ-1] To ASEAN: Free legal aid."));

        byte[] edited;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download.asByteArray()))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getText().startsWith("[AJ-1]")) {
                    replace(p, "[AJ-1] To ACMW: Free legal aid for every migrant worker.");
                }
            }
            XWPFParagraph added = doc.createParagraph();
            added.createRun().setText("To ASEAN: Open embassies' shelters to all.");
            doc.createParagraph().createRun().setText("Evidence: Shelter census");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            edited = out.toByteArray();
        }
        long before = revisions();
        Response preview = upload(focal, "my input.docx", edited, DOCX);
        assertEquals(200, preview.statusCode());
        String html = preview.asString();
        assertTrue(html.contains("From your file: 1 to add, 1 to change, 2 unchanged."), html);
        assertTrue(html.contains("are not deleted"));
        assertTrue(html.contains("Free legal aid for every migrant worker.") && html.contains(">Free legal aid.<"));
        assertTrue(html.contains("Open embassies&#39;"), "user text is escaped");
        assertEquals(before, revisions(), "a preview changes nothing");

        Response confirmed = confirm(focal, html);
        assertEquals(303, confirmed.statusCode(), confirmed.asString());
        focal.get(page).then().body(containsString("One statement added, one changed."));
        List<Statement> after = statements();
        assertEquals(4, after.size());
        Statement aj1 = after.get(2);
        assertEquals("AJ-1", aj1.number());
        assertEquals("ACMW", aj1.addressee);
        assertEquals("Free legal aid for every migrant worker.", aj1.text);
        Statement aj2 = after.get(3);
        assertEquals("AJ-2", aj2.number());
        assertEquals("ASEAN", aj2.addressee);
        assertEquals("Shelter census", aj2.evidence);
        assertTrue(after.get(1).restricted, "the restricted statement stays restricted");
        assertEquals("Survey of 300 workers", after.get(0).evidence);
        assertEquals(before + 1, revisions());
        long inputId = InputPageTest.input(round, own).id;
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'input.statements-imported' and objectId = ?1", String.valueOf(inputId))));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "details like ?1", "%embassies%")));

        assertEquals(409, confirm(focal, html).statusCode(), "confirming twice adds nothing");
        assertEquals(4, statements().size());
    }

    @Test
    void membersAndObserversDownloadWithoutRestrictedStatementsOrEvidence() throws Exception {
        MemberOrganisation org = TestData.organisation(own, "Tenaganita");
        WebSession member = WebSession.signIn(TestData.account("offm").memberOf(org).build().username,
                TestData.PASSWORD);
        WebSession observer = WebSession.signIn(TestData.account("offo").observer().build().username,
                TestData.PASSWORD);
        for (WebSession reader : List.of(member, observer)) {
            Response docx = reader.get(page + "/offline.docx");
            assertEquals(200, docx.statusCode());
            String all = String.join("\n", paragraphs(docx.asByteArray()));
            assertTrue(all.contains("[RF-1] To ASEAN: End recruitment fees."));
            assertFalse(all.contains("Siti"), all);
            assertFalse(all.contains("Survey of 300"));
            String md = reader.get(page + "/offline.md").then().statusCode(200).extract().asString();
            assertTrue(md.contains("## AJ: Access to justice"));
            assertFalse(md.contains("Siti"));
            assertFalse(md.contains("Survey of 300"));
            reader.get(page).then().body(not(containsString("action=\"" + page + "/offline\"")));
            assertEquals(403, upload(reader, "x.md", "## RF: x\n\nTo ASEAN: planted\n".getBytes(
                    StandardCharsets.UTF_8), "text/markdown").statusCode());
        }
    }

    @Test
    void aMarkdownFileMakesTheSameRoundTrip() {
        Response download = focal.get(page + "/offline.md");
        assertEquals(200, download.statusCode());
        assertTrue(download.header("Content-Disposition").startsWith("attachment; filename=\""));
        String md = download.asString();
        assertTrue(md.contains("## RF: Recruitment fees and agencies"));
        assertTrue(md.contains("[RF-R1] (restricted) To ACMW: Testimony of Siti"), md);
        String edited = md.replace("[RF-1] To ASEAN: End recruitment fees.", "[RF-1] To ASEAN: End all recruitment\nfees by 2027.")
                .replace("## DW: Domestic workers\n", "## DW: Domestic workers\n\nDomestic workers need a weekly day off.\n\nEvidence: Interviews\n");
        Response preview = upload(focal, "input.md", edited.getBytes(StandardCharsets.UTF_8), "text/markdown");
        assertEquals(200, preview.statusCode());
        String html = preview.asString();
        assertTrue(html.contains("From your file: 1 to add, 1 to change, 2 unchanged."), html);
        String seen = hidden(html, "version");
        assertEquals(303, confirm(focal, html).statusCode());
        assertEquals(409, focal.submit(page + "/submit", page + "/submit", "version", seen).statusCode(),
                "the import changed the input: a submit with the version read before it is stale");
        List<Statement> after = statements();
        assertEquals("End all recruitment\nfees by 2027.", after.get(0).text);
        assertEquals("Survey of 300 workers", after.get(0).evidence);
        Statement dw = after.stream().filter(s -> s.number().equals("DW-1")).findFirst().orElseThrow();
        assertEquals("Government of " + own.country, dw.addressee, "no addressee: the first one");
        assertEquals("Interviews", dw.evidence);
    }

    @Test
    void aCopyIsWrittenInTheReadersLanguageAndReadBackWhateverLanguageThePagesSpeak() {
        String thai = focal.request().header("Accept-Language", "th").get(page + "/offline.md").asString();
        assertTrue(thai.contains("[RF-R1] (จำกัดการเข้าถึง) ถึง ACMW: Testimony of Siti"), thai);
        assertTrue(thai.contains("หลักฐาน: Survey of 300 workers"), thai);
        String vietnamese = focal.request().header("Accept-Language", "vi").get(page + "/offline.md").asString();
        assertTrue(vietnamese.contains("[RF-1] Gửi ASEAN: End recruitment fees."), vietnamese);

        String edited = thai.replace("[RF-1] ถึง ASEAN: End recruitment fees.", "[RF-1] ถึง ASEAN: End all fees.")
                .replace("## DW: Domestic workers\n", "## DW: Domestic workers\n\nKepada ASEAN: A weekly day off.\n\n"
                        + "Bukti: Interviews\n\n(hạn chế) Gửi ACMW: Names of the women\n\nEVIDENCE: Letters\n");
        String html = upload(focal, "input.md", edited.getBytes(StandardCharsets.UTF_8), "text/markdown").asString();
        assertTrue(html.contains("From your file: 2 to add, 1 to change, 2 unchanged."), html);
        assertEquals(303, confirm(focal, html).statusCode());
        List<Statement> after = statements();
        assertEquals("End all fees.", after.get(0).text);
        Statement dayOff = after.stream().filter(s -> "A weekly day off.".equals(s.text)).findFirst().orElseThrow();
        assertEquals("ASEAN", dayOff.addressee, "Indonesian \"Kepada\" names the addressee");
        assertEquals("Interviews", dayOff.evidence);
        assertFalse(dayOff.restricted);
        Statement names = after.stream().filter(s -> "Names of the women".equals(s.text)).findFirst().orElseThrow();
        assertEquals("ACMW", names.addressee);
        assertTrue(names.restricted, "Vietnamese \"(hạn chế)\" restricts it");
        assertEquals("Letters", names.evidence, "English keywords are understood in any case");
    }

    @Test
    void problemsAreListedWithWhereTheyAreAndBlockTheConfirmation() {
        String md = "# My notes\n\n## RF: Recruitment fees and agencies\n\n[RF-9] To ASEAN: No such statement\n\n"
                + "To the Moon: Unknown addressee\n\n## XX: Not a theme\n\nLost paragraph\n\n"
                + "## AJ: Access to justice\n\nTo ACMW: A good one\n";
        Response preview = upload(focal, "notes.md", md.getBytes(StandardCharsets.UTF_8), "text/markdown");
        assertEquals(200, preview.statusCode());
        String html = preview.asString();
        assertTrue(html.contains("Line 5"), html);
        assertTrue(html.contains("This input has no statement RF-9"));
        assertTrue(html.contains("is not an addressee of this round"));
        assertTrue(html.contains("is not a theme of this round"));
        assertTrue(html.contains("The paragraph under this heading was not read."));
        assertTrue(html.contains("A good one"));
        assertFalse(html.contains("name=\"proposal\""), "no confirmation while there are problems");
    }

    @Test
    void badFilesGetAClearMessageAndChangeNothing() throws Exception {
        long before = revisions();
        byte[] png = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        Response renamed = upload(focal, "input.docx", png, DOCX);
        assertEquals(400, renamed.statusCode());
        assertTrue(renamed.asString().contains("This file is not a DOCX document or a Markdown text file"));
        Response zip = upload(focal, "input.docx", AttachmentTest.zip("notes.txt", "hello", "x/y.xml", "<a/>"),
                DOCX);
        assertEquals(400, zip.statusCode());
        assertTrue(zip.asString().contains("This file is not a DOCX document"));
        Response broken = upload(focal, "input.docx", AttachmentTest.zip("[Content_Types].xml", "<nope",
                "word/document.xml", "<not xml"), DOCX);
        assertEquals(400, broken.statusCode());
        assertTrue(broken.asString().contains("could not be read"), broken.asString());
        byte[] big = new byte[(int) OfflineImport.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Response oversized = upload(focal, "input.md", big, "text/markdown");
        assertEquals(400, oversized.statusCode());
        assertTrue(oversized.asString().contains("larger than 2 MB"));
        assertEquals(before, revisions());
        assertEquals(3, statements().size());
    }

    @Test
    void aFocalPointOfAnotherConstituencyGets403Everywhere() {
        String md = "## RF: Recruitment fees and agencies\n\nTo ASEAN: Planted\n";
        String preview = upload(focal, "x.md", md.getBytes(StandardCharsets.UTF_8), "text/markdown").asString();
        WebSession intruder = WebSession.signIn(TestData.account("offx").focalPointFor(other).build().username,
                TestData.PASSWORD);
        String theirs = "/rounds/" + round.id + "/inputs/" + other.code;
        intruder.get(page + "/offline.docx").then().statusCode(403);
        intruder.get(page + "/offline.md").then().statusCode(403);
        Matcher m = AttachmentTest.TOKEN.matcher(intruder.get(theirs).asString());
        String token = m.find() ? m.group(1) : "";
        assertEquals(403, intruder.request().multiPart("csrf-token", token).multiPart("file", "x.md",
                md.getBytes(StandardCharsets.UTF_8), "text/markdown").post(page + "/offline").statusCode());
        assertEquals(403, intruder.submit(theirs, page + "/offline/confirm", "proposal", hidden(preview, "proposal"),
                "version", hidden(preview, "version"), "revision", hidden(preview, "revision")).statusCode());
        assertEquals(3, statements().size());
        intruder.get(theirs + "/offline.docx").then().statusCode(200);
    }

    @Test
    void aConfirmationAfterSomeoneElseSavedChangesNothingAndShowsThePreviewAgain() {
        String md = focal.get(page + "/offline.md").asString().replace("Free legal aid.", "Free legal aid now.");
        String preview = upload(focal, "x.md", md.getBytes(StandardCharsets.UTF_8), "text/markdown").asString();
        add("DW", "ASEAN", "Saved meanwhile");
        long before = revisions();
        Response stale = confirm(focal, preview);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("Someone saved this input after you uploaded your file"));
        assertTrue(stale.asString().contains("Free legal aid now."), "the proposal is kept");
        assertEquals("Free legal aid.", statements().stream().filter(s -> s.number().equals("AJ-1")).findFirst()
                .orElseThrow().text);
        assertEquals(before, revisions());
        assertEquals(303, confirm(focal, stale.asString()).statusCode(), "confirming the fresh preview works");
    }
}
