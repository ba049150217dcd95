package org.mufakat.network;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ConstituencyPageTest {

    WebSession secretariat;

    @BeforeEach
    void signIn() {
        secretariat = WebSession.signIn(TestData.account("sec").secretariat().build().username, TestData.PASSWORD);
    }

    @Test
    void theBenchmarksFloorPageIsNotThereUnlessSwitchedOn() {
        secretariat.get("/bench/floor").then().statusCode(404);
    }

    @Test
    void theSecretariatAddsAConstituencyAndSeesItWithAFlashMessage() {
        String code = "BN" + TestData.next();
        Response r = secretariat.submit("/constituencies/new", "/constituencies", "code", code.toLowerCase(), "name",
                "Brunei", "country", "Brunei Darussalam");
        assertEquals(303, r.statusCode());
        Constituency c = QuarkusTransaction.requiringNew().call(() -> Constituency.findByCode(code));
        assertEquals("Brunei", c.name);
        assertTrue(r.header("Location").endsWith("/constituencies/" + c.id));
        secretariat.get("/constituencies/" + c.id).then().statusCode(200).body(containsString("Constituency Brunei added."))
                .body(containsString(code));
        secretariat.get("/constituencies/" + c.id).then().body(not(containsString("Constituency Brunei added.")));
        assertTrue(QuarkusTransaction.requiringNew().call(
                () -> AuditEvent.count("action = 'constituency.created' and objectId = ?1", c.id.toString()) == 1));
    }

    @Test
    void invalidInputComesBackWithASummaryFieldMessagesAndTheTypedText() {
        Response r = secretariat.submit("/constituencies/new", "/constituencies", "code", "1bad code", "name",
                "Kept name <b>", "country", "");
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("There is a problem"));
        assertTrue(html.contains("href=\"#f-code\""));
        assertTrue(html.contains("Use 2 to 16 letters"));
        assertTrue(html.contains("id=\"f-country-error\""));
        assertTrue(html.contains("value=\"Kept name &lt;b&gt;\""), "typed text is kept and escaped");
        assertTrue(html.indexOf("#f-code") < html.indexOf("#f-country"), "messages follow the order of the form");
    }

    @Test
    void aSecondSubmissionOfTheSameFormCreatesNothingMore() {
        String code = "DUP" + TestData.next();
        secretariat.submit("/constituencies/new", "/constituencies", "code", code, "name", "Once", "country", "X");
        Response again = secretariat.submit("/constituencies/new", "/constituencies", "code", code, "name", "Once",
                "country", "X");
        assertEquals(400, again.statusCode());
        assertTrue(again.asString().contains("This code is already used by Once."));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Constituency.count("code", code)));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String code = "CSRF" + TestData.next();
        Response r = secretariat.request().contentType("application/x-www-form-urlencoded").formParam("code", code)
                .formParam("name", "Forged").formParam("country", "X").post("/constituencies");
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("The request could not be read"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Constituency.count("code", code)));
    }

    @Test
    void aStaleEditGetsAConflictPageThatKeepsTheLosersText() {
        Constituency c = TestData.constituency("Conflictland");
        String form = "/constituencies/" + c.id + "/edit";
        QuarkusTransaction.requiringNew().run(() -> ((Constituency) Constituency.findById(c.id)).name = "Saved first");
        Response r = secretariat.submit(form, "/constituencies/" + c.id, "code", c.code, "name", "My version",
                "country", c.country, "version", "0");
        assertEquals(409, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("value=\"My version\""), "the loser's text is kept");
        assertTrue(html.contains("Saved first"), "the winner's text is shown");
        assertEquals("Saved first",
                QuarkusTransaction.requiringNew().call(() -> ((Constituency) Constituency.findById(c.id)).name));
    }

    @Test
    void editingWithTheCurrentVersionSaves() {
        Constituency c = TestData.constituency("Editland");
        Response r = secretariat.submit("/constituencies/" + c.id + "/edit", "/constituencies/" + c.id, "code", c.code,
                "name", "Edited", "country", c.country, "version", "0");
        assertEquals(303, r.statusCode());
        assertEquals("Edited",
                QuarkusTransaction.requiringNew().call(() -> ((Constituency) Constituency.findById(c.id)).name));
    }

    @Test
    void deletingAsksFirstAndRefusesAConstituencyInUse() {
        Constituency empty = TestData.constituency("Emptyland");
        secretariat.get("/constituencies/" + empty.id + "/delete").then().statusCode(200)
                .body(containsString("cannot be undone"));
        Response r = secretariat.submit("/constituencies/" + empty.id + "/delete",
                "/constituencies/" + empty.id + "/delete");
        assertEquals(303, r.statusCode());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Constituency.count("id", empty.id)));

        Constituency used = TestData.constituency("Usedland");
        TestData.organisation(used, "Still here");
        Response refused = secretariat.submit("/constituencies/" + used.id + "/delete",
                "/constituencies/" + used.id + "/delete");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("still has member organisations"));
    }

    @Test
    void aFocalPointReadsTheListButCannotManageConstituencies() {
        Constituency own = TestData.constituency("Ownland");
        WebSession focal = WebSession.signIn(TestData.account("fp").focalPointFor(own).build().username,
                TestData.PASSWORD);
        focal.get("/constituencies?q=Ownland").then().statusCode(200).body(containsString(own.name))
                .body(not(containsString("Add a constituency")));
        focal.get("/constituencies/new").then().statusCode(403).body(containsString("Not allowed"));
        focal.get("/constituencies/" + own.id + "/edit").then().statusCode(403);
        String code = "NO" + TestData.next();
        Response r = focal.submit("/constituencies", "/constituencies", "code", code, "name", "Nope", "country", "X");
        assertEquals(403, r.statusCode());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Constituency.count("code", code)));
    }

    @Test
    void theListSearchesAndPages() {
        for (int i = 0; i < 27; i++) {
            TestData.constituency("Pagedland");
        }
        secretariat.get("/constituencies?q=pagedland").then().statusCode(200).body(containsString("Page 1 of 2"))
                .body(containsString("href=\"/constituencies?q=pagedland&amp;page=2\""));
        secretariat.get("/constituencies?q=pagedland&page=2").then().statusCode(200)
                .body(containsString("Showing 26–27 of 27"));
        secretariat.get("/constituencies?q=zzz-nothing").then().body(containsString("Nothing matches these filters."));
    }
}
