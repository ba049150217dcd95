package org.mufakat.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mufakat.round.RoundFlowTest.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The round's verdict and matrix are kept between visits, and any change in the round (down to a statement of an
 * input) shows on the next visit: the round's change counter, read from the database, keys what is kept.
 */
@QuarkusTest
class RoundFactsTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    @Inject
    RoundChanges changes;

    Account convenor;
    Constituency laos;
    Constituency indonesia;
    Account focal;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("conv").convenor().build();
        laos = TestData.constituency("Lao PDR");
        indonesia = TestData.constituency("Indonesia");
        focal = TestData.account("fp").focalPointFor(laos).build();
    }

    long counter(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> changes.of(Round.findById(roundId)));
    }

    /** A round of the two constituencies, its inputs due in four days, opened for inputs through the API. */
    long collecting(String title, Constituency first, Constituency second) {
        long id = api(convenor).body(Map.of("title", title,
                "themes", List.of(Map.of("code", "RF", "title", "Recruitment fees")),
                "addressees", List.of("ASEAN"), "constituencyCodes", List.of(first.code, second.code),
                "inputDeadline", TODAY.plusDays(4).toString(), "reviewStages", List.of("CALIBRATION")))
                .post("/api/v1/rounds").then().statusCode(201).extract().jsonPath().getLong("id");
        api(convenor).body("{}").post("/api/v1/rounds/" + id + "/advance").then().statusCode(200);
        return id;
    }

    @Test
    void everySaveInTheRoundCountsAndTheNextVisitShowsIt() {
        String title = "Round " + TestData.next();
        long id = collecting(title, laos, indonesia);

        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        String waiting = laos.name + " has not submitted and its deadline is 4 days away.";
        assertTrue(c.get("/rounds/" + id).asString().contains(waiting));
        assertTrue(c.get("/").asString().contains("is waiting on 2 things"), "the dashboard counts both obstacles");
        WebSession f = WebSession.signIn(focal.username, TestData.PASSWORD);
        String due = "The national input of " + laos.name + " for “" + title + "” is due on";
        assertTrue(f.get("/").asString().contains(due), "the focal point's dashboard names the input");

        long before = counter(id);
        String input = "/api/v1/rounds/" + id + "/inputs/" + laos.code;
        api(focal).body("{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Cap recruitment fees.\"}")
                .post(input + "/statements").then().statusCode(201);
        long afterStatement = counter(id);
        assertTrue(afterStatement > before, "a new statement counts as a change of its round");
        c.get("/").then().statusCode(200);
        assertEquals(afterStatement, counter(id), "reading changes nothing");

        long version = api(focal).get(input).then().statusCode(200).extract().jsonPath().getLong("version");
        api(focal).body("{\"version\":" + version + "}").post(input + "/submit").then().statusCode(200);
        String page = c.get("/rounds/" + id).asString();
        assertFalse(page.contains(waiting), "the kept verdict gave way to the submitted input");
        assertTrue(page.contains("1 of 2 constituencies have submitted"));
        assertTrue(c.get("/").asString().contains("is waiting on one thing"));
        assertFalse(f.get("/").asString().contains(due), "the kept line gave way to the submitted input");
    }

    @Test
    void theLateInputsOnTheDashboardAreKeptUntilAnInputComesIn() {
        String title = "Late round " + TestData.next();
        long id = collecting(title, laos, indonesia);
        QuarkusTransaction.requiringNew().run(() -> Round.<Round>findById(id).inputDeadline = TODAY.minusDays(1));

        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        assertTrue(c.get("/").asString().contains("“" + title + "”: 2 national inputs are late."));
        c.get("/").then().statusCode(200);
        String input = "/api/v1/rounds/" + id + "/inputs/" + laos.code;
        api(focal).body("{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Cap recruitment fees.\"}")
                .post(input + "/statements").then().statusCode(201);
        long version = api(focal).get(input).then().statusCode(200).extract().jsonPath().getLong("version");
        api(focal).body("{\"version\":" + version + "}").post(input + "/submit").then().statusCode(200);
        assertTrue(c.get("/").asString().contains("“" + title + "”: one national input is late."),
                "the kept count gave way to the submitted input");
    }

    @Test
    void aNewNameShownWithEveryRoundCountsAsAChangeOfEveryRound() {
        long id = collecting("Renamed round " + TestData.next(), laos, indonesia);
        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        assertTrue(c.get("/rounds/" + id).asString().contains(laos.name + " has not submitted"));

        long before = counter(id);
        String renamed = "Laos " + TestData.next();
        QuarkusTransaction.requiringNew().run(() -> Constituency.<Constituency>findById(laos.id).name = renamed);
        long afterRename = counter(id);
        assertTrue(afterRename > before, "a constituency's new name counts in every round");
        assertTrue(c.get("/rounds/" + id).asString().contains(renamed + " has not submitted"),
                "the kept verdict gave way to the new name");

        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(focal.id).lastLoginAt = Instant.now());
        assertEquals(afterRename, counter(id), "a person signing in changes no round");
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(focal.id).displayName = "Renamed");
        assertTrue(counter(id) > afterRename, "a person's new display name counts in every round");
    }

    /** The round page is kept per browser (its forms carry that browser's token) and per reader's rights. */
    @Test
    void theKeptRoundPageIsEachReadersAndEachBrowsersOwn() {
        long id = collecting("Kept round " + TestData.next(), laos, indonesia);
        String advance = "action=\"/rounds/" + id + "/advance\"";
        WebSession first = WebSession.signIn(convenor.username, TestData.PASSWORD);
        WebSession second = WebSession.signIn(convenor.username, TestData.PASSWORD);
        for (WebSession s : List.of(first, second, first, second)) {
            String page = s.get("/rounds/" + id).then().statusCode(200).extract().asString();
            assertTrue(page.contains(advance), "the convenor may move the round on");
            int forms = s.assertFormsCarryOwnToken(page);
            assertTrue(forms >= 2, "the move and the shell's sign-out");
        }
        assertFalse(first.cookie("csrf-token").equals(second.cookie("csrf-token")));

        WebSession f = WebSession.signIn(focal.username, TestData.PASSWORD);
        String page = f.get("/rounds/" + id).then().statusCode(200).extract().asString();
        assertFalse(page.contains(advance), "a focal point may not move the round on");
        assertTrue(page.contains("href=\"/rounds/" + id + "/inputs/" + laos.code + "\""), "their own input");
        assertFalse(page.contains("href=\"/rounds/" + id + "/inputs/" + indonesia.code + "\""), "not another's");
    }

    /** The dashboard's kept items are each person's: a new grant shows on the person's next visit. */
    @Test
    void aNewGrantShowsOnTheNextVisitOfTheDashboard() {
        String title = "Granted round " + TestData.next();
        collecting(title, laos, indonesia);
        String due = "The national input of " + laos.name + " for “" + title + "” is due on";
        Account newcomer = TestData.account("newcomer").observer().build();
        WebSession n = WebSession.signIn(newcomer.username, TestData.PASSWORD);
        assertFalse(n.get("/").asString().contains(due), "an observer writes no input");
        assertFalse(n.get("/").asString().contains(due));

        WebSession sec = WebSession.signIn(TestData.account("sec").secretariat().build().username,
                TestData.PASSWORD);
        String account = "/accounts/" + newcomer.id;
        assertEquals(303, sec.submit(account, account + "/grants", "role", "FOCAL_POINT", "constituencyId",
                laos.id.toString()).statusCode());
        assertTrue(n.get("/").asString().contains(due), "the new focal point's dashboard names the input");
    }
}
