package org.mufakat.forum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ForumApiTest {

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD);
    }

    @Test
    void anyoneSignedInListsForumsWithTheirSessionsFilteredBySpace() {
        int n = TestData.next();
        Forum sanctioned = ForumTestData.forum("Api listed" + n, ForumSpace.SANCTIONED);
        Forum created = ForumTestData.forum("Api listed" + n, ForumSpace.CREATED);
        ForumTestData.session(sanctioned, "Older", LocalDate.of(2015, 10, 26));
        ForumTestData.session(sanctioned, "Newer", LocalDate.of(2017, 10, 25));
        Account observer = TestData.account("fapiobs").observer().build();
        as(observer).get("/api/v1/forums?q=listed" + n).then().statusCode(200).body("total", equalTo(2))
                .body("items.acronym", hasItem(created.acronym));
        as(observer).get("/api/v1/forums?q=listed" + n + "&space=SANCTIONED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].acronym", equalTo(sanctioned.acronym))
                .body("items[0].space", equalTo("SANCTIONED")).body("items[0].entry", equalTo("INVITATION"))
                .body("items[0].sessions.title", equalTo(List.of("Newer", "Older")))
                .body("items[0].sessions[0].startsOn", equalTo("2017-10-25"));
        as(observer).get("/api/v1/forums?space=everything").then().statusCode(400)
                .contentType("application/problem+json").body("errors.space", equalTo("Choose one of the options."));
        given().get("/api/v1/forums").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theConvenorRegistersAForumAndFieldsTheServerSetsAreIgnored() {
        Account convenor = TestData.account("fapiconv").convenor().build();
        String acronym = "GFMD" + TestData.next();
        Response r = as(convenor).contentType("application/json").body("{\"name\":\"Global "
                + "Forum on Migration and Development\",\"acronym\":\"" + acronym + "\",\"space\":\"SANCTIONED\","
                + "\"entry\":\"ACCREDITATION\",\"frequency\":\"Yearly\",\"seatLimit\":30,\"id\":999999,"
                + "\"version\":7,\"createdAt\":\"2000-01-01T00:00:00Z\",\"sessions\":[{\"title\":\"Smuggled\"}]}")
                .post("/api/v1/forums");
        r.then().statusCode(201).contentType("application/json").body("acronym", equalTo(acronym));
        Forum saved = QuarkusTransaction.requiringNew().call(() -> Forum.findByAcronym(acronym));
        assertTrue(r.header("Location").endsWith("/api/v1/forums/" + saved.id));
        assertNotEquals(999999L, saved.id);
        assertEquals(0L, saved.version);
        assertTrue(saved.createdAt.isAfter(Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals(0L, ForumTestData.sessionsOf(saved));
        as(convenor).get(r.header("Location")).then().statusCode(200).body("acronym", equalTo(acronym))
                .body("seatLimit", equalTo(30)).body("entry", equalTo("ACCREDITATION"))
                .body("sessions.size()", equalTo(0));
    }

    @Test
    void invalidBodiesGetProblemJsonWithFieldErrors() {
        Account sec = TestData.account("fapisec").secretariat().build();
        Forum existing = ForumTestData.forum("Taken", ForumSpace.CREATED);
        as(sec).contentType("application/json").body("{\"name\":\"\",\"acronym\":\"" + existing.acronym.toLowerCase()
                + "\",\"space\":\"OFFICIAL\",\"entry\":\"OPEN\",\"seatLimit\":-1}").post("/api/v1/forums").then()
                .statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.name", equalTo("Enter a value here."))
                .body("errors.acronym", equalTo("This acronym is already used by " + existing.name + "."))
                .body("errors.space", equalTo("Choose one of the options."))
                .body("errors.seatLimit", equalTo("Enter a whole number of seats, 0 or more, or leave it empty."));
        as(sec).contentType("application/json").body("{not json").post("/api/v1/forums").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void sessionsAreAddedWithTheirDatesChecked() {
        Account sec = TestData.account("fapises").secretariat().build();
        Forum f = ForumTestData.forum("Api sessions", ForumSpace.SANCTIONED);
        as(sec).contentType("application/json").body("{\"title\":\"20th\",\"startsOn\":\"2027-10-21\","
                + "\"endsOn\":\"2027-10-20\"}").post("/api/v1/forums/" + f.id + "/sessions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.endsOn", equalTo("A session cannot end before it starts."));
        as(sec).contentType("application/json").body("{\"title\":\"20th\",\"startsOn\":\"20 October 2027\"}")
                .post("/api/v1/forums/" + f.id + "/sessions").then().statusCode(400)
                .body("errors.startsOn", equalTo("Enter a date as year-month-day, for example 2027-10-20."));
        int sessionId = as(sec).contentType("application/json").body("{\"title\":\"20th\",\"startsOn\":\"2027-10-20\","
                + "\"endsOn\":\"2027-10-21\",\"venue\":\"Singapore\",\"id\":5}")
                .post("/api/v1/forums/" + f.id + "/sessions").then().statusCode(201)
                .header("Location", notNullValue()).body("title", equalTo("20th"))
                .body("endsOn", equalTo("2027-10-21")).extract().path("id");
        as(sec).get("/api/v1/forums/" + f.id + "/sessions/" + sessionId).then().statusCode(200)
                .body("venue", equalTo("Singapore"));
        assertEquals(1L, ForumTestData.sessionsOf(f));
        as(sec).contentType("application/json").body("{\"title\":\"Lost\",\"startsOn\":\"2027-10-20\"}")
                .post("/api/v1/forums/999999999/sessions").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aFocalPointCannotRegisterForumsOrSessions() {
        Account fp = TestData.account("fapifp").focalPointFor(TestData.constituency("Apiforumland")).build();
        Forum f = ForumTestData.forum("Api guarded", ForumSpace.SANCTIONED);
        String acronym = "NOPE" + TestData.next();
        as(fp).contentType("application/json").body("{\"name\":\"Planted\",\"acronym\":\"" + acronym
                + "\",\"space\":\"CREATED\",\"entry\":\"OPEN\"}").post("/api/v1/forums").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        as(fp).contentType("application/json").body("{\"title\":\"Planted\",\"startsOn\":\"2027-10-20\"}")
                .post("/api/v1/forums/" + f.id + "/sessions").then().statusCode(403);
        assertEquals(0L, ForumTestData.forumsWithAcronym(acronym));
        assertEquals(0L, ForumTestData.sessionsOf(f));
        as(fp).get("/api/v1/forums/" + f.id).then().statusCode(200).body("acronym", equalTo(f.acronym));
    }

    @Test
    void theConvenorChangesAForumAndASessionWithTheVersionRead() {
        Account convenor = TestData.account("fapichg").convenor().build();
        Forum f = ForumTestData.forum("Api changed", ForumSpace.SANCTIONED);
        long sessionId = ForumTestData.session(f, "19th", LocalDate.of(2026, 10, 20)).id;
        String forum = "/api/v1/forums/" + f.id;
        String body = "{\"name\":\"ASEAN Forum on Migrant Labour\",\"acronym\":\"" + f.acronym
                + "\",\"space\":\"SANCTIONED\",\"entry\":\"INVITATION\",\"seatLimit\":12";
        as(convenor).contentType("application/json").body(body + "}").put(forum).then().statusCode(400)
                .contentType("application/problem+json").body("errors.version", notNullValue());
        as(convenor).contentType("application/json").body(body + ",\"version\":5}").put(forum).then()
                .statusCode(409);
        long version = as(convenor).get(forum).then().extract().jsonPath().getLong("version");
        as(convenor).contentType("application/json").body(body + ",\"version\":" + version + "}").put(forum).then()
                .statusCode(200).body("name", equalTo("ASEAN Forum on Migrant Labour")).body("seatLimit", equalTo(12))
                .body("version", equalTo((int) version + 1));

        String session = forum + "/sessions/" + sessionId;
        long sv = as(convenor).get(session).then().extract().jsonPath().getLong("version");
        as(convenor).contentType("application/json").body("{\"title\":\"19th AFML\",\"startsOn\":\"2026-10-21\"}")
                .put(session).then().statusCode(400).body("errors.version", notNullValue());
        as(convenor).contentType("application/json").body("{\"title\":\"19th AFML\",\"startsOn\":\"2026-10-21\","
                + "\"venue\":\"Manila\",\"version\":" + sv + "}").put(session).then().statusCode(200)
                .body("title", equalTo("19th AFML")).body("venue", equalTo("Manila"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> org.mufakat.audit.AuditEvent.count(
                "actor = ?1 and action = 'forum.session.updated'", convenor.username)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> org.mufakat.audit.AuditEvent.count(
                "actor = ?1 and action = 'forum.updated'", convenor.username)));

        Account fp = TestData.account("fapichgfp").focalPointFor(TestData.constituency("Apichangeland")).build();
        as(fp).contentType("application/json").body(body + ",\"version\":" + (version + 1) + "}").put(forum).then()
                .statusCode(403).contentType("application/problem+json");
        as(fp).contentType("application/json").body("{\"title\":\"Planted\",\"startsOn\":\"2026-10-21\","
                + "\"version\":" + (sv + 1) + "}").put(session).then().statusCode(403);
        Forum other = ForumTestData.forum("Api other", ForumSpace.CREATED);
        as(convenor).contentType("application/json").body("{\"title\":\"Moved\",\"startsOn\":\"2026-10-21\","
                + "\"version\":" + (sv + 1) + "}").put("/api/v1/forums/" + other.id + "/sessions/" + sessionId).then()
                .statusCode(404);
    }

    @Test
    void theForumApiIsDocumentedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", hasKey("/api/v1/forums"))
                .body("paths", hasKey("/api/v1/forums/{id}/sessions"))
                .body("paths.'/api/v1/forums'.post.tags", hasItem("Forums"));
    }
}
