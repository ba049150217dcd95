package org.mufakat.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The ratification matrix and its edit form, page and API: everyone signed in reads; the secretariat and the convenor
 * change a cell with a day and a source; stale versions are conflicts. Cells changed here are put back as seeded.
 */
@QuarkusTest
class RatificationTest {

    static final String SEED = "ILO NORMLEX and UN Treaty Collection, March 2015";

    Account secretariat;
    Account convenor;
    Account focalId;
    Account member;

    @BeforeEach
    void setUp() {
        secretariat = TestData.account("rsec").secretariat().build();
        convenor = TestData.account("rconv").convenor().build();
        Constituency indonesia = TestData.constituency("Indonesia");
        focalId = TestData.account("rfid").focalPointFor(indonesia).build();
        member = TestData.account("rmem").memberOf(TestData.organisation(indonesia, "SBMI")).build();
    }

    @AfterEach
    void putBack() {
        restore("Brunei", Instrument.C189, null, null);
        restore("Cambodia", Instrument.ICRMW, null, LocalDate.of(2004, 9, 27));
        restore("Viet Nam", Instrument.C97, null, null);
    }

    static void restore(String state, Instrument instrument, LocalDate ratified, LocalDate signed) {
        QuarkusTransaction.requiringNew().run(() -> {
            Ratification r = cell(state, instrument);
            r.ratifiedOn = ratified;
            r.signedOn = signed;
            r.source = SEED;
        });
    }

    static Ratification cell(String state, Instrument instrument) {
        return Ratification.<Ratification>find("state = ?1 and instrument = ?2", state, instrument).firstResult();
    }

    static Ratification reload(String state, Instrument instrument) {
        return QuarkusTransaction.requiringNew().call(() -> cell(state, instrument));
    }

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    @Test
    void everyoneReadsTheMatrixAndOnlyTheSecretariatAndConvenorAreOfferedChanges() {
        Ratification philippines = reload("Philippines", Instrument.C189);
        WebSession focal = WebSession.signIn(focalId.username, TestData.PASSWORD);
        String html = focal.get("/ratifications").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Malaysia (Sabah)") && html.contains("Timor-Leste (ASEAN observer)"), html);
        assertTrue(html.contains("id=\"r" + philippines.id + "\""));
        assertFalse(html.contains("/ratifications/" + philippines.id + "/edit"), "no change offered to focal points");
        assertEquals(403, focal.get("/ratifications/" + philippines.id + "/edit").statusCode());

        WebSession sec = WebSession.signIn(secretariat.username, TestData.PASSWORD);
        sec.get("/ratifications").then().statusCode(200)
                .body(containsString("/ratifications/" + philippines.id + "/edit"));
        api(member).get("/api/v1/ratifications").then().statusCode(200).body("", hasSize(48));
    }

    @Test
    void theSecretariatRecordsARatificationWithADayAndASource() {
        Ratification brunei = reload("Brunei", Instrument.C189);
        WebSession sec = WebSession.signIn(secretariat.username, TestData.PASSWORD);
        String edit = "/ratifications/" + brunei.id + "/edit";
        sec.get(edit).then().statusCode(200).body(containsString(SEED))
                .body(not(containsString("name=\"signedOn\"")));

        Response missing = sec.submit(edit, "/ratifications/" + brunei.id, "version", String.valueOf(brunei.version),
                "ratifiedOn", "2031-13-01", "source", "");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("Say where this comes from"));
        assertTrue(missing.asString().contains("Enter a date as YYYY-MM-DD"));
        assertTrue(missing.asString().contains("value=\"2031-13-01\""), "what was typed comes back");
        assertNull(reload("Brunei", Instrument.C189).ratifiedOn);

        Response future = sec.submit(edit, "/ratifications/" + brunei.id, "version", String.valueOf(brunei.version),
                "ratifiedOn", LocalDate.now().plusDays(10).toString(), "source", "Wishful <thinking>");
        assertEquals(400, future.statusCode());
        assertTrue(future.asString().contains("cannot be in the future"));
        assertTrue(future.asString().contains("value=\"Wishful &lt;thinking&gt;\""));

        Response saved = sec.submit(edit, "/ratifications/" + brunei.id, "version", String.valueOf(brunei.version),
                "ratifiedOn", "2025-06-16", "source", "ILO NORMLEX, read 2026-01-05");
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/ratifications#r" + brunei.id));
        Ratification now = reload("Brunei", Instrument.C189);
        assertEquals(LocalDate.of(2025, 6, 16), now.ratifiedOn);
        assertEquals("ILO NORMLEX, read 2026-01-05", now.source);
        assertEquals(secretariat.username, now.updatedBy);
        sec.get("/ratifications").then().body(containsString("Saved: Brunei, C189."));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'ratification.updated' and objectId = ?1", brunei.id.toString())));
    }

    @Test
    void onlyTheConventionIsSignedAndASignatureComesFirst() {
        Ratification cambodia = reload("Cambodia", Instrument.ICRMW);
        WebSession conv = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String edit = "/ratifications/" + cambodia.id + "/edit";
        conv.get(edit).then().statusCode(200).body(containsString("name=\"signedOn\"")).body(containsString(
                "value=\"2004-09-27\""));
        Response before = conv.submit(edit, "/ratifications/" + cambodia.id, "version",
                String.valueOf(cambodia.version), "ratifiedOn", "2003-01-01", "signedOn", "2004-09-27", "source",
                "UN Treaty Collection");
        assertEquals(400, before.statusCode());
        assertTrue(before.asString().contains("A signature comes before ratification"));
        assertEquals(303, conv.submit(edit, "/ratifications/" + cambodia.id, "version",
                String.valueOf(cambodia.version), "signedOn", "2004-09-27", "source", "UN Treaty Collection")
                .statusCode(), "a signature alone will do for the convention");

        Ratification vietnam = reload("Viet Nam", Instrument.C97);
        api(convenor).body(Map.of("signedOn", "2020-01-01", "source", "x", "version", vietnam.version))
                .put("/api/v1/ratifications/" + vietnam.id).then().statusCode(400)
                .body("errors.signedOn", containsString("Only the 1990 Convention"))
                .body("errors.ratifiedOn", containsString("Give the day it was ratified"));
    }

    @Test
    void theApiRefusesFocalPointsMissingVersionsAndStaleOnes() {
        Ratification vietnam = reload("Viet Nam", Instrument.C97);
        String path = "/api/v1/ratifications/" + vietnam.id;
        Map<String, Object> change = Map.of("ratifiedOn", "2024-02-01", "source", "ILO NORMLEX", "version",
                vietnam.version);
        api(focalId).body(change).put(path).then().statusCode(403);
        api(member).body(change).put(path).then().statusCode(403);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'permission.denied' and actor = ?1", focalId.username) > 0));

        api(secretariat).body(Map.of("ratifiedOn", "2024-02-01", "source", "ILO NORMLEX")).put(path).then()
                .statusCode(400).body("errors.version", containsString("version"));

        long next = api(secretariat).body(change).put(path).then().statusCode(200)
                .body("ratifiedOn", equalTo("2024-02-01")).body("source", equalTo("ILO NORMLEX")).extract()
                .jsonPath().getLong("version");
        assertTrue(next > vietnam.version);
        api(convenor).body(Map.of("ratifiedOn", "2024-03-01", "source", "Another", "version", vietnam.version))
                .put(path).then().statusCode(409).body("errors.version", containsString("Someone else saved"));
        assertEquals(LocalDate.of(2024, 2, 1), reload("Viet Nam", Instrument.C97).ratifiedOn);
    }

    @Test
    void aStaleFormComesBackWithTheOtherValuesAndMyText() {
        Ratification vietnam = reload("Viet Nam", Instrument.C97);
        WebSession sec = WebSession.signIn(secretariat.username, TestData.PASSWORD);
        String edit = "/ratifications/" + vietnam.id + "/edit";
        api(convenor).body(Map.of("ratifiedOn", "2023-05-05", "source", "Convenor's source", "version",
                vietnam.version)).put("/api/v1/ratifications/" + vietnam.id).then().statusCode(200);
        Response stale = sec.submit(edit, "/ratifications/" + vietnam.id, "version", String.valueOf(vietnam.version),
                "ratifiedOn", "2023-06-06", "source", "My source");
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("Convenor’s source") || stale.asString().contains("Convenor&#39;s source")
                || stale.asString().contains("Convenor's source"), stale.asString());
        assertTrue(stale.asString().contains("value=\"My source\""));
        assertTrue(stale.asString().contains("value=\"2023-06-06\""));
    }

    @Test
    void aConstituencyPageShowsTheRatificationsOfItsCountryIncludingSubNationalRows() {
        Constituency malaysia = TestData.constituency("Malaysia");
        WebSession focal = WebSession.signIn(focalId.username, TestData.PASSWORD);
        String html = focal.get("/constituencies/" + malaysia.id).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Malaysia (Sabah)"), html);
        assertTrue(html.contains("Malaysia (Sabah) ratified ILO C97 on 3 Mar 1964; it has ratified neither the"
                + " 1990 Convention nor ILO C143 or C189."), html);
        assertTrue(html.contains("Malaysia has ratified neither the 1990 Convention nor ILO C97, C143 or C189."));

        Constituency nowhere = TestData.constituency("Atlantis");
        focal.get("/constituencies/" + nowhere.id).then().statusCode(200)
                .body(containsString("The ratification table has no state named “Atlantis”."));
    }
}
