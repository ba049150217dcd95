package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each rule a production start is refused by: given settings in, the sentence naming the variable out. */
class StartupSettingsTest {

    private final Map<String, String> settings = new HashMap<>(Map.of(
            StartupSettings.SESSION_KEY, "a-session-key-of-44-characters-0123456789ab",
            "mufakat.zone", "Asia/Bangkok",
            "mufakat.base-url", "https://mufakat.example.org",
            "quarkus.mailer.from", "mufakat@example.org",
            "quarkus.mailer.port", "587",
            "mufakat.login.free-failures", "5",
            "mufakat.reminders.days-before", "3",
            "mufakat.keycloak.enabled", "false",
            "mufakat.login.local", "true"));

    private List<String> problems() {
        return StartupSettings.problems(settings::get);
    }

    private void assertOneProblemNaming(String variable) {
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(variable), problems.get(0));
    }

    @Test
    void goodSettingsPass() {
        assertEquals(List.of(), problems());
    }

    @Test
    void missingSessionKeyIsRefused() {
        settings.remove(StartupSettings.SESSION_KEY);
        assertOneProblemNaming("MUFAKAT_SESSION_KEY is not set");
    }

    @Test
    void shortSessionKeyIsRefusedWithoutRepeatingIt() {
        settings.put(StartupSettings.SESSION_KEY, "CHANGE-ME");
        assertOneProblemNaming("MUFAKAT_SESSION_KEY has fewer than 16");
        assertTrue(!problems().get(0).contains("CHANGE-ME"));
    }

    @Test
    void adminUsernameWithoutPasswordIsRefused() {
        settings.put("mufakat.bootstrap.username", "secretariat");
        assertOneProblemNaming("MUFAKAT_ADMIN_USERNAME is set but MUFAKAT_ADMIN_PASSWORD is not");
    }

    @Test
    void adminPasswordWithoutUsernameIsRefused() {
        settings.put("mufakat.bootstrap.password", "a-long-enough-password");
        assertOneProblemNaming("MUFAKAT_ADMIN_PASSWORD is set but MUFAKAT_ADMIN_USERNAME is not");
    }

    @Test
    void shortAdminPasswordIsRefused() {
        assertTrue(StartupSettings.adminPasswordProblem("CHANGE-ME").startsWith("MUFAKAT_ADMIN_PASSWORD has fewer"));
        assertNull(StartupSettings.adminPasswordProblem("twelve-chars"));
    }

    @Test
    void localSignInOffNeedsKeycloak() {
        settings.put("mufakat.login.local", "false");
        assertOneProblemNaming("MUFAKAT_LOCAL_SIGNIN is false");
    }

    @Test
    void keycloakNeedsItsAddress() {
        keycloakOn();
        settings.remove("mufakat.keycloak.url");
        assertOneProblemNaming("MUFAKAT_KEYCLOAK_URL is not set");
        settings.put("mufakat.keycloak.url", "sso.example.org/realms/mufakat");
        assertOneProblemNaming("MUFAKAT_KEYCLOAK_URL is not an http(s) address");
    }

    @Test
    void keycloakNeedsTheClientSecret() {
        keycloakOn();
        settings.put("quarkus.oidc.credentials.secret", "CHANGE-ME");
        assertOneProblemNaming("MUFAKAT_KEYCLOAK_CLIENT_SECRET is not set");
    }

    @Test
    void keycloakNeedsALongCookieSecret() {
        keycloakOn();
        settings.remove("quarkus.oidc.token-state-manager.encryption-secret");
        settings.put(StartupSettings.SESSION_KEY, "sixteen-chars-ok");
        assertOneProblemNaming("MUFAKAT_KEYCLOAK_SESSION_SECRET (or, without it, MUFAKAT_SESSION_KEY) has fewer than 32");
        settings.put("quarkus.oidc.token-state-manager.encryption-secret", "x".repeat(32));
        assertEquals(List.of(), problems());
    }

    @Test
    void mailSettingsAreChecked() {
        settings.put("quarkus.mailer.port", "smtp");
        assertOneProblemNaming("MUFAKAT_SMTP_PORT");
        settings.put("quarkus.mailer.port", "587");
        settings.put("quarkus.mailer.from", "mufakat");
        assertOneProblemNaming("MUFAKAT_MAIL_FROM");
        settings.put("quarkus.mailer.from", "mufakat@example.org");
        settings.put("quarkus.mailer.username", "CHANGE-ME");
        assertOneProblemNaming("MUFAKAT_SMTP_USER still holds");
        settings.put("quarkus.mailer.username", "mufakat@example.org");
        assertOneProblemNaming("MUFAKAT_SMTP_PASSWORD is not set");
        settings.put("quarkus.mailer.password", "secret");
        settings.put("mufakat.base-url", "mufakat.example.org");
        assertOneProblemNaming("MUFAKAT_BASE_URL");
    }

    @Test
    void mailIsNotCheckedWhenItIsOnlyLogged() {
        settings.put("quarkus.mailer.mock", "true");
        settings.put("quarkus.mailer.from", "nobody");
        assertEquals(List.of(), problems());
    }

    @Test
    void zoneAndNumbersAreChecked() {
        settings.put("mufakat.zone", "Asia/Jakartaa");
        assertOneProblemNaming("MUFAKAT_ZONE");
        settings.put("mufakat.zone", "Asia/Jakarta");
        settings.put("mufakat.login.free-failures", "0");
        assertOneProblemNaming("MUFAKAT_LOGIN_FREE_FAILURES");
        settings.put("mufakat.login.free-failures", "5");
        settings.put("mufakat.login.max-delay", "fifteen minutes");
        assertOneProblemNaming("MUFAKAT_LOGIN_MAX_DELAY");
        settings.put("mufakat.login.max-delay", "15m");
        settings.put("mufakat.reminders.days-before", "three");
        assertOneProblemNaming("MUFAKAT_REMINDER_DAYS");
        settings.put("mufakat.reminders.days-before", "3");
        settings.put("mufakat.submission.acknowledge-within-days", "0");
        assertOneProblemNaming("MUFAKAT_ACKNOWLEDGE_DAYS");
    }

    private void keycloakOn() {
        settings.put("mufakat.keycloak.enabled", "true");
        settings.put("mufakat.keycloak.url", "https://sso.example.org/realms/mufakat");
        settings.put("quarkus.oidc.credentials.secret", "client-secret");
        settings.put("quarkus.oidc.token-state-manager.encryption-secret", "k".repeat(44));
    }
}
