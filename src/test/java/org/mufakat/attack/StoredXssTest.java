package org.mufakat.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mufakat.Chromium;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.input.NationalInput;
import org.mufakat.input.Statement;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Stored XSS (ASVS 5.0 V1.2, V1.3): a script payload, a javascript: URL and spreadsheet formulas put into the text
 * fields through the API come back as text. Pages are opened in Debian's Chromium with JavaScript on and the
 * Content-Security-Policy bypassed (so escaping alone must hold): no dialog fires, no element the payload would make
 * exists, the payload reads as text. The resource book's PDF and DOCX show it as text with no javascript: link, and
 * the CSV tables neutralise cells that a spreadsheet would run. Skipped, with a message, where Chromium is not
 * installed; {@code MUFAKAT_REQUIRE_BROWSER} makes a missing browser a failure.
 */
@QuarkusTest
class StoredXssTest {

    static final String SCRIPT = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
    static final String JS_URL = "javascript:alert(3)";
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String[] FORMULAS = { HYPERLINK, "=1+1", "@SUM(A1:A9)", "+1+1", "-1+1" };
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        if (Chromium.available()) {
            playwright = Playwright.create();
            browser = Chromium.launch(playwright);
        }
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    /** A multipart upload as an API client sends it, with its own CSRF double-submit token. */
    static RequestSpecification multipart(Account a) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString()
                .substring(0, 16).getBytes(StandardCharsets.US_ASCII));
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("multipart/form-data")
                .cookie("csrf-token", token).header("X-CSRF-TOKEN", token);
    }

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCollectingRoundShowsThePayloadAsTextOnEveryPage() {
        Constituency c = TestData.constituency("Xssland");
        Account convenor = TestData.account("xssconv").convenor().build();
        Account focal = TestData.account("xssfp").focalPointFor(c).build();
        long round = api(convenor).body(Map.of("title", "Round " + SCRIPT, "purpose", SCRIPT + " " + JS_URL,
                "themes", List.of(Map.of("code", "RF", "title", "Fees " + SCRIPT)), "addressees", List.of("To "
                        + SCRIPT), "constituencyCodes", List.of(c.code), "inputDeadline", TODAY.plusDays(9).toString(),
                "reviewStages", List.of("MEMBER_REVIEW"))).post("/api/v1/rounds").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        api(convenor).body("{}").post("/api/v1/rounds/" + round + "/advance").then().statusCode(200);
        String input = "/api/v1/rounds/" + round + "/inputs/" + c.code;
        api(focal).body(Map.of("venue", SCRIPT, "preamble", SCRIPT + "\n\n[click](" + JS_URL + ")"))
                .put(input).then().statusCode(200);
        api(focal).body(Map.of("theme", "RF", "addressee", "To " + SCRIPT, "text", SCRIPT + "\n\n[a link]("
                + JS_URL + ") <a href=\"" + JS_URL + "\">raw</a>", "evidence", SCRIPT)).post(input + "/statements")
                .then().statusCode(201);
        api(focal).body(Map.of("theme", "RF", "addressee", "To " + SCRIPT, "text", HYPERLINK)).post(input
                + "/statements").then().statusCode(201);
        multipart(focal).multiPart("file", SCRIPT + ".pdf", PDF, "application/pdf").post(input + "/attachments")
                .then().statusCode(201);

        String r = "/rounds/" + round;
        browse(convenor, true, "/rounds", r, r + "/inputs/" + c.code, r + "/edit", "!/");
        browse(focal, false, r + "/inputs/" + c.code, "!" + r + "/inputs/" + c.code + "/revisions", "!/notices");
    }

    @Test
    void networkAndForumNamesAreShownAsText() {
        Account sec = TestData.account("xsssec").secretariat().build();
        long account = api(sec).body(Map.of("username", "xss" + TestData.next(), "displayName", SCRIPT,
                "password", "a long api password")).post("/api/v1/accounts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long forum = api(sec).body(Map.of("name", "Forum " + SCRIPT, "acronym", "X" + TestData.next(), "space",
                "CREATED", "entry", "OPEN", "convenedBy", SCRIPT, "frequency", SCRIPT, "notes", SCRIPT + " " + JS_URL))
                .post("/api/v1/forums").then().statusCode(201).extract().jsonPath().getLong("id");
        api(sec).body(Map.of("title", "Session " + SCRIPT, "startsOn", TODAY.toString(), "venue", SCRIPT, "host",
                SCRIPT)).post("/api/v1/forums/" + forum + "/sessions").then().statusCode(201);
        long organisation = api(sec).body(Map.of("constituencyCode", TestData.constituency("Orgland").code, "name",
                "Org " + SCRIPT, "acronym", "X", "contactName", SCRIPT)).post("/api/v1/organisations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        browse(sec, true, "/accounts", "/accounts/" + account, "/accounts/" + account + "/edit", "/forums",
                "/forums/" + forum, "/forums/" + forum + "/edit", "/organisations", "/organisations/" + organisation,
                "!/audit");
    }

    @Test
    void reviewSubmissionAndTheResourceBookKeepThePayloadText() throws IOException {
        Constituency id = TestData.constituency("Xssnesia");
        Constituency ph = TestData.constituency("Xsspines");
        Account convenor = TestData.account("xssrev").convenor().build();
        Account focal = TestData.account("xssrfp").focalPointFor(ph).build();
        ForumSession session = ForumTestData.session(ForumTestData.forum("Forum " + TestData.next(),
                ForumSpace.SANCTIONED), "Session " + SCRIPT, TODAY.minusDays(3));
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, id, ph);
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(round.id);
            r.forumSession = ForumSession.findById(session.id);
            NationalInput in = NationalInput.find(r, Constituency.findById(ph.id));
            int position = 2;
            for (String text : FORMULAS) {
                Statement s = new Statement();
                s.input = in;
                s.theme = r.themes.get(0);
                s.position = position++;
                s.addressee = "ASEAN";
                s.text = text;
                s.evidence = SCRIPT;
                s.createdAt = Instant.now();
                s.createdBy = "test";
                s.persist();
            }
            Recommendation rf = Recommendation.find("round = ?1 and text = ?2", r, ReviewTestData.RF).firstResult();
            rf.text = "Abolish fees " + SCRIPT + " [see](" + JS_URL + ")";
            rf.unvarnishedText = HYPERLINK;
        });
        long rf = QuarkusTransaction.requiringNew().call(() -> ((Recommendation) Recommendation.find(
                "round.id = ?1 and text like 'Abolish fees%'", round.id).firstResult()).id);
        String review = "/api/v1/rounds/" + round.id + "/recommendations/" + rf;
        api(convenor).body(Map.of("body", "Comment " + SCRIPT + " [x](" + JS_URL + ")", "quote", SCRIPT))
                .post(review + "/comments").then().statusCode(201);
        api(focal).body(Map.of("body", "=1+1 " + SCRIPT)).post(review + "/comments").then().statusCode(201);
        RoundTestData.setStatus(round, RoundStatus.FINAL);
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(Versions.class).get()
                .take(Round.findById(round.id), "Final " + SCRIPT, true, "test"));
        long forewordVersion = api(convenor).get("/api/v1/rounds/" + round.id + "/foreword").then().statusCode(200)
                .extract().jsonPath().getLong("version");
        api(convenor).body(Map.of("text", "Foreword " + SCRIPT + "\n\n[x](" + JS_URL + ")\n\n" + HYPERLINK,
                "version", forewordVersion)).put("/api/v1/rounds/" + round.id + "/foreword").then().statusCode(200);
        long submission = api(convenor).body(Map.of("forumSessionId", session.id, "register", "CALIBRATED",
                "coverLetter", "Dear Chair " + SCRIPT + "\n\n[x](" + JS_URL + ")", "recipients", SCRIPT))
                .post("/api/v1/rounds/" + round.id + "/submissions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String events = "/api/v1/submissions/" + submission + "/events";
        api(convenor).body(Map.of("kind", "RECEIVED", "occurredOn", TODAY.toString(), "note", SCRIPT, "link",
                JS_URL)).post(events).then().statusCode(400);
        long event = api(convenor).body(Map.of("kind", "RECEIVED", "occurredOn", TODAY.toString(), "note", SCRIPT,
                "link", "https://example.org/?q=%22%3E%3Cscript%3Ealert(4)%3C/script%3E")).post(events).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        multipart(convenor).multiPart("file", SCRIPT + ".pdf", PDF, "application/pdf").post(events + "/" + event
                + "/evidence").then().statusCode(201);

        String r = "/rounds/" + round.id;
        browse(convenor, true, r, r + "/review", r + "/review/recommendations/" + rf, r + "/review/document",
                "!" + r + "/review/versions", r + "/recommendations", "!" + r + "/outcome", r + "/export",
                r + "/submissions/" + submission, "!" + r + "/submissions/new");
        browse(focal, false, r + "/review", r + "/review/recommendations/" + rf, "!" + r + "/outcome");

        for (String edition : new String[] { "public", "internal" }) {
            String pdf = pdfText(download(convenor, round.id, "format=pdf&edition=" + edition));
            assertTrue(pdf.contains("<script>alert(2)</script>"), "the PDF shows the payload as text");
            String docx = docxText(download(convenor, round.id, "format=docx&edition=" + edition));
            assertTrue(docx.contains("<script>alert(2)</script>"), "the DOCX shows the payload as text");
        }
        String csv = csvText(download(convenor, round.id, "format=csv&edition=internal"));
        for (String cell : FORMULAS) {
            String formula = cell.replace("\"", "\"\"");
            assertTrue(csv.contains("'" + formula), "the CSV holds " + formula + " neutralised");
            int at = -1;
            while ((at = csv.indexOf(formula, at + 1)) >= 0) {
                char before = at == 0 ? '\n' : csv.charAt(at - 1);
                assertTrue(before != ',' && before != '\n' && before != '"',
                        "a cell starts with " + formula + ": " + csv.substring(Math.max(0, at - 40), at + 20));
            }
        }
    }

    /**
     * Opens each page as the account (with or without JavaScript) and checks that the payload stayed text: no
     * dialog, no element or javascript: link it would make, and (unless the path starts with "!") its text shown.
     */
    private void browse(Account who, boolean javascript, String... paths) {
        assumeTrue(browser != null, "Chromium not found at " + Chromium.PATH + "; the browser part is skipped");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true)
                .setJavaScriptEnabled(javascript))) {
            List<String> dialogs = new ArrayList<>();
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(page.url() + ": " + dialog.message());
                dialog.dismiss();
            });
            page.navigate(url("/login"));
            page.getByLabel("Username").fill(who.username);
            page.getByLabel("Password").fill(TestData.PASSWORD);
            page.locator("button[type=submit].button").click();
            for (String entry : paths) {
                boolean showsPayload = !entry.startsWith("!");
                String path = showsPayload ? entry : entry.substring(1);
                com.microsoft.playwright.Response response = page.navigate(url(path));
                assertEquals(200, response.status(), path);
                assertEquals(0, page.locator("img[src='x'], img[onerror], script:not([src])").count()
                        - page.locator("script:not([src])[type='application/ld+json']").count(),
                        path + " holds an element the payload made");
                assertEquals(0, page.locator("[href^='javascript:' i], [src^='javascript:' i]").count(),
                        path + " holds a javascript: link");
                if (showsPayload) {
                    assertTrue(page.locator("body").innerText().contains("<script>alert(2)</script>")
                            || (Boolean) page.evaluate("p => [...document.querySelectorAll('input, textarea')]"
                                    + ".some(e => e.value.includes(p))", "<script>alert(2)</script>"),
                            path + " shows the payload as text");
                }
            }
            page.waitForTimeout(200);
            assertEquals(List.of(), dialogs, "no dialog fired");
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    static byte[] download(Account who, long round, String query) {
        return api(who).get("/api/v1/rounds/" + round + "/export?" + query).then().statusCode(200).extract()
                .asByteArray();
    }

    static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action instanceof PDActionURI uri) {
                            assertFalse(uri.getURI().trim().toLowerCase().startsWith("javascript:"),
                                    "a javascript: link in the PDF: " + uri.getURI());
                        }
                        assertFalse(action != null && "JavaScript".equals(action.getSubType()),
                                "a JavaScript action in the PDF");
                    }
                }
            }
            assertTrue(doc.getDocumentCatalog().getNames() == null
                    || doc.getDocumentCatalog().getNames().getJavaScript() == null, "document JavaScript in the PDF");
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            for (XWPFHyperlink link : doc.getHyperlinks()) {
                assertFalse(link.getURL().trim().toLowerCase().startsWith("javascript:"),
                        "a javascript: link in the DOCX: " + link.getURL());
            }
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    static String csvText(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().endsWith(".csv")) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
