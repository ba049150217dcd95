package org.mufakat.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Allies and champions, pages and API: the secretariat and the convenor keep them, staff and observers read them,
 * focal points and members are refused (they may be sensitive contacts).
 */
@QuarkusTest
class AllyTest {

    Account secretariat;
    Account convenor;
    Account observer;
    Account focalId;
    Account member;
    ForumSession afml;

    @BeforeEach
    void setUp() {
        secretariat = TestData.account("asec").secretariat().build();
        convenor = TestData.account("aconv").convenor().build();
        observer = TestData.account("aobs").observer().build();
        Constituency indonesia = TestData.constituency("Indonesia");
        focalId = TestData.account("afid").focalPointFor(indonesia).build();
        member = TestData.account("amem").memberOf(TestData.organisation(indonesia, "Migrant CARE")).build();
        afml = ForumTestData.session(ForumTestData.forum("ASEAN Forum on Migrant Labour", ForumSpace.SANCTIONED),
                "9th AFML", LocalDate.of(2016, 11, 9));
    }

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    Map<String, Object> body(String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("kind", "PARLIAMENTARIAN");
        b.put("title", "Member of Parliament");
        b.put("country", "Indonesia");
        b.put("since", "2016-11-10");
        b.put("commitments", "Will table the bill.");
        b.put("forumSessionIds", List.of(afml.id));
        return b;
    }

    static Ally stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Ally a = Ally.findById(id);
            if (a != null) {
                a.forumSessions.size();
            }
            return a;
        });
    }

    @Test
    void theConvenorAddsAnAllyWhoShowsWithTheSessionsWhereWeMetThem() {
        WebSession conv = WebSession.signIn(convenor.username, TestData.PASSWORD);
        conv.get("/allies").then().statusCode(200).body(containsString("href=\"/allies/new\""))
                .body(containsString("<a href=\"/allies\">Allies</a>"));
        String name = "Dewi Lestari " + TestData.next();
        Response created = conv.submit("/allies/new", "/allies", "name", name, "kind", "PARLIAMENTARIAN", "title",
                "Member of Parliament, Commission IX", "country", "Indonesia", "since", "2016-11-10", "commitments",
                "Promised to table the **bill**.<script>alert(1)</script>", "forumSessionIds",
                String.valueOf(afml.id));
        assertEquals(303, created.statusCode());
        String location = created.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String html = conv.get("/allies/" + id).then().statusCode(200).extract().asString();
        assertTrue(html.contains(name + " is added to the allies."));
        assertTrue(html.contains("<strong>bill</strong>") && !html.contains("<script>alert"),
                "commitments go through the sanitiser");
        assertTrue(html.contains("/forum-sessions/" + afml.id + "/engagement"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = 'ally.created' and"
                + " objectId = ?1", String.valueOf(id)) == 1));
        conv.get("/allies?kind=PARLIAMENTARIAN&country=Indonesia").then().statusCode(200)
                .body(containsString(name));
        conv.get("/allies?kind=AGENCY&country=Myanmar").then().statusCode(200)
                .body(containsString("Nothing matches these filters.")).body(not(containsString(name)));
        conv.get("/allies?kind=%3Cx%3E&country=Narnia&page=-3").then().statusCode(200).body(containsString(name));
        conv.get("/forum-sessions/" + afml.id + "/engagement").then().statusCode(200).body(containsString(name));

        Response twice = conv.submit("/allies/new", "/allies", "name", name.toUpperCase(), "kind", "OFFICIAL",
                "country", "Indonesia", "since", "2017-01-01");
        assertEquals(400, twice.statusCode(), "a name once per country, ignoring case");
        assertTrue(twice.asString().contains("An ally of this name in Indonesia is already recorded."));
    }

    @Test
    void invalidInputComesBackWithMessagesAndWhatWasTyped() {
        WebSession sec = WebSession.signIn(secretariat.username, TestData.PASSWORD);
        Response bad = sec.submit("/allies/new", "/allies", "name", "", "kind", "KING", "title", "Kept <title>",
                "country", "Narnia", "since", LocalDate.now().plusDays(3).toString(), "forumSessionIds", "99999999");
        assertEquals(400, bad.statusCode());
        String html = bad.asString();
        assertTrue(html.contains("There is a problem"));
        assertTrue(html.contains("href=\"#f-name\"") && html.contains("href=\"#f-kind\""));
        assertTrue(html.contains("Choose an ASEAN member state."));
        assertTrue(html.contains("The day cannot be in the future."));
        assertTrue(html.contains("One of the chosen forum sessions does not exist."));
        assertTrue(html.contains("value=\"Kept &lt;title&gt;\""), "what was typed comes back, escaped");
        assertTrue(html.indexOf("#f-name") < html.indexOf("#f-since"), "messages in the order of the form");
        Response noDay = sec.submit("/allies/new", "/allies", "name", "Someone", "kind", "OTHER", "country",
                "Viet Nam");
        assertEquals(400, noDay.statusCode());
        assertTrue(noDay.asString().contains("Give the day since when they are an ally."));
    }

    @Test
    void focalPointsAndMembersAreRefusedAndObserversOnlyRead() {
        long id = as(secretariat).body(body("Ramon dela Cruz " + TestData.next())).post("/api/v1/allies").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        for (Account outsider : List.of(focalId, member)) {
            WebSession s = WebSession.signIn(outsider.username, TestData.PASSWORD);
            assertEquals(403, s.get("/allies").statusCode());
            assertEquals(403, s.get("/allies/" + id).statusCode());
            assertEquals(403, s.get("/allies/new").statusCode());
            s.get("/").then().statusCode(200).body(not(containsString("href=\"/allies\"")));
            as(outsider).get("/api/v1/allies").then().statusCode(403);
            as(outsider).get("/api/v1/allies/" + id).then().statusCode(403);
            as(outsider).body(body("Intruder " + TestData.next())).post("/api/v1/allies").then().statusCode(403);
            as(outsider).delete("/api/v1/allies/" + id).then().statusCode(403);
        }
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'permission.denied' and actor = ?1 and objectType = 'Ally'", focalId.username) > 0));

        WebSession obs = WebSession.signIn(observer.username, TestData.PASSWORD);
        obs.get("/allies").then().statusCode(200).body(not(containsString("href=\"/allies/new\"")));
        obs.get("/allies/" + id).then().statusCode(200).body(not(containsString("/allies/" + id + "/edit")));
        assertEquals(403, obs.get("/allies/" + id + "/edit").statusCode());
        assertEquals(403, obs.get("/allies/" + id + "/delete").statusCode());
        as(observer).get("/api/v1/allies/" + id).then().statusCode(200).body("kind", equalTo("PARLIAMENTARIAN"));
        as(observer).body(body("Observer's ally")).post("/api/v1/allies").then().statusCode(403);
        assertTrue(stored(id) != null);
    }

    @Test
    void theApiChangesWithTheVersionReadAndDeletes() {
        String name = "Siti Aminah " + TestData.next();
        Response created = as(convenor).body(body(name)).post("/api/v1/allies");
        created.then().statusCode(201).body("forumSessions[0].id", equalTo(afml.id.intValue()))
                .body("createdBy", equalTo(convenor.username));
        long id = created.jsonPath().getLong("id");
        long version = created.jsonPath().getLong("version");
        as(convenor).get("/api/v1/allies?country=Indonesia&kind=PARLIAMENTARIAN").then().statusCode(200)
                .body("items.name", hasItem(name));
        as(convenor).get("/api/v1/allies?kind=KING").then().statusCode(400).body("errors.kind", containsString(
                "Choose"));

        Map<String, Object> change = body(name);
        change.put("country", "Malaysia");
        change.put("forumSessionIds", List.of());
        as(secretariat).body(change).put("/api/v1/allies/" + id).then().statusCode(400)
                .body("errors.version", containsString("version"));
        change.put("version", version);
        long next = as(secretariat).body(change).put("/api/v1/allies/" + id).then().statusCode(200)
                .body("country", equalTo("Malaysia")).body("updatedBy", equalTo(secretariat.username))
                .extract().jsonPath().getLong("version");
        assertTrue(next > version);
        assertTrue(stored(id).forumSessions.isEmpty());
        change.put("title", "Speaker");
        change.put("version", next);
        as(convenor).body(change).put("/api/v1/allies/" + id).then().statusCode(200);
        change.put("title", "Stale");
        as(convenor).body(change).put("/api/v1/allies/" + id).then().statusCode(409);

        as(convenor).delete("/api/v1/allies/" + id + "?version=" + version).then().statusCode(409);
        as(convenor).delete("/api/v1/allies/" + id).then().statusCode(204);
        assertNull(stored(id));
        as(convenor).get("/api/v1/allies/" + id).then().statusCode(404);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = 'ally.deleted' and"
                + " objectId = ?1", String.valueOf(id)) == 1));
    }

    @Test
    void editingAStaleAllyKeepsMyTextAndDeletingAsksFirst() {
        String name = "Regional agency " + TestData.next();
        Response created = as(convenor).body(body(name)).post("/api/v1/allies");
        long id = created.jsonPath().getLong("id");
        long version = created.jsonPath().getLong("version");
        WebSession sec = WebSession.signIn(secretariat.username, TestData.PASSWORD);
        String edit = "/allies/" + id + "/edit";
        sec.get(edit).then().statusCode(200).body(containsString("value=\"" + name + "\""))
                .body(containsString("<option value=\"" + afml.id + "\" selected>"));

        Map<String, Object> change = body(name);
        change.put("title", "Chair of the caucus");
        change.put("version", version);
        as(convenor).body(change).put("/api/v1/allies/" + id).then().statusCode(200);
        Response stale = sec.submit(edit, "/allies/" + id, "version", String.valueOf(version), "name", name, "kind",
                "AGENCY", "country", "Thailand", "since", "2017-10-26", "title", "My title");
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("Chair of the caucus"), "the other person's values");
        assertTrue(stale.asString().contains("value=\"My title\""), "my text is kept");
        assertEquals("Chair of the caucus", stored(id).title);

        sec.get("/allies/" + id + "/delete").then().statusCode(200).body(containsString("Delete “" + name + "”"));
        assertTrue(stored(id) != null, "nothing is deleted by looking at the confirmation page");
        Response deleted = sec.submit("/allies/" + id + "/delete", "/allies/" + id + "/delete", "version",
                String.valueOf(stored(id).version));
        assertEquals(303, deleted.statusCode());
        assertEquals("/allies", java.net.URI.create(deleted.header("Location")).getPath());
        assertNull(stored(id));
        assertFalse(sec.get("/allies").asString().contains(name));
    }
}
