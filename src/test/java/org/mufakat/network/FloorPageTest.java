package org.mufakat.network;

import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The benchmark's floor page is there only when switched on, and then only for people signed in. */
@QuarkusTest
@TestProfile(FloorPageTest.FloorOn.class)
class FloorPageTest {

    public static class FloorOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mufakat.bench.floor", "true");
        }
    }

    @Test
    void theFloorListsTheConstituenciesSortedWithTheRowAddedAtRequestTime() {
        Constituency c = TestData.constituency("Floorland");
        Account someone = TestData.account("floor").observer().build();
        WebSession.signIn(someone.username, TestData.PASSWORD).get("/bench/floor").then().statusCode(200)
                .body(containsString("<td>" + c.code + "</td><td>" + c.name + "</td>"))
                .body(containsString("Added at request time"));
        WebSession.anonymous().get("/bench/floor").then().statusCode(302);
    }
}
