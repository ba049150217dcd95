package org.mufakat.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.ApiToken;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Twenty people (or one impatient client) saving the same version of the same thing at the same moment: exactly one
 * save wins, the others get 409, never a 500; and the same creation sent twenty times at once makes one record.
 */
@QuarkusTest
class ConcurrencyTest {

    static final int PARALLEL = 20;

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    /** Sends the twenty requests at once; their answers' status codes. */
    static List<Integer> atOnce(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int n = i;
                Callable<Response> call = () -> {
                    start.await();
                    return request.apply(n);
                };
                pending.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Response> f : pending) {
                Response r = f.get();
                codes.add(r.statusCode());
                if (r.statusCode() != 200 && r.statusCode() != 201 && r.statusCode() != 409) {
                    System.out.println("UNEXPECTED " + r.statusCode() + " " + r.asString());
                }
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    static long count(List<Integer> codes, int code) {
        return codes.stream().filter(c -> c == code).count();
    }

    @Test
    void twentySavesOfOneStatementVersionOneWinsTheOthersConflict() throws Exception {
        Constituency vietnam = TestData.constituency("Viet Nam");
        Account focal = TestData.account("cc-fp").focalPointFor(vietnam).build();
        Round round = RoundTestData.collecting(vietnam);
        String statements = "/api/v1/rounds/" + round.id + "/inputs/" + vietnam.code + "/statements";
        Response created = api(focal).body(Map.of("theme", "DW", "addressee", "ASEAN", "text", "Ratify C189."))
                .post(statements);
        long id = created.jsonPath().getLong("id");
        long version = created.jsonPath().getLong("version");
        List<Integer> codes = atOnce(n -> api(focal).body(Map.of("theme", "DW", "addressee", "ASEAN", "text",
                "Edit number " + n, "version", version)).put(statements + "/" + id));
        assertEquals(1, count(codes, 200), codes.toString());
        assertEquals(PARALLEL - 1, count(codes, 409), codes.toString());
        assertEquals(version + 1, api(focal).get(statements.replace("/statements", "")).jsonPath()
                .getLong("statements.find { it.id == " + id + " }.version"));
    }

    @Test
    void twentySavesOfOneRecommendationVersionOneWinsTheOthersConflict() throws Exception {
        Constituency vietnam = TestData.constituency("Viet Nam");
        Account convenor = TestData.account("cc-conv").convenor().build();
        Round round = ReviewTestData.round(RoundStatus.HARMONIZING, null, vietnam);
        Recommendation rec = ReviewTestData.byText(round, ReviewTestData.RF);
        List<Long> sources = QuarkusTransaction.requiringNew().call(() -> ((Recommendation) Recommendation
                .findById(rec.id)).sources.stream().map(s -> s.id).toList());
        String url = "/api/v1/rounds/" + round.id + "/recommendations/" + rec.id;
        long version = api(convenor).get(url).then().statusCode(200).extract().jsonPath().getLong("version");
        List<Integer> codes = atOnce(n -> api(convenor).body(Map.of("themeCode", "RF", "addressee", "ASEAN",
                "text", "No fees, version " + n, "sourceStatementIds", sources, "version", version)).put(url));
        assertEquals(1, count(codes, 200), codes.toString());
        assertEquals(PARALLEL - 1, count(codes, 409), codes.toString());
        assertEquals(version + 1, QuarkusTransaction.requiringNew().call(
                () -> ((Recommendation) Recommendation.findById(rec.id)).version));
    }

    @Test
    void theSameCreationSentTwentyTimesAtOnceMakesOneRecord() throws Exception {
        Account a = TestData.account("cc-tok").observer().build();
        String key = "double-" + TestData.next();
        List<Integer> codes = atOnce(n -> api(a).header("Idempotency-Key", key).body(Map.of("name", "Twice"))
                .post("/api/v1/tokens"));
        assertEquals(List.of(), codes.stream().filter(c -> c >= 500).toList());
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ApiToken.count("account.id", a.id)),
                codes.toString());
    }
}
