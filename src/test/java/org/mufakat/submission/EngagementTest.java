package org.mufakat.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * The network's engagement at a forum session, page and API: everyone who reads forums reads it; the secretariat and
 * the convenor record it, delegates included, with optimistic locking.
 */
@QuarkusTest
class EngagementTest {

    Account secretariat;
    Account convenor;
    Account focalId;
    Account observer;
    ForumSession session;
    String page;
    String api;

    @BeforeEach
    void setUp() {
        secretariat = TestData.account("esec").secretariat().build();
        convenor = TestData.account("econv").convenor().build();
        observer = TestData.account("eobs").observer().build();
        Constituency indonesia = TestData.constituency("Indonesia");
        focalId = TestData.account("efid").focalPointFor(indonesia).build();
        session = ForumTestData.session(ForumTestData.forum("ASEAN Forum on Migrant Labour", ForumSpace.SANCTIONED),
                "11th AFML", LocalDate.now().minusDays(30));
        page = "/forum-sessions/" + session.id + "/engagement";
        api = "/api/v1" + page;
    }

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    static Engagement stored(ForumSession s) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Engagement e = Engagement.forSession(ForumSession.findById(s.id));
            if (e != null) {
                e.delegates.size();
            }
            return e;
        });
    }

    @Test
    void theSecretariatRecordsInvitationSeatsAndDelegatesOnThePage() {
        WebSession sec = WebSession.signIn(secretariat.username, TestData.PASSWORD);
        String html = sec.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Nothing is recorded yet."), "an empty state with the next step");
        assertTrue(html.contains("name=\"delegates.2.name\"") && !html.contains("name=\"delegates.3.name\""),
                "three blank rows to start with");
        sec.get("/forums/" + session.forum.id).then().statusCode(200).body(containsString(page));

        Object[] fields = { "version", "0", "invited", "YES", "seatsRequested", "4", "seatsGranted", "6", "notes",
            "The host gave two more seats.", "delegates.0.name", "Rizky Pratama", "delegates.0.organisation",
            "Migrant CARE", "delegates.0.spoke", "true", "delegates.2.name", "Maria Santos" };
        assertEquals(303, sec.submit(page, page, fields).statusCode());
        assertEquals(303, sec.submit(page, page, fields).statusCode(), "a double click saves once, no conflict");
        Engagement e = stored(session);
        assertEquals(Invitation.YES, e.invited);
        assertEquals(4, e.seatsRequested);
        assertEquals(6, e.seatsGranted, "a forum may grant more than asked");
        assertEquals(List.of("Rizky Pratama", "Maria Santos"), e.delegates.stream().map(d -> d.name).toList());
        assertTrue(e.delegates.get(0).spoke);
        assertTrue(e.version > 0);
        html = sec.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("The engagement at 11th AFML is saved."));
        assertTrue(html.contains("Rizky Pratama") && html.contains("Migrant CARE") && html.contains("Spoke"));
        assertTrue(html.contains("name=\"delegates.4.name\"") && !html.contains("name=\"delegates.5.name\""),
                "the two delegates and three blank rows");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'engagement.saved' and objectId = ?1", e.id.toString())));

        Response removed = sec.submit(page, page, "version", String.valueOf(e.version), "invited", "YES",
                "seatsRequested", "4", "seatsGranted", "6", "delegates.1.name", "Maria Santos");
        assertEquals(303, removed.statusCode());
        assertEquals(List.of("Maria Santos"), stored(session).delegates.stream().map(d -> d.name).toList(),
                "a cleared name removes the delegate");
    }

    @Test
    void invalidInputComesBackWithMessagesAndWhatWasTyped() {
        WebSession conv = WebSession.signIn(convenor.username, TestData.PASSWORD);
        Response bad = conv.submit(page, page, "version", "0", "invited", "MAYBE", "seatsRequested", "-2",
                "seatsGranted", "lots", "delegates.0.organisation", "Tenaganita <b>", "delegates.1.name",
                "Aisyah Rahman");
        assertEquals(400, bad.statusCode());
        String html = bad.asString();
        assertTrue(html.contains("Choose whether the network was invited."));
        assertTrue(html.contains("Give a whole number, 0 or more"));
        assertTrue(html.contains("href=\"#f-delegates.0.name\""));
        assertTrue(html.contains("Give the delegate’s name, or clear the row."));
        assertTrue(html.contains("value=\"Tenaganita &lt;b&gt;\"") && html.contains("value=\"Aisyah Rahman\"")
                && html.contains("value=\"lots\""), "nothing typed is lost");
        assertEquals(null, stored(session));

        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Map.of("name", "Delegate " + i, "spoke", false));
        }
        as(convenor).body(Map.of("invited", "YES", "delegates", many, "version", 0)).put(api).then()
                .statusCode(400).body("errors.delegates", containsString("At most 50"));
    }

    @Test
    void focalPointsAndObserversReadButDoNotRecord() {
        as(secretariat).body(Map.of("invited", "NO", "seatsRequested", 3, "version", 0)).put(api).then()
                .statusCode(200).body("invited", equalTo("NO")).body("recorded", equalTo(true));
        WebSession focal = WebSession.signIn(focalId.username, TestData.PASSWORD);
        focal.get(page).then().statusCode(200).body(containsString("Invited: No"))
                .body(not(containsString("name=\"invited\""))).body(not(containsString("Allies met here")));
        Response refused = focal.submit(page, page, "version", String.valueOf(stored(session).version), "invited",
                "YES");
        assertEquals(403, refused.statusCode());
        as(focalId).body(Map.of("invited", "YES", "version", stored(session).version)).put(api).then()
                .statusCode(403);
        as(observer).body(Map.of("invited", "YES", "version", stored(session).version)).put(api).then()
                .statusCode(403);
        as(focalId).get(api).then().statusCode(200).body("invited", equalTo("NO")).body("seatsRequested", equalTo(3));
        assertEquals(Invitation.NO, stored(session).invited);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'permission.denied' and actor = ?1", focalId.username) > 0));
        WebSession obs = WebSession.signIn(observer.username, TestData.PASSWORD);
        obs.get(page).then().statusCode(200).body(containsString("Allies met here"));
    }

    @Test
    void theApiNeedsTheVersionReadAndRefusesAStaleOne() {
        as(convenor).get(api).then().statusCode(200).body("recorded", equalTo(false)).body("version", equalTo(0))
                .body("invited", equalTo("UNKNOWN")).body("delegates", hasSize(0));
        as(convenor).body(Map.of("invited", "YES")).put(api).then().statusCode(400)
                .body("errors.version", containsString("version"));
        long first = as(convenor).body(Map.of("invited", "YES", "seatsRequested", 5, "seatsGranted", 2,
                "delegates", List.of(Map.of("name", "Sok Dara", "organisation", "LSCW", "spoke", true)),
                "version", 0)).put(api).then().statusCode(200).body("delegates[0].name", equalTo("Sok Dara"))
                .body("seatsGranted", equalTo(2)).extract().jsonPath().getLong("version");
        as(secretariat).body(Map.of("invited", "NO", "version", 0)).put(api).then().statusCode(409)
                .body("errors.version", containsString("Someone else saved"));
        long second = as(secretariat).body(Map.of("invited", "YES", "seatsRequested", 5, "seatsGranted", 3,
                "version", first)).put(api).then().statusCode(200).body("delegates", hasSize(0)).extract()
                .jsonPath().getLong("version");
        assertTrue(second > first);
        as(convenor).body(Map.of("invited", "YES", "seatsRequested", -1, "version", second)).put(api).then()
                .statusCode(400).body("errors.seatsRequested", containsString("0 or more"));
        as(convenor).get("/api/v1/forum-sessions/99999999/engagement").then().statusCode(404);
    }

    @Test
    void aStaleFormKeepsMyTextAndShowsTheOtherValues() {
        as(convenor).body(Map.of("invited", "YES", "seatsRequested", 2, "version", 0)).put(api).then()
                .statusCode(200);
        WebSession sec = WebSession.signIn(secretariat.username, TestData.PASSWORD);
        Response stale = sec.submit(page, page, "version", "0", "invited", "NO", "notes", "My own notes",
                "delegates.0.name", "Thandar Aung");
        assertEquals(409, stale.statusCode());
        String html = stale.asString();
        assertTrue(html.contains("Someone else saved this record while you were editing."));
        assertTrue(html.contains("My own notes") && html.contains("value=\"Thandar Aung\""));
        assertTrue(html.contains("name=\"version\" value=\"" + stored(session).version + "\""));
    }
}
