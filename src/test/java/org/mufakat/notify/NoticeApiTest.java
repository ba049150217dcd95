package org.mufakat.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Each person's notices and e-mail choice through {@code /api/v1/notices}: their own only, safe to repeat. */
@QuarkusTest
class NoticeApiTest {

    Account me;
    Account someoneElse;

    @BeforeEach
    void setUp() {
        me = TestData.account("nme").observer().build();
        someoneElse = TestData.account("nelse").observer().build();
    }

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    /** Notices "Notice 1" (oldest) to "Notice n" for the account, each a second apart. */
    static List<Long> notices(Account to, int n) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant start = Instant.now().minusSeconds(3600);
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Notice notice = new Notice();
                notice.accountId = to.id;
                notice.subject = "Notice " + i;
                notice.body = "Body " + i;
                notice.link = "/rounds";
                notice.createdAt = start.plusSeconds(i);
                notice.persist();
                ids.add(notice.id);
            }
            return ids;
        });
    }

    static long audited(Account who, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                who.username, action));
    }

    @Test
    void theListIsPagedNewestFirstWithOnlyTheCallersNotices() {
        notices(me, 30);
        notices(someoneElse, 2);
        as(me).get("/api/v1/notices").then().statusCode(200).body("items", hasSize(25)).body("total", equalTo(30))
                .body("unread", equalTo(30)).body("page", equalTo(1)).body("items[0].subject", equalTo("Notice 30"))
                .body("items[0].read", equalTo(false));
        as(me).get("/api/v1/notices?page=2").then().body("items", hasSize(5)).body("items[4].subject",
                equalTo("Notice 1"));
        as(me).get("/api/v1/notices?page=2147483647").then().statusCode(200).body("page", equalTo(2));
        as(someoneElse).get("/api/v1/notices").then().body("total", equalTo(2));
        given().get("/api/v1/notices").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void markingReadIsForOnesOwnNoticesAndSafeToRepeat() {
        List<Long> mine = notices(me, 3);
        long theirs = notices(someoneElse, 1).get(0);
        for (int i = 0; i < 2; i++) {
            as(me).post("/api/v1/notices/" + mine.get(0) + "/read").then().statusCode(200)
                    .body("read", equalTo(true)).body("readAt", notNullValue());
        }
        assertEquals(1, audited(me, "notice.read"), "marking read twice is recorded once");
        as(me).post("/api/v1/notices/" + theirs + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        assertNull(QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>findById(theirs).readAt));

        as(me).post("/api/v1/notices/read").then().statusCode(200).body("marked", equalTo(2))
                .body("unread", equalTo(0));
        as(me).post("/api/v1/notices/read").then().statusCode(200).body("marked", equalTo(0));
        assertEquals(1, audited(me, "notice.all-read"));
        as(someoneElse).get("/api/v1/notices").then().body("unread", equalTo(1));
    }

    @Test
    void theEmailChoiceIsReadAndChangedAsOnThePage() {
        as(me).get("/api/v1/notices/settings").then().statusCode(200).body("preference", equalTo("IMMEDIATE"))
                .body("hasEmail", equalTo(true)).body("choices", equalTo(List.of("IMMEDIATE", "DAILY_DIGEST", "OFF")));
        for (int i = 0; i < 2; i++) {
            as(me).body("{\"preference\":\"DAILY_DIGEST\"}").put("/api/v1/notices/settings").then().statusCode(200)
                    .body("preference", equalTo("DAILY_DIGEST"));
        }
        assertEquals(1, audited(me, "notice.preference-changed"));
        as(me).body("{\"preference\":\"WEEKLY\"}").put("/api/v1/notices/settings").then().statusCode(400)
                .contentType("application/problem+json").body("errors.preference", equalTo("Choose one of the options."));
        as(me).body("{}").put("/api/v1/notices/settings").then().statusCode(400);
        as(me).get("/api/v1/notices/settings").then().body("preference", equalTo("DAILY_DIGEST"));
        as(someoneElse).get("/api/v1/notices/settings").then().body("preference", not(equalTo("DAILY_DIGEST")));
    }
}
