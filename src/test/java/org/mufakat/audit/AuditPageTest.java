package org.mufakat.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditPageTest {

    @Test
    void theSecretariatFiltersTheTrailByActorAndAction() {
        Account sec = TestData.account("auditor").secretariat().build();
        Account someone = TestData.account("audited").observer().build();
        WebSession.signIn(someone.username, TestData.PASSWORD);
        WebSession s = WebSession.signIn(sec.username, TestData.PASSWORD);
        s.get("/audit?actor=" + someone.username + "&action=signin").then().statusCode(200)
                .body(containsString(">" + someone.displayName + "</td><td data-label=\"Action\">Signed in</td>"))
                .body(not(containsString(">" + sec.displayName + "</td>")));
        s.get("/audit?actor=nobody-at-all").then().body(containsString("No events match these filters."));
        s.get("/audit?from=not-a-date&page=-3").then().statusCode(200);
    }

    /**
     * Issue 13: the trail reads as sentences of the reader's language, names objects and links to them, and offers
     * choice lists of actions and object types instead of raw codes.
     */
    @Test
    void theTrailSpeaksPlainlyAndLinksToTheObjects() {
        Account sec = TestData.account("auditplain").secretariat().build();
        WebSession s = WebSession.signIn(sec.username, TestData.PASSWORD);
        String code = "AU" + TestData.next();
        s.submit("/constituencies/new", "/constituencies", "code", code, "name", "Audit " + code, "country", "X");
        Constituency c = QuarkusTransaction.requiringNew().call(() -> Constituency.findByCode(code));
        String page = s.get("/audit?type=Constituency&actor=" + sec.username).then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains(">Constituency added</td><td data-label=\"Object\">Constituency: <a href=\"/constituencies/"
                + c.id + "\">Audit " + code + "</a></td>"), page);
        assertTrue(page.contains("<option value=\"Constituency\" selected>Constituency</option>"), page);
        assertTrue(page.contains("<option value=\"constituency.created\">Constituency added</option>"), page);
        assertFalse(page.contains("constituency.created<"), "no raw codes");
        s.submit("/", "/language", "lang", "th", "back", "/");
        s.get("/audit?type=Constituency&actor=" + sec.username).then()
                .body(containsString(">เพิ่มเขตสมาชิก</td><td data-label=\"รายการ\">เขตสมาชิก: <a href=\"/constituencies/"
                        + c.id));
    }

    @Test
    void othersAreRefusedAndTheRefusalIsAudited() {
        Account obs = TestData.account("peeker").observer().build();
        WebSession.signIn(obs.username, TestData.PASSWORD).get("/audit").then().statusCode(403);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'permission.denied'", obs.username) == 1));
    }
}
