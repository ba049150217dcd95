package org.mufakat.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Account;
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
                .body(containsString(someone.username)).body(containsString("signin"))
                .body(not(containsString(">" + sec.username + "<")));
        s.get("/audit?actor=nobody-at-all").then().body(containsString("No events match these filters."));
        s.get("/audit?from=not-a-date&page=-3").then().statusCode(200);
    }

    @Test
    void othersAreRefusedAndTheRefusalIsAudited() {
        Account obs = TestData.account("peeker").observer().build();
        WebSession.signIn(obs.username, TestData.PASSWORD).get("/audit").then().statusCode(403);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'permission.denied'", obs.username) == 1));
    }
}
