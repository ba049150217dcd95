package org.mufakat.input;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Constituency;
import org.mufakat.network.Instrument;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.Ratification;
import org.mufakat.network.TestData;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class InputPageTest {

    Constituency indonesia;
    Constituency philippines;
    Round round;
    String focalName;
    WebSession focal;
    String page;

    @BeforeEach
    void setUp() {
        indonesia = TestData.constituency("Indonesia");
        philippines = TestData.constituency("Philippines");
        round = RoundTestData.collecting(indonesia, philippines);
        focalName = TestData.account("fpid").focalPointFor(indonesia).build().username;
        focal = WebSession.signIn(focalName, TestData.PASSWORD);
        page = "/rounds/" + round.id + "/inputs/" + indonesia.code;
    }

    Response addStatement(WebSession s, String theme, String addressee, String text, Object... more) {
        Object[] fields = new Object[6 + more.length];
        Object[] base = { "theme", theme, "addressee", addressee, "text", text };
        System.arraycopy(base, 0, fields, 0, 6);
        System.arraycopy(more, 0, fields, 6, more.length);
        return s.submit(page, page + "/statements", fields);
    }

    static NationalInput input(Round round, Constituency c) {
        return QuarkusTransaction.requiringNew().call(() -> NationalInput.find(Round.findById(round.id),
                Constituency.findById(c.id)));
    }

    static List<Statement> statements(NationalInput input) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Statement> list = Statement.listForInput(NationalInput.findById(input.id));
            list.forEach(s -> s.theme.code.length());
            return list;
        });
    }

    @Test
    void theFocalPointDraftsSubmitsAndTheConvenorReturnsIt() {
        focal.get(page).then().statusCode(200).body(containsString("No statements yet"))
                .body(containsString("Not started"));
        Response r = focal.submit(page, page + "/record", "startedOn", "2026-03-02", "endedOn", "2026-03-03",
                "venue", "Jakarta", "organisers", "Migrant CARE", "participantsTotal", "54", "participantsWomen",
                "30", "participantsMen", "22", "participantsOther", "2", "sectors", "unions", "preamble",
                "Indonesia ratified the **1990 Convention**.", "version", "");
        assertTrue(focal.assertFlashAtAnchor(r, "The consultation record is saved.").contains("value=\"Jakarta\""));

        assertEquals(303, addStatement(focal, "RF", "Government of Indonesia", "End *all* recruitment fees.")
                .statusCode());
        assertEquals(303, addStatement(focal, "RF", "ASEAN", "Regulate agencies <script>alert(1)</script>")
                .statusCode());
        focal.assertFlashAtAnchor(addStatement(focal, "AJ", "ACMW", "Free legal aid."), "Statement AJ-1 added.");
        String html = focal.get(page).asString();
        assertTrue(html.contains("RF-1") && html.contains("RF-2"), "the first theme with statements is shown");
        assertTrue(focal.get(page + "?theme=AJ").asString().contains("AJ-1"));
        assertTrue(html.contains("<em>all</em>"), "Markdown is rendered");
        assertTrue(!html.contains("<script>alert(1)</script>"), "markup in statements is never passed through");

        NationalInput input = input(round, indonesia);
        List<Statement> list = statements(input);
        Statement second = list.get(1);
        Response moved = focal.submit(page, page + "/statements/" + second.id + "/move", "direction", "up");
        assertEquals(303, moved.statusCode());
        assertEquals("Regulate agencies <script>alert(1)</script>", statements(input).get(0).text);
        Response tooFar = focal.submit(page, page + "/statements/" + second.id + "/move", "direction", "up");
        assertEquals(409, tooFar.statusCode());
        assertTrue(tooFar.asString().contains("is already first"));

        focal.get(page + "/submit").then().statusCode(200).body(containsString("It will be locked"));
        long version = input(round, indonesia).version;
        Response submitted = focal.submit(page + "/submit", page + "/submit", "version", String.valueOf(version));
        assertEquals(303, submitted.statusCode());
        NationalInput after = input(round, indonesia);
        assertEquals(InputState.SUBMITTED, after.state);
        assertTrue(after.submittedBy.startsWith("fpid"));
        Response locked = addStatement(focal, "DW", "ASEAN", "Too late");
        assertEquals(409, locked.statusCode());
        assertEquals(3, statements(input).size());

        WebSession convenor = WebSession.signIn(TestData.account("conv").convenor().build().username,
                TestData.PASSWORD);
        convenor.get(page).then().statusCode(200).body(containsString("Return for revision"));
        Response noReason = convenor.submit(page + "/return", page + "/return", "reason", "");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("Give a reason"));
        Response returned = convenor.submit(page + "/return", page + "/return", "reason", "Add evidence to RF-1");
        assertEquals(303, returned.statusCode());
        assertEquals(InputState.RETURNED, input(round, indonesia).state);
        focal.get(page).then().body(containsString("Add evidence to RF-1")).body(containsString("Add a statement"));
        focal.get("/notices").then().body(containsString("was returned for revision"))
                .body(containsString("Add evidence to RF-1"));
        assertEquals(303, addStatement(focal, "DW", "ASEAN", "Include domestic workers in labour law.")
                .statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'input.returned' and objectId = ?1", input.id.toString()) == 1));
    }

    @Test
    void submittingNothingIsRefusedAndANilReturnNeedsAReason() {
        Response empty = focal.submit(page + "/submit", page + "/submit", "version", "");
        assertEquals(409, empty.statusCode());
        assertTrue(empty.asString().contains("Add at least one statement or send a nil return"));
        Response noReason = focal.submit(page + "/nil-return", page + "/nil-return", "reason", " ");
        assertEquals(400, noReason.statusCode());
        Response nil = focal.submit(page + "/nil-return", page + "/nil-return", "reason",
                "No consultation could be held this year.");
        assertEquals(303, nil.statusCode());
        NationalInput input = input(round, indonesia);
        assertEquals(InputState.NIL_RETURN, input.state);
        focal.get(page).then().body(containsString("No consultation could be held this year."))
                .body(not(containsString("Add a statement")));
    }

    @Test
    void invalidRecordComesBackWithMessagesAndTheTypedText() {
        Response r = focal.submit(page, page + "/record", "startedOn", "2026-03-05", "endedOn", "2026-03-01",
                "venue", "Kept <venue>", "participantsTotal", "10", "participantsWomen", "8", "participantsMen",
                "5", "participantsOther", "abc", "version", "");
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("cannot end before it started"));
        assertTrue(html.contains("more than the 10 participants in total"));
        assertTrue(html.contains("Enter a whole number"));
        assertTrue(html.contains("value=\"Kept &lt;venue&gt;\""));
        assertEquals(null, input(round, indonesia));
    }

    @Test
    void aStaleStatementEditGetsAConflictPageThatKeepsTheLosersText() {
        addStatement(focal, "RF", "ASEAN", "Original text");
        Statement s = statements(input(round, indonesia)).get(0);
        QuarkusTransaction.requiringNew().run(() -> ((Statement) Statement.findById(s.id)).text = "Saved first");
        Response r = focal.submit(page + "/statements/" + s.id + "/edit", page + "/statements/" + s.id, "theme",
                "RF", "addressee", "ASEAN", "text", "My version", "version", String.valueOf(s.version));
        assertEquals(409, r.statusCode());
        assertTrue(r.asString().contains(">My version</textarea>"));
        assertTrue(r.asString().contains("Saved first"));
        assertEquals("Saved first", statements(input(round, indonesia)).get(0).text);

        Response record = focal.submit(page, page + "/record", "venue", "Mine", "version", "");
        assertEquals(409, record.statusCode(), "an input created since the editor loaded it is a conflict");
        assertTrue(record.asString().contains("value=\"Mine\""));
    }

    @Test
    void deletingAStatementAsksFirstAndRenumbers() {
        addStatement(focal, "RF", "ASEAN", "First");
        addStatement(focal, "RF", "ASEAN", "Second");
        Statement first = statements(input(round, indonesia)).get(0);
        focal.get(page + "/statements/" + first.id + "/delete").then().statusCode(200)
                .body(containsString("cannot be undone"));
        assertEquals(303, focal.submit(page + "/statements/" + first.id + "/delete",
                page + "/statements/" + first.id + "/delete").statusCode());
        List<Statement> left = statements(input(round, indonesia));
        assertEquals(1, left.size());
        assertEquals("RF-1", left.get(0).number());
    }

    @Test
    void anotherConstituencysFocalPointGets403ByPathAndByIdAndIsAudited() {
        addStatement(focal, "RF", "ASEAN", "Ours");
        Statement ours = statements(input(round, indonesia)).get(0);
        WebSession intruder = WebSession.signIn(TestData.account("fpph").focalPointFor(philippines).build()
                .username, TestData.PASSWORD);
        intruder.get(page).then().statusCode(403);
        String theirs = "/rounds/" + round.id + "/inputs/" + philippines.code;
        intruder.get(theirs).then().statusCode(200);
        intruder.get(theirs + "/statements/" + ours.id + "/edit").then().statusCode(403);
        Response changed = intruder.submit(theirs, theirs + "/statements/" + ours.id, "theme", "RF", "addressee",
                "ASEAN", "text", "Planted", "version", "0");
        assertEquals(403, changed.statusCode());
        Response deleted = intruder.submit(theirs, theirs + "/statements/" + ours.id + "/delete");
        assertEquals(403, deleted.statusCode());
        assertEquals("Ours", statements(input(round, indonesia)).get(0).text);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'permission.denied' and objectType = 'Statement' and objectId = ?1",
                ours.id.toString()) >= 2));
    }

    @Test
    void restrictedStatementsAndEvidenceAreHiddenFromMembersAndObservers() {
        addStatement(focal, "AJ", "ASEAN", "Open statement", "evidence", "Secret evidence");
        addStatement(focal, "AJ", "ASEAN", "Testimony of Siti", "restricted", "true");
        MemberOrganisation org = TestData.organisation(indonesia, "Migrant CARE");
        WebSession member = WebSession.signIn(TestData.account("mem").memberOf(org).build().username,
                TestData.PASSWORD);
        WebSession observer = WebSession.signIn(TestData.account("obs").observer().build().username,
                TestData.PASSWORD);
        for (WebSession reader : List.of(member, observer)) {
            reader.get(page).then().statusCode(200).body(containsString("Open statement"))
                    .body(not(containsString("Secret evidence"))).body(not(containsString("Testimony of Siti")))
                    .body(not(containsString("Add a statement")));
            reader.get(page + "/revisions").then().statusCode(403);
        }
        focal.get(page).then().body(containsString("Secret evidence")).body(containsString("Testimony of Siti"));
        WebSession convenor = WebSession.signIn(TestData.account("conv").convenor().build().username,
                TestData.PASSWORD);
        convenor.get(page).then().body(containsString("Testimony of Siti"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "details like ?1 or details like ?2", "%Siti%", "%Secret evidence%") == 0));
    }

    @Test
    void nothingChangesOnceTheRoundStopsCollecting() {
        addStatement(focal, "RF", "ASEAN", "Before harmonizing");
        RoundTestData.setStatus(round, RoundStatus.HARMONIZING);
        focal.get(page).then().statusCode(200).body(containsString("not collecting"))
                .body(not(containsString("Add a statement")));
        assertEquals(409, addStatement(focal, "RF", "ASEAN", "After").statusCode());
    }

    @Test
    void revisionsListEverySaveAndShowADiff() {
        addStatement(focal, "RF", "ASEAN", "Abolish placement fees now");
        Statement s = statements(input(round, indonesia)).get(0);
        focal.submit(page + "/statements/" + s.id + "/edit", page + "/statements/" + s.id, "theme", "RF",
                "addressee", "ASEAN", "text", "Abolish all placement fees by 2027", "version",
                String.valueOf(s.version));
        String list = focal.get(page + "/revisions").then().statusCode(200).extract().asString();
        assertTrue(list.contains("Statement added") && list.contains("Statement changed"));
        List<InputRevision> revisions = QuarkusTransaction.requiringNew().call(
                () -> InputRevision.listForInput(NationalInput.findById(input(round, indonesia).id)));
        assertEquals(2, revisions.size());
        String diff = focal.get(page + "/revisions/diff?from=" + revisions.get(1).id + "&to=" + revisions.get(0).id)
                .then().statusCode(200).extract().asString();
        assertTrue(diff.contains("<ins>"), diff);
        assertTrue(diff.contains("<del>"));
        assertTrue(diff.contains("2027"));
    }

    // ---- one theme at a time ---------------------------------------------------------------------------------------

    Map<String, Statement> byText() {
        return statements(input(round, indonesia)).stream()
                .collect(Collectors.toMap(s -> s.text, Function.identity()));
    }

    static String location(Response r) {
        assertEquals(303, r.statusCode());
        String location = r.header("Location");
        return location.substring(location.indexOf("/rounds/"));
    }

    @Test
    void theEditorShowsOneThemeWithANavigationOfAllThemesAndTheirCounts() {
        focal.get(page).then().statusCode(200).body(containsString("No statements yet"))
                .body(containsString("<strong aria-current=\"page\">RF · Recruitment fees and agencies (0)</strong>"));
        addStatement(focal, "AJ", "ASEAN", "Free legal aid for migrant workers.");
        addStatement(focal, "AJ", "ASEAN", "Labour courts in every province.");
        addStatement(focal, "DW", "ASEAN", "Include domestic workers in labour law.");
        String first = focal.get(page).then().statusCode(200).extract().asString();
        assertTrue(first.contains("<strong aria-current=\"page\">DW · Domestic workers (1)</strong>"),
                "the first theme with statements is the default");
        assertTrue(first.contains("href=\"" + page + "?theme=AJ#statements\">AJ · Access to justice (2)</a>"));
        assertTrue(first.contains("href=\"" + page + "?theme=RF#statements\">RF · Recruitment fees and agencies (0)"));
        assertTrue(first.contains("Include domestic workers") && !first.contains("Free legal aid"));
        assertTrue(first.contains("<option value=\"DW\" selected>"), "a new statement lands in the theme shown");

        String aj = focal.get(page + "?theme=AJ").then().statusCode(200).extract().asString();
        assertTrue(aj.contains("Free legal aid") && aj.contains("Labour courts") && !aj.contains("Include domestic"));
        assertTrue(aj.contains("<strong aria-current=\"page\">AJ · Access to justice (2)</strong>"));
        assertTrue(aj.contains("<option value=\"AJ\" selected>"));
        assertTrue(aj.contains("name=\"theme\" value=\"AJ\""), "the forms carry the theme shown");

        long ajId = QuarkusTransaction.requiringNew().call(
                () -> ((Round) Round.findById(round.id)).theme("AJ").orElseThrow().id);
        focal.get(page + "?theme=" + ajId).then().statusCode(200).body(containsString("Free legal aid"));
        focal.get(page + "?theme=aj").then().statusCode(200).body(containsString("Free legal aid"));
        focal.get(page + "?theme=RF").then().statusCode(200)
                .body(containsString("No statements under this theme yet"))
                .body(not(containsString("Free legal aid"))).body(not(containsString("No statements yet")));
        for (String odd : new String[] { "XX", "", "%00", "99999999999999999999", "-1", "<b>" }) {
            focal.get(page + "?theme=" + odd).then().statusCode(200)
                    .body(containsString("<strong aria-current=\"page\">DW · Domestic workers (1)</strong>"));
        }
        focal.get(page + "/submit?theme=AJ").then().statusCode(200)
                .body(containsString("name=\"theme\" value=\"AJ\"")).body(containsString(page + "?theme=AJ\""));
    }

    @Test
    void aThemesPageDoesNotGrowWithTheOtherThemesStatements() {
        addStatement(focal, "RF", "ASEAN", "Abolish placement fees.");
        focal.get(page);
        int before = focal.get(page + "?theme=RF").asString().length();
        for (int i = 1; i <= 12; i++) {
            addStatement(focal, "AJ", "ASEAN", "Statement " + i + " on access to justice.");
        }
        String after = focal.get(page + "?theme=RF").asString();
        assertTrue(after.length() - before < 10, "only the counts change: " + before + " -> " + after.length());
    }

    @Test
    void everyActionLeadsBackToTheThemeAndAnchorItWasIn() {
        String added = location(addStatement(focal, "AJ", "ASEAN", "Free legal aid for migrant workers."));
        Statement aid = byText().get("Free legal aid for migrant workers.");
        assertEquals(page + "?theme=AJ#s" + aid.id, added);
        addStatement(focal, "AJ", "ASEAN", "Labour courts in every province.");
        Statement courts = byText().get("Labour courts in every province.");

        Response moved = focal.submit(page + "?theme=AJ", page + "/statements/" + courts.id + "/move", "direction",
                "up", "theme", "AJ");
        assertEquals(page + "?theme=AJ#s" + courts.id, location(moved));
        focal.assertFlashAtAnchor(moved, "Statement moved; it is now AJ-1.");

        Response record = focal.submit(page + "?theme=AJ", page + "/record", "venue", "Jakarta", "theme", "AJ",
                "version", String.valueOf(input(round, indonesia).version));
        assertEquals(page + "?theme=AJ#record", location(record));
        focal.assertFlashAtAnchor(record, "The consultation record is saved.");

        Response edited = focal.submit(page + "/statements/" + aid.id + "/edit", page + "/statements/" + aid.id,
                "theme", "RF", "addressee", "ASEAN", "text", "Free legal aid, and no fees.", "version",
                String.valueOf(byText().get("Free legal aid for migrant workers.").version));
        assertEquals(page + "?theme=RF#s" + aid.id, location(edited), "a statement moved to another theme is found");
        String html = focal.assertFlashAtAnchor(edited, "Statement RF-1 saved.");
        assertTrue(html.contains("Free legal aid, and no fees.")
                && html.contains("<strong aria-current=\"page\">RF · Recruitment fees and agencies (1)</strong>"));

        focal.get(page + "/statements/" + courts.id + "/delete").then().statusCode(200)
                .body(containsString(page + "?theme=AJ\""));
        Response deleted = focal.submit(page + "/statements/" + courts.id + "/delete",
                page + "/statements/" + courts.id + "/delete");
        assertEquals(page + "?theme=AJ#statements", location(deleted));
        focal.get(page + "/statements/" + aid.id + "/edit").then().statusCode(200)
                .body(containsString(page + "?theme=RF#s" + aid.id));
    }

    @Test
    void savingAStatementOfOneThemeLeavesTheOtherThemesUntouched() {
        addStatement(focal, "RF", "ASEAN", "Abolish placement fees.");
        addStatement(focal, "AJ", "ASEAN", "Free legal aid.");
        addStatement(focal, "AJ", "ASEAN", "Labour courts.");
        Map<String, Statement> before = byText();
        Statement fees = before.get("Abolish placement fees.");
        Response saved = focal.submit(page + "/statements/" + fees.id + "/edit", page + "/statements/" + fees.id,
                "theme", "RF", "addressee", "ASEAN", "text", "Abolish placement fees by 2027.", "version",
                String.valueOf(fees.version));
        assertEquals(page + "?theme=RF#s" + fees.id, location(saved));
        Map<String, Statement> after = byText();
        for (String other : List.of("Free legal aid.", "Labour courts.")) {
            Statement was = before.get(other);
            Statement is = after.get(other);
            assertEquals(was.version, is.version, other);
            assertEquals(was.number(), is.number(), other);
        }
        assertEquals(3, after.size());
        focal.get(page + "?theme=AJ").then().body(containsString("Free legal aid.")).body(containsString("AJ-2"));

        Response stale = focal.submit(page + "/submit?theme=RF", page + "/submit", "version",
                String.valueOf(input(round, indonesia).version - 1), "theme", "RF");
        assertEquals(409, stale.statusCode(), "the input's version check still holds");
    }

    @Test
    void otherPeoplesInputsStayClosedWhateverTheTheme() {
        addStatement(focal, "AJ", "ASEAN", "Ours.");
        Statement ours = byText().get("Ours.");
        WebSession intruder = WebSession.signIn(TestData.account("fpthph").focalPointFor(philippines).build()
                .username, TestData.PASSWORD);
        intruder.get(page + "?theme=AJ").then().statusCode(403);
        intruder.get(page + "/submit?theme=AJ").then().statusCode(403);
        String theirs = "/rounds/" + round.id + "/inputs/" + philippines.code;
        intruder.get(theirs + "?theme=AJ").then().statusCode(200).body(not(containsString("Ours.")));
        intruder.submit(theirs, theirs + "/statements/" + ours.id + "/move", "direction", "down", "theme", "AJ")
                .then().statusCode(403);
        focal.get("/rounds/" + round.id + "/inputs/NOPE?theme=AJ").then().statusCode(404);
        focal.get("/rounds/999999/inputs/" + indonesia.code + "?theme=AJ").then().statusCode(404);
    }

    /**
     * The editor is kept between visits under the round's change counter: a new statement and a change of the
     * ratification table show on the next visit, and each reader and browser gets their own page (forms, token).
     */
    @Test
    void theKeptEditorFollowsTheRoundAndTheRatificationsAndIsEachBrowsersOwn() {
        focal.get(page).then().statusCode(200).body(containsString("No statements yet"));
        assertEquals(303, addStatement(focal, "RF", "Government of Indonesia", "Kept until the round changes.")
                .statusCode());
        focal.get(page).then().statusCode(200).body(containsString("Kept until the round changes."))
                .body(not(containsString("No statements yet")));

        String sentence = "it has not ratified ILO C97, C143 or C189.";
        focal.get(page).then().body(containsString(sentence));
        LocalDate was = ratifiedOn("Indonesia", Instrument.C189, LocalDate.of(2031, 2, 3));
        try {
            focal.get(page).then().statusCode(200).body(not(containsString(sentence)))
                    .body(containsString("3 Feb 2031"));
        } finally {
            ratifiedOn("Indonesia", Instrument.C189, was);
        }

        WebSession second = WebSession.signIn(focalName, TestData.PASSWORD);
        WebSession convenor = WebSession.signIn(TestData.account("kconv").convenor().build().username,
                TestData.PASSWORD);
        for (WebSession s : List.of(focal, second, focal, second)) {
            String html = s.get(page).then().statusCode(200).body(containsString("Kept until the round changes."))
                    .extract().asString();
            int forms = s.assertFormsCarryOwnToken(html);
            assertTrue(forms >= 4, "the record, the statements, a new statement, the upload and the shell");
        }
        convenor.get(page).then().statusCode(200).body(not(containsString("name=\"preamble\"")))
                .body(not(containsString(page + "/statements/")));
    }

    /** Sets the day a state ratified an instrument (null: not ratified) and answers the day it had. */
    static LocalDate ratifiedOn(String state, Instrument instrument, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Ratification r = Ratification.<Ratification>find("state = ?1 and instrument = ?2", state, instrument)
                    .firstResult();
            LocalDate before = r.ratifiedOn;
            r.ratifiedOn = day;
            return before;
        });
    }
}
