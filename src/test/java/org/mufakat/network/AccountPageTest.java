package org.mufakat.network;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.security.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AccountPageTest {

    WebSession secretariat;
    Account admin;

    @BeforeEach
    void signIn() {
        admin = TestData.account("admin").secretariat().build();
        secretariat = WebSession.signIn(admin.username, TestData.PASSWORD);
    }

    @Test
    void theSecretariatCreatesAnAccountAndMakesItAFocalPoint() {
        Constituency vn = TestData.constituency("Viet Nam");
        String username = "new.fp" + TestData.next();
        Response created = secretariat.submit("/accounts/new", "/accounts", "username", username.toUpperCase(),
                "displayName", "Nguyen Thi", "email", "nt@example.org", "password", "a long first password");
        assertEquals(303, created.statusCode());
        Account a = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username));
        String page = "/accounts/" + a.id;

        Response missingScope = secretariat.submit(page, page + "/grants", "role", "FOCAL_POINT");
        assertEquals(400, missingScope.statusCode());
        assertTrue(missingScope.asString().contains("A focal point acts for a constituency: choose one."));

        Response granted = secretariat.submit(page, page + "/grants", "role", "FOCAL_POINT", "constituencyId",
                vn.id.toString());
        assertEquals(303, granted.statusCode());
        secretariat.submit(page, page + "/grants", "role", "FOCAL_POINT", "constituencyId", vn.id.toString());
        assertEquals(1, TestData.reload(a).grants.size(), "the same grant twice is one grant");

        WebSession fp = WebSession.signIn(username, "a long first password");
        fp.get("/").then().statusCode(200).body(containsString("Focal point: " + vn.code));
    }

    @Test
    void resettingAPasswordLiftsALockAndTheOldPasswordStopsWorking() {
        Account a = TestData.account("reset").observer().build();
        QuarkusTransaction.requiringNew().run(() -> ((Account) Account.findById(a.id)).lockedUntil =
                java.time.Instant.now().plusSeconds(600));
        String page = "/accounts/" + a.id;
        secretariat.get(page).then().body(containsString("Locked"));
        Response mismatch = secretariat.submit(page, page + "/password", "newPassword", "another long password",
                "confirmPassword", "another long passworx");
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.asString().contains("The two new passwords are not the same."));
        assertEquals(303, secretariat.submit(page, page + "/password", "newPassword", "another long password",
                "confirmPassword", "another long password").statusCode());
        WebSession.signIn(a.username, "another long password").get("/").then().statusCode(200);
        Response old = WebSession.anonymous().postSignIn(a.username, TestData.PASSWORD);
        assertTrue(old.cookie("mufakat-signin-failed") != null);
    }

    @Test
    void disablingAsksFirstAndStopsSignIn() {
        Account a = TestData.account("todisable").observer().build();
        String page = "/accounts/" + a.id;
        secretariat.get(page + "/disable").then().statusCode(200).body(containsString("Disable the account of"));
        assertEquals(303, secretariat.submit(page + "/disable", page + "/disable").statusCode());
        assertFalse(TestData.reload(a).enabled);
        Response r = WebSession.anonymous().postSignIn(a.username, TestData.PASSWORD);
        assertTrue(r.cookie("mufakat-signin-failed") != null);
        assertEquals(303, secretariat.submit(page, page + "/enable").statusCode());
        assertTrue(TestData.reload(a).enabled);
    }

    @Test
    void nobodyDisablesThemselves() {
        Response r = secretariat.submit("/accounts/" + admin.id + "/disable", "/accounts/" + admin.id + "/disable");
        assertEquals(409, r.statusCode());
        assertTrue(r.asString().contains("You cannot disable your own account."));
        assertTrue(TestData.reload(admin).enabled);
    }

    @Test
    void revokingAskesFirstAndRemovesTheGrant() {
        Account a = TestData.account("revoke").observer().build();
        long grantId = TestData.reload(a).grants.get(0).id;
        String revoke = "/accounts/" + a.id + "/grants/" + grantId + "/revoke";
        secretariat.get(revoke).then().statusCode(200).body(containsString("Revoke the role Observer from"));
        assertEquals(303, secretariat.submit(revoke, revoke).statusCode());
        assertTrue(TestData.reload(a).grants.isEmpty());
    }

    @Test
    void usernamesAreUniqueAndPasswordsLongEnough() {
        Response r = secretariat.submit("/accounts/new", "/accounts", "username", admin.username, "displayName", "X",
                "password", "short");
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("This username is already taken."));
        assertTrue(r.asString().contains("Use at least 12 characters."));
        assertFalse(r.asString().contains("value=\"short\""), "passwords are never sent back");
    }

    @Test
    void onlyTheSecretariatAdministersAccounts() {
        Constituency c = TestData.constituency("Thailand");
        for (Account other : new Account[] { TestData.account("conv").convenor().build(),
                TestData.account("fp").focalPointFor(c).build() }) {
            WebSession s = WebSession.signIn(other.username, TestData.PASSWORD);
            s.get("/accounts").then().statusCode(403);
            s.get("/accounts/" + admin.id).then().statusCode(403);
            Response grant = s.submit("/", "/accounts/" + other.id + "/grants", "role", Role.SECRETARIAT.name());
            assertEquals(403, grant.statusCode());
            assertFalse(TestData.reload(other).grants.stream().anyMatch(g -> g.role == Role.SECRETARIAT));
        }
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
        Account a = TestData.account("own").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        Response wrong = s.submit("/password", "/password", "currentPassword", "not it", "newPassword",
                "my brand new password", "confirmPassword", "my brand new password");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.asString().contains("This is not your current password."));
        assertEquals(303, s.submit("/password", "/password", "currentPassword", TestData.PASSWORD, "newPassword",
                "my brand new password", "confirmPassword", "my brand new password").statusCode());
        WebSession.signIn(a.username, "my brand new password");
    }
}
