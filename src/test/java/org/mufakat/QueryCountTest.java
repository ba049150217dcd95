package org.mufakat;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.mufakat.bench.LargeNetwork;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A page's number of SQL statements must not grow with the data: every key page is opened on a small network and on
 * one with twice the constituencies and three times the statements and recommendations (the shapes of
 * bench/LargeNetwork, imported through the API), and must run the same number of statements on both. Statements are
 * counted by Hibernate's statistics (on in the test profile), so a lazy collection loaded row by row counts too.
 */
@QuarkusTest
class QueryCountTest {

    static final LargeNetwork.Shape SMALL = new LargeNetwork.Shape("QS", 3, 2);
    static final LargeNetwork.Shape LARGER = new LargeNetwork.Shape("QL", 6, 6);

    @Inject
    EntityManagerFactory factory;

    /** An imported network: its rounds, and people who read them. */
    record Network(long closed, long collecting, long proposal, String focalCode, WebSession convenor,
            WebSession secretariat, WebSession focalPoint, WebSession member) {
    }

    /** Imports a network of the given shape through the API, as a secretariat, and signs its people in. */
    Network importNetwork(LargeNetwork.Shape shape) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Account secretariat = TestData.account("qsec").secretariat().build();
        Account convenor = TestData.account("qconv").convenor().build();
        long[] ids = new long[3];
        String[] statuses = { "CLOSED", "ENDORSEMENT", "COLLECTING" };
        for (int i = 0; i < statuses.length; i++) {
            ids[i] = given().auth().preemptive().basic(secretariat.username, TestData.PASSWORD)
                    .contentType("application/json")
                    .body(json.writeValueAsBytes(LargeNetwork.round(shape, 2025 + Math.min(i, 1), statuses[i])))
                    .post("/api/v1/rounds/import").then().statusCode(201).extract().jsonPath().getLong("roundId");
        }
        String code = shape.prefix() + "ID";
        Constituency indonesia = QuarkusTransaction.requiringNew().call(() -> Constituency.findByCode(code));
        MemberOrganisation organisation = TestData.organisation(indonesia, "Query count members");
        Account focal = TestData.account("qfp").focalPointFor(indonesia).build();
        Account member = TestData.account("qmem").memberOf(organisation).build();
        return new Network(ids[0], ids[2], ids[1], code, WebSession.signIn(convenor.username, TestData.PASSWORD),
                WebSession.signIn(secretariat.username, TestData.PASSWORD),
                WebSession.signIn(focal.username, TestData.PASSWORD),
                WebSession.signIn(member.username, TestData.PASSWORD));
    }

    /** The number of SQL statements one GET of {@code path} runs, for the reader {@code who}. */
    long statements(WebSession who, String path) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        int status = who.get(path).statusCode();
        assertEquals(200, status, path);
        return statistics.getPrepareStatementCount();
    }

    record Page(String name, Function<Network, WebSession> reader,
            Function<Network, String> path) {
    }

    static final List<Page> PAGES = List.of(
            new Page("dashboard, convenor", Network::convenor, n -> "/"),
            new Page("dashboard, secretariat", Network::secretariat, n -> "/"),
            new Page("dashboard, focal point", Network::focalPoint, n -> "/"),
            new Page("dashboard, member", Network::member, n -> "/"),
            new Page("round matrix", Network::convenor, n -> "/rounds/" + n.collecting()),
            new Page("round in review", Network::convenor, n -> "/rounds/" + n.proposal()),
            new Page("input editor", Network::focalPoint,
                    n -> "/rounds/" + n.collecting() + "/inputs/" + n.focalCode()),
            new Page("input editor, another theme", Network::focalPoint,
                    n -> "/rounds/" + n.collecting() + "/inputs/" + n.focalCode() + "?theme=DW"),
            new Page("input, read by the convenor", Network::convenor,
                    n -> "/rounds/" + n.proposal() + "/inputs/" + n.focalCode()),
            new Page("harmonization workspace", Network::convenor, n -> "/rounds/" + n.proposal() + "/harmonize"),
            new Page("harmonization workspace, another theme", Network::convenor,
                    n -> "/rounds/" + n.proposal() + "/harmonize?theme=DW"),
            new Page("harmonization workspace, all themes, second page", Network::convenor,
                    n -> "/rounds/" + n.proposal() + "/harmonize?theme=all&page=2"),
            new Page("harmonization workspace, filtered, second page", Network::convenor,
                    n -> "/rounds/" + n.proposal() + "/harmonize?theme=all&constituency=" + n.focalCode()
                            + "&addressee=&q=e&page=2"),
            new Page("proposal", Network::convenor, n -> "/rounds/" + n.proposal() + "/review"),
            new Page("proposal, focal point", Network::focalPoint, n -> "/rounds/" + n.proposal() + "/review"),
            new Page("version diff", Network::convenor,
                    n -> "/rounds/" + n.proposal() + "/review/versions/diff?from=1&to=3"),
            new Page("consensus", Network::convenor, n -> "/rounds/" + n.proposal() + "/review/consensus"),
            new Page("source matrix", Network::convenor, n -> "/rounds/" + n.proposal() + "/source-matrix"),
            new Page("source matrix, another theme", Network::convenor,
                    n -> "/rounds/" + n.proposal() + "/source-matrix?theme=DW"),
            new Page("outcome", Network::focalPoint, n -> "/rounds/" + n.closed() + "/outcome/" + n.focalCode()),
            new Page("impact", Network::convenor, n -> "/impact"),
            new Page("API recommendations", Network::convenor,
                    n -> "/api/v1/rounds/" + n.proposal() + "/recommendations"),
            new Page("API recommendations, second page", Network::convenor,
                    n -> "/api/v1/rounds/" + n.proposal() + "/recommendations?page=2&size=10"));

    /** Each page's statement count, opened twice (the first time may fill caches). */
    Map<String, Long> count(Network network) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Page page : PAGES) {
            statements(page.reader().apply(network), page.path().apply(network));
            counts.put(page.name(), statements(page.reader().apply(network), page.path().apply(network)));
        }
        return counts;
    }

    @Test
    void noKeyPageRunsMoreStatementsOnALargerNetwork() throws Exception {
        Network first = importNetwork(SMALL);
        Map<String, Long> small = count(first);
        // Dashboards list what each open round asks: the larger network's two open rounds take the place of these.
        for (long id : new long[] { first.collecting(), first.proposal() }) {
            Round round = QuarkusTransaction.requiringNew().call(() -> Round.findById(id));
            RoundTestData.setStatus(round, RoundStatus.CLOSED);
        }
        Map<String, Long> larger = count(importNetwork(LARGER));
        List<String> grown = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Page page : PAGES) {
            long few = small.get(page.name());
            long many = larger.get(page.name());
            report.append(String.format("%-30s %4d %4d%n", page.name(), few, many));
            if (many > few) {
                grown.add(page.name() + ": " + few + " statements on the small network, " + many + " on the larger");
            }
        }
        System.out.println("QUERIES page, small network, larger network\n" + report);
        assertTrue(grown.isEmpty(), String.join("\n", grown));
    }
}
