package org.mufakat.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A database that cannot be reached gives a 503 that says so, with Retry-After, as a page and as problem JSON, never
 * the generic error with an incident; the outage ends when the database answers. The real outage (PostgreSQL
 * stopped under a running instance) is src/test/ops/prod-start.sh.
 */
@QuarkusTest
class OutageTest {

    @Inject
    Outage outage;

    @Test
    void lostConnectionsAreToldApartFromOtherFailures() {
        assertTrue(Outage.causedByLostDatabase(new RuntimeException(new JDBCConnectionException("down",
                new SQLException("refused", "08001")))));
        assertTrue(Outage.causedByLostDatabase(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(Outage.causedByLostDatabase(new IllegalStateException(new ConnectException("refused"))));
        assertTrue(Outage.causedByLostDatabase(new SQLException("terminating connection", "57P01")));
        RollbackException commitFailed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commitFailed.addSuppressed(new XAException("commit").initCause(new SQLException("terminating", "57P01")));
        assertTrue(Outage.causedByLostDatabase(new IllegalStateException(commitFailed)),
                "a commit cut off by the server keeps the database error among what it suppressed");
        assertFalse(Outage.causedByLostDatabase(new SQLException("duplicate key", "23505")));
        assertFalse(Outage.causedByLostDatabase(new IllegalStateException("a bug")));
    }

    @Test
    void anOutageIsA503PageAndProblemJsonAndEnds() {
        given().get("/test-outage").then().statusCode(503).header("Retry-After", "30")
                .contentType(containsString("text/html")).body(containsString("Briefly unavailable"))
                .body(not(containsString("incident")));
        given().header("Accept-Language", "id").get("/test-outage").then().statusCode(503)
                .body(containsString("Sementara tidak tersedia"));
        given().get("/api/v1/test-outage").then().statusCode(503).header("Retry-After", "30")
                .contentType("application/problem+json").body("status", equalTo(503))
                .body("title", equalTo("Service Unavailable"));
        assertTrue(outage.isOngoing());
        outage.probe();
        assertFalse(outage.isOngoing(), "the database answers, so the outage is over");
    }
}
