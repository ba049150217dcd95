package org.mufakat.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Wrong passwords bring growing delays for the guesser's username and address, never a lock that strangers can put
 * on someone else's account; failures are counted exactly, however many arrive at once.
 */
@QuarkusTest
class SignInThrottleTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    /** A client address of its own for each use, so that tests do not count each other's failures. */
    static String address() {
        int n = ADDRESS.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    static Response attempt(String address, String username, String password) {
        return WebSession.anonymous().from(address).postSignIn(username, password);
    }

    static boolean refused(Response r) {
        return r.cookie("mufakat-signin-failed") != null;
    }

    @Test
    void aStrangersWrongGuessesDoNotKeepTheOwnerOut() {
        Account a = TestData.account("owner").focalPointFor(TestData.constituency("Lockland")).build();
        String stranger = address();
        for (int i = 0; i < 8; i++) {
            assertTrue(refused(attempt(stranger, a.username, "guess-" + i)));
        }
        Response owner = attempt(address(), a.username, TestData.PASSWORD);
        assertFalse(refused(owner), "the owner, elsewhere, signs in at once");
        assertNotNull(owner.cookie("mufakat-session"));
        given().header("X-Forwarded-For", address()).auth().preemptive().basic(a.username, TestData.PASSWORD)
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void pastFiveFailuresTheNextPasswordWaitsLongerEachTimeEvenTheRightOne() throws Exception {
        Account a = TestData.account("delay").observer().build();
        String from = address();
        for (int i = 0; i < 5; i++) {
            assertEquals("1", attempt(from, a.username, "wrong-" + i).cookie("mufakat-signin-failed"));
        }
        Response waiting = attempt(from, a.username, TestData.PASSWORD);
        assertTrue(waiting.cookie("mufakat-signin-failed").startsWith("wait-"), "the right password is not checked");
        assertNotNull(waiting.header("Retry-After"));
        given().cookie("mufakat-signin-failed", waiting.cookie("mufakat-signin-failed")).get("/login/failed").then()
                .statusCode(200).body(containsString("Too many attempts"))
                .body(containsString("Try again in " + waiting.cookie("mufakat-signin-failed").substring(5)
                        + " seconds"));
        given().header("X-Forwarded-For", from).auth().preemptive().basic(a.username, TestData.PASSWORD)
                .get("/api/v1/me").then().statusCode(401).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertTrue(SignInTest.audited(a.username, "signin.failed"));

        Thread.sleep(2_100);
        assertEquals("1", attempt(from, a.username, "wrong-again").cookie("mufakat-signin-failed"));
        String next = attempt(from, a.username, TestData.PASSWORD).cookie("mufakat-signin-failed");
        assertTrue(next.equals("wait-4") || next.equals("wait-3"), next);
    }

    @Test
    void twentyParallelWrongPasswordsGiveNo500AndEveryCheckedOneIsCounted() throws Exception {
        Account a = TestData.account("parallel").observer().build();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> form = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String from = address();
                form.add(() -> attempt(from, a.username, "wrong-" + from).statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(form)) {
                assertEquals(302, f.get(), "a refused form sign-in goes back to the form");
            }
            assertEquals(20, TestData.reload(a).failedLogins, "every failure counted, none lost");

            String from = address();
            List<Callable<Integer>> api = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                api.add(() -> given().header("X-Forwarded-For", from).auth().preemptive()
                        .basic(a.username, "wrong-api").get("/api/v1/me").statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(api)) {
                assertEquals(401, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long checked = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'signin.failed' and details like 'wrong password%'", a.username));
        assertEquals(checked, TestData.reload(a).failedLogins, "the count matches the passwords actually checked");
        assertTrue(checked >= 21, "twenty from as many addresses, and the API's from one: " + checked);
        // A good sign-in forgets the account's failures.
        assertFalse(refused(attempt(address(), a.username, TestData.PASSWORD)));
        assertEquals(0, TestData.reload(a).failedLogins);
    }

    @Test
    void parallelFormAttemptsFromOneAddressAreCheckedOneAtATime() throws Exception {
        Account a = TestData.account("burst").observer().build();
        String from = address();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> burst = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String guess = "burst-guess-" + i;
                burst.add(() -> attempt(from, a.username, guess).statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(burst)) {
                assertEquals(302, f.get(), "refused or held back, never an error");
            }
        } finally {
            pool.shutdownNow();
        }
        long checked = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'signin.failed' and details like 'wrong password%'", a.username));
        assertTrue(checked >= 1 && checked <= 5, "never more than the five free failures checked: " + checked);
    }

    @Test
    void oneAddressGuessingManyUsernamesIsSlowedDown() {
        String from = address();
        for (int i = 0; i < 30; i++) {
            assertEquals("1", attempt(from, "sprayed" + TestData.next(), "Password1").cookie("mufakat-signin-failed"));
        }
        Account a = TestData.account("spray").observer().build();
        assertTrue(attempt(from, a.username, TestData.PASSWORD).cookie("mufakat-signin-failed").startsWith("wait-"));
        assertFalse(refused(attempt(address(), a.username, TestData.PASSWORD)), "other addresses are not slowed");
    }

    @Test
    void manyAddressesGuessingOneAccountMeetADelayForTheAccount() {
        Account a = TestData.account("botnet").observer().build();
        QuarkusTransaction.requiringNew().run(() -> {
            Account x = Account.findById(a.id);
            x.failedLogins = 49;
            x.failedLoginAt = Instant.now();
        });
        String guesser = address();
        assertEquals("1", attempt(guesser, a.username, "guess").cookie("mufakat-signin-failed"));
        assertTrue(TestData.reload(a).isLockedAt(Instant.now()));
        // An address that guessed wrong meets the account's delay, even with the right password...
        assertTrue(attempt(guesser, a.username, TestData.PASSWORD).cookie("mufakat-signin-failed")
                .startsWith("wait-"));
        // ...until the secretariat lifts it.
        Account admin = TestData.account("lift").secretariat().build();
        WebSession secretariat = WebSession.signIn(admin.username, TestData.PASSWORD);
        String page = "/accounts/" + a.id;
        assertEquals(303, secretariat.submit(page, page + "/unlock").statusCode());
        assertFalse(refused(attempt(guesser, a.username, TestData.PASSWORD)));
    }

    @Test
    void theAccountsDelayDoesNotKeepItsOwnerOut() {
        Account a = TestData.account("owner").observer().build();
        QuarkusTransaction.requiringNew().run(() -> {
            Account x = Account.findById(a.id);
            x.failedLogins = 49;
            x.failedLoginAt = Instant.now();
        });
        attempt(address(), a.username, "guess");
        assertTrue(TestData.reload(a).isLockedAt(Instant.now()));
        assertFalse(refused(attempt(address(), a.username, TestData.PASSWORD)),
                "the owner, from an address that never guessed wrong, signs in");
    }

    @Test
    void theCurrentPasswordOnThePasswordPageIsCountedAndDelayedLikeASignIn() {
        Account a = TestData.account("oracle").observer().build();
        String from = address();
        WebSession s = WebSession.anonymous().from(from);
        assertEquals(302, s.postSignIn(a.username, TestData.PASSWORD).statusCode());
        for (int i = 0; i < 5; i++) {
            Response r = s.submit("/password", "/password", "currentPassword", "guess-" + i, "newPassword",
                    "a new long password", "confirmPassword", "a new long password");
            assertEquals(400, r.statusCode());
            assertTrue(r.asString().contains("This is not your current password."));
        }
        assertEquals(5, TestData.reload(a).failedLogins);
        Response r = s.submit("/password", "/password", "currentPassword", TestData.PASSWORD, "newPassword",
                "a new long password", "confirmPassword", "a new long password");
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("Too many wrong passwords were tried. Try again in"), r.asString());
        assertTrue(SignInTest.audited(a.username, "password.confirm-failed"));
    }
}
