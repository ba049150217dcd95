package org.mufakat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
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
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Whole stories in Debian's Chromium: without JavaScript, as on an old phone, and an axe-core accessibility scan of
 * the pages on the way. Every story runs twice, on a 360 px phone and on a 1280 px desktop; on every page it scans,
 * no page is wider than the window. Skipped, with a message, where Chromium is not installed; CI installs it and sets
 * {@code MUFAKAT_REQUIRE_BROWSER} so that a missing browser fails instead.
 */
@QuarkusTest
class BrowserStoryTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MUFAKAT_CHROMIUM", "/usr/bin/chromium"));
    static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() throws Exception {
        boolean required = System.getenv("MUFAKAT_REQUIRE_BROWSER") != null;
        if (required) {
            assertTrue(Files.isExecutable(CHROMIUM), "Chromium not found at " + CHROMIUM);
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not found at " + CHROMIUM + "; browser tests skipped");
        installAxe();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The two widths every story runs at: an old phone and a desktop. */
    static final int PHONE = 360;
    static final int DESKTOP = 1280;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void theSecretariatAddsAConstituencyWithTheKeyboardAloneWithoutJavaScript(int width) {
        Account sec = TestData.account("browser").secretariat().build();
        String code = "B" + TestData.next();
        try (BrowserContext context = browser.newContext(options(width).setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url("/constituencies"));
            assertTrue(page.url().endsWith("/login"), "anonymous visitors are sent to sign in");
            page.getByLabel("Username").fill(sec.username);
            page.getByLabel("Password").fill(TestData.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertTrue(page.url().endsWith("/constituencies"), "back where they wanted to go: " + page.url());

            Locator header = page.locator("header.site-header");
            Locator rounds = page.locator("nav a[href='/rounds']");
            if (width == PHONE) {
                assertTrue(header.boundingBox().height <= 80, "the phone's header is one row: "
                        + header.boundingBox().height + " px");
                assertFalse(rounds.isVisible(), "the navigation waits in the menu");
                tabTo(page, "summary");
                page.keyboard().press("Enter");
                assertTrue(rounds.isVisible(), "the menu opens with the keyboard, without JavaScript");
                assertTrue(page.locator("button:has-text('Sign out')").boundingBox().height < 50,
                        "Sign out on one line");
                page.keyboard().press("Enter");
                assertFalse(rounds.isVisible(), "and closes again");
            } else {
                assertTrue(rounds.isVisible(), "on a desktop the navigation is always there");
                assertFalse(page.locator("summary").isVisible(), "and no menu button");
                assertTrue(page.locator("button[lang=th]").isVisible(), "and the languages");
            }

            page.getByText("Add a constituency").click();
            tabTo(page, "#f-code");
            page.keyboard().type(code);
            tabTo(page, "#f-name");
            page.keyboard().type("Brunei");
            tabTo(page, "main button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForLoadState();
            assertTrue(page.locator(".error-summary").textContent().contains("Enter a value here."));
            assertEquals("Brunei", page.locator("#f-name").inputValue(), "typed text survives the error");

            tabTo(page, "#f-country");
            page.keyboard().type("Brunei Darussalam");
            tabTo(page, "main button[type=submit]");
            page.keyboard().press("Space");
            page.waitForLoadState();
            assertTrue(page.locator(".flash").textContent().contains("Constituency Brunei added."),
                    "the form completes with the keyboard alone: " + page.url());

            if (width == PHONE) {
                page.locator("summary").click();
            }
            page.locator("button[lang=id]").click();
            assertTrue(page.locator("h1").textContent().contains("Brunei"));
            assertTrue(page.locator("nav").textContent().contains("Konstituen"));
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void theSecretariatsListsAndAuditTrailFitTheScreen(int width) throws IOException {
        Account sec = TestData.account("browsersec").secretariat().build();
        Forum forum = ForumTestData.forum("Fitted forum", ForumSpace.SANCTIONED);
        ForumSession session = ForumTestData.session(forum, "Fitted session", LocalDate.of(2027, 10, 20));
        String axe = Files.readString(AXE);
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = signIn(context, sec, "/");
            for (String path : new String[] { "/", "/audit", "/accounts", "/accounts/" + sec.id, "/constituencies",
                    "/organisations", "/ratifications", "/impact", "/allies", "/tokens", "/forums",
                    "/forums/" + forum.id, "/forum-sessions/" + session.id + "/engagement", "/rounds/import" }) {
                scan(page, axe, path);
            }
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void aFocalPointOpensTheirInputFromTheRoundAndAddsAStatementWithoutJavaScript(int width) throws IOException {
        Constituency c = TestData.constituency("Indonesia");
        Account fp = TestData.account("story").focalPointFor(c).build();
        Round round = RoundTestData.collecting(c);
        try (BrowserContext context = browser.newContext(options(width).setJavaScriptEnabled(false))) {
            Page page = signIn(context, fp, "/rounds/" + round.id);
            page.getByText("Open the input of " + c.code).click();
            assertTrue(page.url().endsWith("/rounds/" + round.id + "/inputs/" + c.code), page.url());
            page.locator("#f-theme").selectOption("RF");
            page.locator("#f-addressee").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(2));
            page.locator("#f-text").fill("Abolish placement fees charged to workers.");
            page.locator("form[action$='/statements'] button[type=submit]").click();
            assertTrue(page.content().contains("Abolish placement fees charged to workers."));
            assertTrue(page.content().contains("RF-1"));
            assertTrue(page.url().contains("?theme=RF#s"), "back at the statement's theme: " + page.url());
            assertTrue(page.locator("#statements nav [aria-current=page]").textContent().startsWith("RF"));
            double field = page.locator("#f-text").boundingBox().width;
            assertTrue(field >= (width == PHONE ? 280 : 600), "the text field takes the width: " + field + " px");
        }
        String axe = Files.readString(AXE);
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = signIn(context, fp, "/rounds/" + round.id);
            String input = "/rounds/" + round.id + "/inputs/" + c.code;
            for (String path : new String[] { input, input + "/revisions", input + "/offline" }) {
                scan(page, axe, path);
            }
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void roundPagesPassAnAccessibilityScan(int width) throws IOException {
        Constituency c = TestData.constituency("Scanround");
        Account convenor = TestData.account("axeconv").convenor().build();
        Round round = RoundTestData.collecting(c);
        String axe = Files.readString(AXE);
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = signIn(context, convenor, "/");
            for (String path : new String[] { "/rounds", "/rounds/new", "/rounds/" + round.id,
                    "/rounds/" + round.id + "/inputs/" + c.code, "/notices" }) {
                scan(page, axe, path);
            }
            page.navigate(url("/rounds/new"));
            page.locator("form[action='/rounds'] button[type=submit]").click();
            scan(page, axe, null);
            page.navigate(url("/rounds/" + round.id));
            Locator current = page.locator(".stages [aria-current=step]");
            assertEquals(1, current.count(), "one stage is the current one");
            assertTrue(current.textContent().contains("current stage"), "and says so in words");
            assertEquals(0, page.locator(".stages a, .stages [role=tab]").count(), "the stages are no tabs");
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void theConvenorMergesTwoStatementsAndTheFocalPointSeesWhereTheyWent(int width) throws IOException {
        Constituency id = TestData.constituency("Harmonesia");
        Constituency ph = TestData.constituency("Harmonines");
        Account convenor = TestData.account("storyconv").convenor().build();
        Account fp = TestData.account("storyfp").focalPointFor(id).build();
        Round round = RoundTestData.build(org.mufakat.round.RoundStatus.HARMONIZING, id, ph);
        java.util.List<Long> fromId = org.mufakat.input.InputTestData.submitted(round, id,
                "RF|ASEAN|Ban recruitment fees charged to migrant workers.");
        java.util.List<Long> fromPh = org.mufakat.input.InputTestData.submitted(round, ph,
                "RF|ASEAN|Prohibit agencies from charging placement fees to migrant workers.");
        String base = "/rounds/" + round.id;
        String axe = Files.readString(AXE);
        try (BrowserContext context = browser.newContext(options(width).setJavaScriptEnabled(false))) {
            Page page = signIn(context, convenor, base + "/harmonize");
            page.locator("#pick-" + fromId.get(0)).check();
            page.locator("#pick-" + fromPh.get(0)).check();
            page.getByText("Merge into a new recommendation").click();
            assertTrue(page.locator("#f-text").inputValue().contains("Prohibit agencies"));
            page.locator("#f-addressee").fill("ASEAN Member States");
            page.locator("#f-text").fill("Prohibit recruitment and placement fees charged to migrant workers.");
            page.getByText("Create the recommendation").click();
            assertTrue(page.locator(".flash").textContent().contains("Recommendation RF.1 created."));
            assertEquals(2, page.locator(".fate .tag-ok").count(), "both statements are merged");
        }
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = signIn(context, convenor, base + "/harmonize");
            for (String path : new String[] { base + "/harmonize", base + "/harmonize/suggestions",
                    base + "/recommendations/new?statement=" + fromId.get(0), base + "/statements/" + fromId.get(0)
                            + "/disposition", base + "/recommendations", base + "/source-matrix",
                    base + "/outcome" }) {
                scan(page, axe, path);
            }
            if (width == PHONE) {
                page.navigate(url(base + "/source-matrix"));
                assertTrue(page.locator(".scroll-hint").isVisible(), "the wide matrix says that it scrolls");
                tabTo(page, ".scroll[role=region]");
            }
        }
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = signIn(context, fp, base);
            page.getByText("What became of the input of " + id.code).click();
            assertTrue(page.content().contains("Prohibit recruitment and placement fees charged to migrant workers."));
            assertTrue(page.locator("td .tag").first().textContent().contains("Merged"));
            scan(page, axe, null);
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void aFocalPointEndorsesWithAReservationAndTheConvenorSeesTheConsensusWithoutJavaScript(int width)
            throws IOException {
        Constituency vn = TestData.constituency("Viet Nam");
        Constituency kh = TestData.constituency("Cambodia");
        Account fp = TestData.account("storyvn").focalPointFor(vn).build();
        Account convenor = TestData.account("storyconv").convenor().build();
        Round round = ReviewTestData.round(RoundStatus.ENDORSEMENT, LocalDate.now().plusDays(7), vn, kh);
        String review = "/rounds/" + round.id + "/review";
        try (BrowserContext context = browser.newContext(options(width).setJavaScriptEnabled(false))) {
            Page page = signIn(context, fp, review);
            page.getByText("Take a position").first().click();
            assertTrue(page.url().endsWith(review + "/positions"), page.url());
            Locator choices = page.locator("label:has(input[type=radio])");
            for (int i = 0; i < choices.count(); i++) {
                assertTrue(choices.nth(i).boundingBox().height >= 44, "a thumb-sized target: "
                        + choices.nth(i).textContent());
            }
            page.getByLabel("Endorse with a reservation").check();
            page.locator("button[type=submit].button").last().click();
            assertTrue(page.locator(".error-summary").textContent().contains("Write the reservation"));
            page.locator("#f-note").fill("Subject to consultation with our unions.");
            page.locator("button[type=submit].button").last().click();
            assertTrue(page.locator(".flash").textContent().contains("is saved"), page.content());
            page.navigate(url(review));
            assertTrue(page.locator(".footnotes").textContent().contains("Subject to consultation with our unions."));
        }
        String axe = Files.readString(AXE);
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = signIn(context, convenor, review + "/consensus");
            assertTrue(page.locator("main").textContent().contains(vn.name));
            assertTrue(page.locator("main").textContent().contains("Subject to consultation with our unions."));
            assertTrue(page.locator("main").textContent().contains("Silent"));
            long rec = ReviewTestData.byText(round, ReviewTestData.DW).id;
            for (String path : new String[] { review, review + "/consensus", review + "/recommendations/" + rec,
                    review + "/recommendations/" + rec + "/edit", review + "/versions", review + "/finalize",
                    review + "/document", "/notices/settings", "/rounds/" + round.id + "/export" }) {
                scan(page, axe, path);
            }
            if (width == PHONE) {
                page.navigate(url(review + "/consensus"));
                Locator label = page.locator("td[data-label]").first();
                assertEquals("block", label.evaluate("e => getComputedStyle(e).display"), "rows stack into cards");
                assertTrue(((String) label.evaluate("e => getComputedStyle(e, '::before').content"))
                        .contains((String) label.getAttribute("data-label")), "each cell under its column's name");
            }
        }
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = signIn(context, fp, review + "/positions");
            scan(page, axe, null);
        }
    }

    /** A new page that asks for {@code path}, is sent to sign in, and comes back there signed in. */
    private Page signIn(BrowserContext context, Account account, String path) {
        Page page = context.newPage();
        page.navigate(url(path));
        signIn(page, account);
        return page;
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void theConvenorTracksASubmission(int width) throws IOException {
        Constituency th = TestData.constituency("Submitland");
        Account convenor = TestData.account("browsersub").convenor().build();
        Round round = ReviewTestData.round(RoundStatus.FINAL, null, th);
        Versions versions = Arc.container().instance(Versions.class).get();
        QuarkusTransaction.requiringNew().run(() -> versions.take(Round.findById(round.id), "Final", true, "test"));
        ForumSession session = ForumTestData.session(ForumTestData.forum("Tracked forum", ForumSpace.SANCTIONED),
                "Tracked session", LocalDate.of(2027, 3, 1));
        long id = given().auth().preemptive().basic(convenor.username, TestData.PASSWORD)
                .contentType("application/json").body(Map.of("forumSessionId", session.id, "register", "CALIBRATED",
                        "coverLetter", "Dear Chair,", "recipients", "ACMW Chair"))
                .post("/api/v1/rounds/" + round.id + "/submissions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String axe = Files.readString(AXE);
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = signIn(context, convenor, "/");
            String submissions = "/rounds/" + round.id + "/submissions";
            for (String path : new String[] { "/", "/rounds/" + round.id, submissions, submissions + "/" + id,
                    submissions + "/" + id + "/uptake/suggestions", "/rounds/" + round.id + "/review/versions" }) {
                scan(page, axe, path);
            }
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void pagesPassAnAccessibilityScan(int width) throws IOException {
        Constituency c = TestData.constituency("Scanland");
        Account fp = TestData.account("axe").focalPointFor(c).build();
        TestData.organisation(c, "Scanned org");
        String axe = Files.readString(AXE);
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = context.newPage();
            scan(page, axe, "/login");
            signIn(page, fp);
            for (String path : new String[] { "/", "/constituencies", "/constituencies/" + c.id, "/organisations",
                    "/organisations/new", "/password", "/no-such-page" }) {
                scan(page, axe, path);
            }
            page.navigate(url("/organisations/new"));
            page.locator("button[type=submit].button").click();
            scan(page, axe, null);
            page.keyboard().press("Tab");
            assertEquals("Skip to main content", page.evaluate("document.activeElement.textContent"),
                    "the first Tab reaches the skip link");
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { PHONE, DESKTOP })
    void forumPagesPassAnAccessibilityScan(int width) throws IOException {
        Forum forum = ForumTestData.forum("Scanned forum", ForumSpace.SANCTIONED);
        ForumSession session = ForumTestData.session(forum, "Scanned session", LocalDate.of(2027, 10, 20));
        Account sec = TestData.account("axeforum").secretariat().build();
        String axe = Files.readString(AXE);
        try (BrowserContext context = browser.newContext(options(width))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, sec);
            for (String path : new String[] { "/forums", "/forums/new", "/forums/" + forum.id,
                    "/forums/" + forum.id + "/sessions/" + session.id + "/edit" }) {
                scan(page, axe, path);
            }
            page.navigate(url("/forums/new"));
            page.locator("button[type=submit].button").click();
            assertTrue(page.locator(".error-summary").textContent().contains("Choose one of the options."));
            scan(page, axe, null);
        }
    }

    private static void signIn(Page page, Account account) {
        page.getByLabel("Username").fill(account.username);
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.locator("button[type=submit].button").click();
    }

    /** A window {@code width} wide (740 px high for a phone, 800 for a desktop), scripts allowed for axe-core. */
    private static Browser.NewContextOptions options(int width) {
        return new Browser.NewContextOptions().setViewportSize(width, width == PHONE ? 740 : 800).setBypassCSP(true);
    }

    /** Presses Tab until the element that {@code selector} names has the focus, as a keyboard user would. */
    private static void tabTo(Page page, String selector) {
        Locator target = page.locator(selector).first();
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (isFocused(target)) {
                return;
            }
        }
        throw new AssertionError("Tab never reaches " + selector + " on " + page.url());
    }

    private static boolean isFocused(Locator target) {
        try {
            assertThat(target).isFocused(new LocatorAssertions.IsFocusedOptions().setTimeout(50));
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    /**
     * Checks the page as it is: no wider than the window (nothing to pan sideways on a phone), and no serious or
     * critical axe-core violation (scroll areas must be reachable by keyboard).
     */
    @SuppressWarnings("unchecked")
    private void scan(Page page, String axe, String path) {
        if (path != null) {
            page.navigate(url(path));
        }
        Map<String, Object> widths = (Map<String, Object>) page.evaluate(
                "() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth, wide: [...document"
                        + ".querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth"
                        + " && !e.closest('.scroll') && e.checkVisibility()).slice(0, 5)"
                        + ".map(e => e.tagName + '.' + e.className) })");
        assertTrue(((Number) widths.get("page")).intValue() <= ((Number) widths.get("window")).intValue(),
                page.url() + " is wider than the window: " + widths);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }))"
                        + ".violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) }))");
        assertTrue(violations.isEmpty(), page.url() + " has accessibility violations: " + violations);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** axe-core comes from npm (src/test/browser/package.json); installed on first use. */
    private static void installAxe() throws IOException, InterruptedException {
        if (Files.exists(AXE)) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(
                Path.of("src/test/browser").toFile()).inheritIO().start();
        assumeTrue(npm.waitFor() == 0 && Files.exists(AXE), "npm could not install axe-core; browser tests skipped");
    }
}
