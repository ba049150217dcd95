package org.mufakat.forum;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ForumPageTest {

    WebSession secretariat;

    @BeforeEach
    void signIn() {
        secretariat = WebSession.signIn(TestData.account("fsec").secretariat().build().username, TestData.PASSWORD);
    }

    @Test
    void theSecretariatAddsAForumAndSeesItWithAFlashMessage() {
        String acronym = "AFML" + TestData.next();
        Response r = secretariat.submit("/forums/new", "/forums", "name", "ASEAN Forum on Migrant Labour", "acronym",
                acronym, "space", "SANCTIONED", "convenedBy", "ASEAN Labour Ministers", "frequency", "Yearly", "entry",
                "INVITATION", "seatLimit", "12", "notes", "Ask early.\nSeats are few <b>");
        assertEquals(303, r.statusCode());
        Forum f = QuarkusTransaction.requiringNew().call(() -> Forum.findByAcronym(acronym));
        assertEquals(12, f.seatLimit);
        assertTrue(r.header("Location").endsWith("/forums/" + f.id));
        secretariat.get("/forums/" + f.id).then().statusCode(200)
                .body(containsString("Forum " + acronym + " added."))
                .body(containsString("Sanctioned")).body(containsString("By invitation"))
                .body(containsString("<p>Ask early.</p><p>Seats are few &lt;b&gt;</p>"))
                .body(containsString("No sessions recorded yet.")).body(containsString("Add a session"));
        assertEquals(1L, audited("forum.created", f.id));
    }

    @Test
    void theConvenorEditsAForum() {
        Forum f = ForumTestData.forum("Editable forum", ForumSpace.SANCTIONED);
        WebSession convenor = WebSession.signIn(TestData.account("fconv").convenor().build().username,
                TestData.PASSWORD);
        convenor.get("/forums/" + f.id).then().statusCode(200).body(containsString("href=\"/forums/" + f.id
                + "/edit\""));
        Response r = convenor.submit("/forums/" + f.id + "/edit", "/forums/" + f.id, "name", "Renamed forum",
                "acronym", f.acronym, "space", "CREATED", "entry", "OPEN", "seatLimit", "0", "version", "0");
        assertEquals(303, r.statusCode());
        Forum saved = ForumTestData.reload(f);
        assertEquals("Renamed forum", saved.name);
        assertEquals(ForumSpace.CREATED, saved.space);
        assertEquals(0, saved.seatLimit);
        assertEquals(1L, audited("forum.updated", f.id));
    }

    @Test
    void invalidInputComesBackWithASummaryFieldMessagesAndTheTypedText() {
        String name = "Kept forum <b> " + TestData.next();
        Response r = secretariat.submit("/forums/new", "/forums", "name", name, "acronym", "", "space", "BOGUS",
                "entry", "INVITATION", "seatLimit", "-3", "notes", "Kept notes & more");
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("There is a problem"));
        assertTrue(html.contains("href=\"#f-acronym\"") && html.contains("href=\"#f-space\""));
        assertTrue(html.contains("Choose one of the options."));
        assertTrue(html.contains("id=\"f-seatLimit-error\""));
        assertTrue(html.contains("Enter a whole number of seats, 0 or more, or leave it empty."));
        assertTrue(html.contains("value=\"" + name.replace("<", "&lt;").replace(">", "&gt;") + "\""),
                "typed text is kept and escaped");
        assertTrue(html.contains("value=\"-3\""));
        assertTrue(html.contains(">Kept notes &amp; more</textarea>"));
        assertTrue(html.contains("<option value=\"INVITATION\" selected>"), "the chosen option stays chosen");
        assertTrue(html.indexOf("#f-acronym") < html.indexOf("#f-space")
                && html.indexOf("#f-space") < html.indexOf("#f-seatLimit"), "messages follow the order of the form");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Forum.count("name", name)));
    }

    @Test
    void anAcronymIsUsedOnceIgnoringCaseSoASecondSubmissionAddsNothing() {
        Forum existing = ForumTestData.forum("First holder", ForumSpace.SANCTIONED);
        Response r = secretariat.submit("/forums/new", "/forums", "name", "Second holder", "acronym",
                existing.acronym.toLowerCase(), "space", "CREATED", "entry", "OPEN");
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("This acronym is already used by " + existing.name + "."));
        assertEquals(1L, ForumTestData.forumsWithAcronym(existing.acronym));
    }

    @Test
    void aStaleEditGetsAConflictPageThatKeepsTheLosersText() {
        Forum f = ForumTestData.forum("Contested forum", ForumSpace.SANCTIONED);
        QuarkusTransaction.requiringNew().run(() -> ((Forum) Forum.findById(f.id)).name = "Saved first");
        Response r = secretariat.submit("/forums/" + f.id + "/edit", "/forums/" + f.id, "name", "My version",
                "acronym", f.acronym, "space", "SANCTIONED", "entry", "INVITATION", "notes", "My notes",
                "version", "0");
        assertEquals(409, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("value=\"My version\"") && html.contains(">My notes</textarea>"),
                "the loser's text is kept");
        assertTrue(html.contains("Saved first"), "the winner's text is shown");
        assertTrue(html.contains("name=\"version\" value=\"1\""), "saving again replaces the winner's version");
        assertEquals("Saved first", ForumTestData.reload(f).name);
    }

    @Test
    void sessionsAreAddedOnTheForumPageAndMustNotEndBeforeTheyStart() {
        Forum f = ForumTestData.forum("Session forum", ForumSpace.SANCTIONED);
        String page = "/forums/" + f.id;
        Response early = secretariat.submit(page, page + "/sessions", "title", "11th meeting", "startsOn",
                "2027-10-21", "endsOn", "2027-10-20", "venue", "Singapore <b>", "host", "Ministry of Manpower");
        assertEquals(400, early.statusCode());
        String html = early.asString();
        assertTrue(html.contains("A session cannot end before it starts."));
        assertTrue(html.contains("href=\"#f-endsOn\""));
        assertTrue(html.contains("value=\"11th meeting\"") && html.contains("value=\"Singapore &lt;b&gt;\""));
        Response impossible = secretariat.submit(page, page + "/sessions", "title", "11th meeting", "startsOn",
                "2027-02-30");
        assertEquals(400, impossible.statusCode());
        assertTrue(impossible.asString().contains("Enter a date as year-month-day, for example 2027-10-20."));
        assertEquals(0L, ForumTestData.sessionsOf(f));

        Response added = secretariat.submit(page, page + "/sessions", "title", "11th meeting", "startsOn",
                "2027-10-20", "endsOn", "2027-10-21", "venue", "Singapore", "host", "Ministry of Manpower");
        assertEquals(303, added.statusCode());
        assertTrue(added.header("Location").endsWith(page));
        ForumTestData.session(f, "1st meeting", LocalDate.of(2017, 10, 25));
        String shown = secretariat.get(page).then().statusCode(200).extract().asString();
        assertTrue(shown.contains("Session 11th meeting added."));
        assertTrue(shown.contains("20 Oct 2027 – 21 Oct 2027"), "dates in the reader's locale: " + shown);
        assertTrue(shown.indexOf("11th meeting") < shown.indexOf("1st meeting"), "newest first");
        assertTrue(shown.contains("Upcoming"));

        Response twice = secretariat.submit(page, page + "/sessions", "title", "11TH MEETING", "startsOn",
                "2027-10-20");
        assertEquals(400, twice.statusCode());
        assertTrue(twice.asString().contains(f.acronym + " already has a session with this title."));
        assertEquals(2L, ForumTestData.sessionsOf(f));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> AuditEvent.count("action = 'forum.session.added' and details like ?1", f.acronym + ":%")));
    }

    @Test
    void aDoubleClickAddsOneSessionAndNeverFails() throws Exception {
        Forum f = ForumTestData.forum("Double click", ForumSpace.SANCTIONED);
        String page = "/forums/" + f.id;
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"").matcher(
                secretariat.get(page).asString());
        assertTrue(token.find());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 5; i++) {
                String title = "Clicked twice " + i;
                Callable<Integer> click = () -> secretariat.request().contentType("application/x-www-form-urlencoded")
                        .formParam("csrf-token", token.group(1)).formParam("title", title)
                        .formParam("startsOn", "2027-10-20").post(page + "/sessions").statusCode();
                for (Future<Integer> status : pool.invokeAll(List.of(click, click))) {
                    assertTrue(status.get() == 303 || status.get() == 400, "got " + status.get());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(5L, ForumTestData.sessionsOf(f));
    }

    @Test
    void datesFollowThePagesLanguage() {
        Forum f = ForumTestData.forum("Bahasa forum", ForumSpace.CREATED);
        ForumTestData.session(f, "Pertemuan", LocalDate.of(2027, 10, 20));
        secretariat.submit("/forums/" + f.id, "/language", "lang", "id", "back", "/forums/" + f.id);
        secretariat.get("/forums/" + f.id).then().statusCode(200).body(containsString("20 Okt 2027"))
                .body(containsString("Masyarakat sipil")).body(containsString("Tambah sesi"));
    }

    @Test
    void aSessionIsEditedOnItsForumPageAndAStaleEditKeepsTheLosersText() {
        Forum f = ForumTestData.forum("Edited sessions", ForumSpace.SANCTIONED);
        ForumSession s = ForumTestData.session(f, "9th meeting", LocalDate.of(2016, 11, 9));
        String form = "/forums/" + f.id + "/sessions/" + s.id + "/edit";
        secretariat.get(form).then().statusCode(200).body(containsString("Edit session"))
                .body(containsString("value=\"2016-11-09\""));
        Response saved = secretariat.submit(form, "/forums/" + f.id + "/sessions/" + s.id, "title", "9th meeting",
                "startsOn", "2016-11-09", "endsOn", "2016-11-10", "venue", "Vientiane", "version", "0");
        assertEquals(303, saved.statusCode());
        assertEquals("Vientiane", ForumTestData.reload(s).venue);

        Response stale = secretariat.submit(form, "/forums/" + f.id + "/sessions/" + s.id, "title", "Mine",
                "startsOn", "2016-11-09", "venue", "My venue", "version", "0");
        assertEquals(409, stale.statusCode());
        String html = stale.asString();
        assertTrue(html.contains("value=\"Mine\"") && html.contains("value=\"My venue\""));
        assertTrue(html.contains("Vientiane"), "the saved values are shown");
        assertEquals("9th meeting", ForumTestData.reload(s).title);

        Forum other = ForumTestData.forum("Other forum", ForumSpace.SANCTIONED);
        secretariat.get("/forums/" + other.id + "/sessions/" + s.id + "/edit").then().statusCode(404);
    }

    @Test
    void focalPointsAndObserversReadTheRegistryButChangeNothing() {
        Forum f = ForumTestData.forum("Guarded forum", ForumSpace.SANCTIONED);
        ForumSession s = ForumTestData.session(f, "Guarded session", LocalDate.of(2026, 5, 1));
        Account focalPoint = TestData.account("ffp").focalPointFor(TestData.constituency("Forumland")).build();
        Account observer = TestData.account("fobs").observer().build();
        for (Account a : new Account[] { focalPoint, observer }) {
            WebSession reader = WebSession.signIn(a.username, TestData.PASSWORD);
            reader.get("/forums?q=" + f.acronym).then().statusCode(200).body(containsString(f.name))
                    .body(not(containsString("Add a forum")));
            reader.get("/forums/" + f.id).then().statusCode(200).body(containsString("Guarded session"))
                    .body(not(containsString("Add a session"))).body(not(containsString("/edit")));
            reader.get("/forums/new").then().statusCode(403).body(containsString("Not allowed"));
            reader.get("/forums/" + f.id + "/edit").then().statusCode(403);
            reader.get("/forums/" + f.id + "/sessions/" + s.id + "/edit").then().statusCode(403);

            String acronym = "NO" + TestData.next();
            assertEquals(403, reader.submit("/forums", "/forums", "name", "Planted", "acronym", acronym, "space",
                    "CREATED", "entry", "OPEN").statusCode());
            assertEquals(403, reader.submit("/forums", "/forums/" + f.id, "name", "Hijacked", "acronym", f.acronym,
                    "space", "CREATED", "entry", "OPEN", "version", "0").statusCode());
            assertEquals(403, reader.submit("/forums", "/forums/" + f.id + "/sessions", "title", "Planted",
                    "startsOn", "2027-01-01").statusCode());
            assertEquals(403, reader.submit("/forums", "/forums/" + f.id + "/sessions/" + s.id, "title", "Moved",
                    "startsOn", "2027-01-01", "version", "0").statusCode());
            assertEquals(0L, ForumTestData.forumsWithAcronym(acronym));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                    "action = 'permission.denied' and actor = ?1", a.username)) >= 4, "refusals are audited");
        }
        assertEquals(f.name, ForumTestData.reload(f).name);
        assertEquals(1L, ForumTestData.sessionsOf(f));
        assertEquals("Guarded session", ForumTestData.reload(s).title);
    }

    @Test
    void theListFiltersBySpaceFromAnAllowlistAndSaysWhenNothingMatches() {
        int n = TestData.next();
        Forum sanctioned = ForumTestData.forum("Filterable" + n + " official", ForumSpace.SANCTIONED);
        Forum created = ForumTestData.forum("Filterable" + n + " own", ForumSpace.CREATED);
        secretariat.get("/forums?q=filterable" + n + "&space=CREATED").then().statusCode(200)
                .body(containsString(created.name)).body(not(containsString(sanctioned.name)))
                .body(containsString("<option value=\"CREATED\" selected>"));
        secretariat.get("/forums?q=filterable" + n + "&space=' or 1=1 --").then().statusCode(200)
                .body(containsString(created.name)).body(containsString(sanctioned.name));
        secretariat.get("/forums?q=zzz-no-forum-" + n).then().statusCode(200)
                .body(containsString("Nothing matches these filters."));
        secretariat.get("/forums/999999999").then().statusCode(404);
    }

    private static long audited(String action, Long id) {
        return QuarkusTransaction.requiringNew().call(
                () -> AuditEvent.count("action = ?1 and objectId = ?2", action, id.toString()));
    }
}
