package org.mufakat.harmonize;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.input.InputTestData;
import org.mufakat.input.Statement;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The workspace shows a theme's statements 50 at a time, keeping the filter across pages; what it counts over the whole
 * round (kept between visits) follows every change.
 */
@QuarkusTest
class WorkspacePagingTest {

    Constituency thailand;
    Constituency malaysia;
    Account convenor;
    String base;
    List<Long> th;

    @BeforeEach
    void setUp() {
        thailand = TestData.constituency("Thailand");
        malaysia = TestData.constituency("Malaysia");
        Round round = RoundTestData.build(RoundStatus.HARMONIZING, thailand, malaysia);
        convenor = TestData.account("wpconv").convenor().build();
        base = "/rounds/" + round.id;
        InputTestData.submitted(round, malaysia, "DW|ASEAN|Malaysia asks for a weekly rest day.");
        List<String> statements = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            statements.add(String.format("DW|ASEAN|Paged statement %03d on domestic work.", i));
        }
        statements.add("RF|ASEAN|Cap recruitment fees.");
        th = InputTestData.submitted(round, thailand, statements.toArray(String[]::new));
    }

    @Test
    void theSecondPageStartsAtTheFiftyFirstStatementAndKeepsTheFilter() {
        WebSession s = WebSession.signIn(convenor.username, TestData.PASSWORD);
        // Malaysia comes first: Thailand's 49th statement is the 50th row.
        s.get(base + "/harmonize?theme=DW").then().statusCode(200).body(containsString("Showing 1–50 of 61"))
                .body(containsString("Malaysia asks for a weekly rest day."))
                .body(containsString("Paged statement 049")).body(not(containsString("Paged statement 050")))
                .body(containsString("theme=DW&amp;page=2"));
        s.get(base + "/harmonize?theme=DW&page=2").then().statusCode(200)
                .body(containsString("Showing 51–61 of 61")).body(containsString("Paged statement 050"))
                .body(containsString("Paged statement 060")).body(not(containsString("Paged statement 049")))
                .body(not(containsString("Malaysia asks"))).body(not(containsString("Cap recruitment fees.")))
                .body(containsString("theme=DW&amp;page=1"));

        String filtered = base + "/harmonize?theme=DW&constituency=" + thailand.code + "&fate=NONE&q=PAGED";
        s.get(filtered + "&page=2").then().statusCode(200).body(containsString("Showing 51–60 of 60"))
                .body(containsString("Paged statement 051")).body(not(containsString("Malaysia asks")))
                .body(containsString("theme=DW&amp;constituency=" + thailand.code + "&amp;fate=NONE&amp;q=PAGED"
                        + "&amp;page=1"));
    }

    @Test
    void oddPagesGiveTheFirstOrTheLastAndAnEmptyFilterSaysSo() {
        WebSession s = WebSession.signIn(convenor.username, TestData.PASSWORD);
        for (String page : List.of("0", "-3", "abc", "", "99999999999", "1.5")) {
            s.get(base + "/harmonize?theme=DW&page=" + page).then().statusCode(200)
                    .body(containsString("Showing 1–50 of 61"));
        }
        for (String page : List.of("3", "2147483647")) {
            s.get(base + "/harmonize?theme=DW&page=" + page).then().statusCode(200)
                    .body(containsString("Showing 51–61 of 61"));
        }
        s.get(base + "/harmonize?theme=DW&q=nothing+like+this&page=4").then().statusCode(200)
                .body(containsString("No statement matches this filter.")).body(not(containsString("Showing")));
        // Every theme in the round's order: fees (RF) first, then domestic work, paged across both.
        s.get(base + "/harmonize?theme=all").then().statusCode(200).body(containsString("Showing 1–50 of 62"))
                .body(containsString("Cap recruitment fees.")).body(containsString("Paged statement 048"))
                .body(not(containsString("Paged statement 049")));
        s.get(base + "/harmonize?theme=all&page=2").then().statusCode(200)
                .body(containsString("Showing 51–62 of 62")).body(containsString("Paged statement 049"))
                .body(not(containsString("Cap recruitment fees.")));
    }

    @Test
    void aFateDecidedOnTheSecondPageBringsTheConvenorBackThere() {
        WebSession s = WebSession.signIn(convenor.username, TestData.PASSWORD);
        long onSecondPage = th.get(54);
        String disposition = base + "/statements/" + onSecondPage + "/disposition";
        Response decided = s.submit(disposition, disposition, "fate", "DEFERRED", "rationale", "Next year.");
        assertEquals(303, decided.statusCode());
        assertTrue(decided.header("Location").endsWith("/harmonize?theme=DW&page=2#s" + onSecondPage),
                decided.header("Location"));
        s.get(base + "/harmonize?theme=DW&page=2").then().body(containsString("Deferred"))
                .body(containsString("Next year."));
        s.get(base + "/harmonize?theme=DW&fate=DEFERRED").then().body(containsString("Showing 1–1 of 1"))
                .body(containsString("Paged statement 055"));

        long onFirstPage = th.get(0);
        String first = base + "/statements/" + onFirstPage + "/disposition";
        Response again = s.submit(first, first, "fate", "DEFERRED", "rationale", "Later.");
        assertTrue(again.header("Location").endsWith("/harmonize?theme=DW#s" + onFirstPage),
                again.header("Location"));
    }

    @Test
    void theRoundsCountsAndAddresseesFollowAChange() {
        WebSession s = WebSession.signIn(convenor.username, TestData.PASSWORD);
        s.get(base + "/harmonize").then().statusCode(200)
                .body(containsString("62 submitted statements, 0 with a fate"))
                .body(not(containsString("<option value=\"ILO\"")));
        String disposition = base + "/statements/" + th.get(0) + "/disposition";
        assertEquals(303, s.submit(disposition, disposition, "fate", "DEFERRED", "rationale", "Later.").statusCode());
        s.get(base + "/harmonize").then().body(containsString("62 submitted statements, 1 with a fate"));

        QuarkusTransaction.requiringNew().run(() -> Statement.<Statement>findById(th.get(1)).addressee = "ILO");
        s.get(base + "/harmonize").then().body(containsString("<option value=\"ILO\""));
    }
}
