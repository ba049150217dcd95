package org.mufakat.submission;

import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumDemoDataTest;
import org.mufakat.forum.ForumSession;
import org.mufakat.network.NetworkDemoData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A first run with demo data: past forum sessions have their engagement recorded, and allies are there to read. */
@QuarkusTest
@TestProfile(ForumDemoDataTest.DemoData.class)
class AllyDemoDataTest {

    @Test
    void theFirstRunShowsEngagementAndAllies() {
        long tenth = QuarkusTransaction.requiringNew().call(() -> ForumSession.findByTitle(
                Forum.findByAcronym("AFML"), "10th AFML").id);
        WebSession observer = WebSession.signIn("observer", NetworkDemoData.DEMO_PASSWORD);
        observer.get("/forum-sessions/" + tenth + "/engagement").then().statusCode(200)
                .body(containsString("Thandar Aung")).body(containsString("MAP Foundation"))
                .body(containsString("Ramon dela Cruz (demo)"));
        observer.get("/allies?country=Indonesia").then().statusCode(200).body(containsString("Dewi Lestari (demo)"));
        WebSession focal = WebSession.signIn("focal.id", NetworkDemoData.DEMO_PASSWORD);
        focal.get("/forum-sessions/" + tenth + "/engagement").then().statusCode(200)
                .body(containsString("Thandar Aung"));
    }
}
