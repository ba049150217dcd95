package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.forum.ForumDemoDataTest;
import org.mufakat.network.NetworkDemoData;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 13: each role's dashboard lists what waits on them in the demo network, with direct links: late inputs for
 * the secretariat and the convenor, what became of a focal point's input (open discussions: ReviewDashboardTest).
 */
@QuarkusTest
@TestProfile(ForumDemoDataTest.DemoData.class)
class DashboardDemoDataTest {

    static String dashboard(String username) {
        String page = WebSession.signIn(username, NetworkDemoData.DEMO_PASSWORD).get("/").then().statusCode(200)
                .extract().asString();
        return page;
    }

    @Test
    void theSecretariatSeesTheLateInputs() {
        String page = dashboard("secretariat");
        assertTrue(page.contains("5 national inputs are late. <a href=\"/rounds/"), page);
        assertFalse(page.contains("Nothing is waiting on you"), page);
    }

    @Test
    void theConvenorSeesTheLateInputsBesideTheRoundsNextMoves() {
        String page = dashboard("convenor");
        assertTrue(page.contains("5 national inputs are late. <a href=\"/rounds/"), page);
        assertTrue(page.contains("before it can move on."), page);
    }

    @Test
    void aFocalPointIsLedToWhatBecameOfTheirInput() {
        String page = dashboard("focal.id");
        assertTrue(page.contains("What became of the input of Indonesia to “National consultations for the 19th AFML”"),
                page);
        assertTrue(page.contains("/outcome/ID\">See what became of it</a>"), page);
    }
}
