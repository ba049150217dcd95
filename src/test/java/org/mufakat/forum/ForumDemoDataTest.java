package org.mufakat.forum;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.NetworkDemoData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A first run with demo data: the forums of the brief are there, with past and upcoming sessions. */
@QuarkusTest
@TestProfile(ForumDemoDataTest.DemoData.class)
public class ForumDemoDataTest {

    public static class DemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mufakat.demo-data", "true");
        }
    }

    @Test
    void theFirstRunShowsTheForumsOfTheBriefWithTheirSessions() {
        List<String> acronyms = QuarkusTransaction.requiringNew()
                .call(() -> Forum.listAllByName().stream().map(f -> f.acronym).toList());
        assertTrue(acronyms.containsAll(List.of("AFML", "ACMW", "SLOM", "ALMM", "AICHR", "ASEAN Summit", "GFMD",
                "ACSC/APF", "PGA")), acronyms.toString());
        List<String> afml = QuarkusTransaction.requiringNew().call(() -> ForumSession
                .listForForum(Forum.findByAcronym("AFML")).stream().map(s -> s.title).toList());
        assertEquals(List.of("20th AFML", "19th AFML", "18th AFML"), afml.subList(0, 3));
        assertEquals("2nd AFML", afml.get(afml.size() - 1), "the network has gone to the AFML since 2009");
        assertEquals(ForumSpace.CREATED, QuarkusTransaction.requiringNew()
                .call(() -> Forum.findByAcronym("ACSC/APF").space));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ForumSession.upcoming(LocalDate.of(2027, 1, 1)))
                .size() >= 2, "rounds have upcoming sessions to aim at");

        WebSession observer = WebSession.signIn("observer", NetworkDemoData.DEMO_PASSWORD);
        observer.get("/forums?space=CREATED").then().statusCode(200).body(containsString("ACSC/APF"))
                .body(containsString("PGA"));
        long afmlId = QuarkusTransaction.requiringNew().call(() -> Forum.findByAcronym("AFML").id);
        observer.get("/forums/" + afmlId).then().statusCode(200).body(containsString("10th AFML"))
                .body(containsString("Manila, Philippines")).body(containsString("Upcoming"));
    }
}
