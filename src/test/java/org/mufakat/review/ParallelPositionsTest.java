package org.mufakat.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A focal point on a slow link whose client retries, or two people of one constituency at the same moment: parallel
 * positions on the same slot each end in 200 or a 409 problem, never a 500, and one position stands.
 */
@QuarkusTest
class ParallelPositionsTest {

    static final int THREADS = 8;
    static final int ROUNDS = 4;

    @Test
    void parallelPositionsOnOneSlotAnswer200Or409AndOnePositionStands() throws Exception {
        Constituency vietnam = TestData.constituency("Viet Nam");
        Constituency cambodia = TestData.constituency("Cambodia");
        Account focal = TestData.account("ppfp").focalPointFor(vietnam).build();
        Round round = ReviewTestData.round(RoundStatus.ENDORSEMENT,
                LocalDate.now(ZoneId.of("Asia/Bangkok")).plusDays(7), vietnam, cambodia);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        String url = "/api/v1/rounds/" + round.id + "/positions";

        List<Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int n = 0; n < ROUNDS; n++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> pending = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String stance = t % 2 == 0 ? "ENDORSE" : "STAND_ASIDE";
                    String body = n % 2 == 0
                            ? "{\"position\":\"" + stance + "\",\"constituencyCode\":\"" + vietnam.code + "\"}"
                            : "{\"position\":\"" + stance + "\",\"recommendationId\":" + dw.id
                                    + ",\"constituencyCode\":\"" + vietnam.code + "\"}";
                    Callable<Response> post = () -> {
                        start.await();
                        return given().auth().preemptive().basic(focal.username, TestData.PASSWORD)
                                .contentType("application/json").body(body).post(url);
                    };
                    pending.add(pool.submit(post));
                }
                start.countDown();
                for (Future<Response> f : pending) {
                    answers.add(f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> unexpected = answers.stream().filter(r -> r.statusCode() != 200 && r.statusCode() != 409)
                .map(r -> r.statusCode() + " " + r.asString()).toList();
        assertEquals(List.of(), unexpected);
        assertTrue(answers.stream().anyMatch(r -> r.statusCode() == 200));
        answers.stream().filter(r -> r.statusCode() == 409).forEach(r -> {
            assertEquals("application/problem+json", r.contentType());
            assertEquals(409, r.jsonPath().getInt("status"));
        });
        long whole = QuarkusTransaction.requiringNew().call(() -> Position.count(
                "round.id = ?1 and recommendation is null and constituency.id = ?2", round.id, vietnam.id));
        long onDw = QuarkusTransaction.requiringNew().call(() -> Position.count(
                "round.id = ?1 and recommendation.id = ?2 and constituency.id = ?3", round.id, dw.id, vietnam.id));
        assertEquals(1L, whole);
        assertEquals(1L, onDw);
    }
}
