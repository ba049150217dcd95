package org.mufakat.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.InputProgress;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InputProgressTest {

    @Inject
    InputProgress progress;

    @Test
    void eachConstituencyShowsItsStateAndLastChange() {
        Constituency drafting = TestData.constituency("Cambodia");
        Constituency submitted = TestData.constituency("Indonesia");
        Constituency nil = TestData.constituency("Viet Nam");
        Constituency late = TestData.constituency("Lao PDR");
        Round round = RoundTestData.collecting(drafting, submitted, nil, late);
        Account kh = TestData.account("pkh").focalPointFor(drafting).build();
        Account id = TestData.account("pid").focalPointFor(submitted).build();
        Account vn = TestData.account("pvn").focalPointFor(nil).build();
        String base = "/api/v1/rounds/" + round.id + "/inputs/";
        InputApiTest.as(kh).body("{\"venue\":\"Phnom Penh\"}").put(base + drafting.code).then().statusCode(200);
        InputApiTest.as(id).body("{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Zero fees\"}")
                .post(base + submitted.code + "/statements").then().statusCode(201);
        long v = InputApiTest.as(id).get(base + submitted.code).then().extract().jsonPath().getLong("version");
        InputApiTest.as(id).body("{\"version\":" + v + "}").post(base + submitted.code + "/submit").then()
                .statusCode(200);
        InputApiTest.as(vn).body("{\"reason\":\"No consultation\"}").post(base + nil.code + "/nil-return").then()
                .statusCode(200);

        Map<Long, InputProgress.Progress> p = QuarkusTransaction.requiringNew()
                .call(() -> progress.progressOf(Round.findById(round.id)));
        assertEquals(InputState.DRAFTING, p.get(drafting.id).state());
        assertEquals(kh.username, p.get(drafting.id).changedBy());
        assertEquals(InputState.SUBMITTED, p.get(submitted.id).state());
        assertEquals(id.username, p.get(submitted.id).changedBy());
        assertNotNull(p.get(submitted.id).lastChange());
        assertEquals(InputState.NIL_RETURN, p.get(nil.id).state());
        assertFalse(p.containsKey(late.id), "a constituency that has not started is absent");
    }
}
