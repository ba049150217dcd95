package org.mufakat.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The settings a production start must have right, checked before anything else runs. Each rule names the
 * environment variable to fix and never repeats a secret's value. {@link SettingsSource} applies them at start.
 */
public final class StartupSettings {

    /** Quarkus refuses a shorter session key, and then answers every request with an error. */
    public static final int MIN_SESSION_KEY = 16;
    /** The Keycloak cookies' key must have this many characters. */
    public static final int MIN_KEYCLOAK_SECRET = 32;
    /** The first secretariat account's password (the same rule as every password). */
    public static final int MIN_ADMIN_PASSWORD = 12;
    static final String PLACEHOLDER = "CHANGE-ME";

    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";

    private StartupSettings() {
    }

    /**
     * What is wrong with the production settings, one sentence per problem; empty when the app may start.
     *
     * @param value a setting's value after profiles and expressions, or null when it is not set
     */
    public static List<String> problems(Function<String, String> value) {
        List<String> problems = new ArrayList<>();
        String key = blankToNull(value.apply(SESSION_KEY));
        if (key == null) {
            problems.add("MUFAKAT_SESSION_KEY is not set: set it to a secret of at least " + MIN_SESSION_KEY
                    + " characters, the same on every instance (openssl rand -base64 32).");
        } else if (key.length() < MIN_SESSION_KEY) {
            problems.add("MUFAKAT_SESSION_KEY has fewer than " + MIN_SESSION_KEY
                    + " characters: set a longer secret (openssl rand -base64 32).");
        }
        adminAccount(value, problems);
        keycloak(value, key, problems);
        mail(value, problems);
        numbersAndZone(value, problems);
        return problems;
    }

    /**
     * The first secretariat account's password, checked when that account is about to be created (only while no
     * secretariat exists). Null when it may be used.
     */
    public static String adminPasswordProblem(String password) {
        if (password == null || password.length() < MIN_ADMIN_PASSWORD) {
            return "MUFAKAT_ADMIN_PASSWORD has fewer than " + MIN_ADMIN_PASSWORD
                    + " characters: no secretariat account exists yet, so set a longer password (or remove"
                    + " MUFAKAT_ADMIN_USERNAME and MUFAKAT_ADMIN_PASSWORD when the first secretariat signs in"
                    + " through Keycloak).";
        }
        return null;
    }

    private static void adminAccount(Function<String, String> value, List<String> problems) {
        String username = blankToNull(value.apply("mufakat.bootstrap.username"));
        String password = blankToNull(value.apply("mufakat.bootstrap.password"));
        if (username != null && password == null) {
            problems.add("MUFAKAT_ADMIN_USERNAME is set but MUFAKAT_ADMIN_PASSWORD is not: set both, or neither.");
        } else if (username == null && password != null) {
            problems.add("MUFAKAT_ADMIN_PASSWORD is set but MUFAKAT_ADMIN_USERNAME is not: set both, or neither.");
        }
    }

    private static void keycloak(Function<String, String> value, String sessionKey, List<String> problems) {
        boolean enabled = "true".equalsIgnoreCase(strip(value.apply("mufakat.keycloak.enabled")));
        boolean local = !"false".equalsIgnoreCase(strip(value.apply("mufakat.login.local")));
        if (!enabled) {
            if (!local) {
                problems.add("MUFAKAT_LOCAL_SIGNIN is false but Keycloak sign-in is off (MUFAKAT_KEYCLOAK_ENABLED):"
                        + " nobody could sign in.");
            }
            return;
        }
        String url = blankToNull(value.apply("mufakat.keycloak.url"));
        if (url == null) {
            problems.add("MUFAKAT_KEYCLOAK_URL is not set: with MUFAKAT_KEYCLOAK_ENABLED=true set it to the realm's"
                    + " address, https://KEYCLOAK-HOST/realms/REALM.");
        } else if (!isHttpUrl(url)) {
            problems.add("MUFAKAT_KEYCLOAK_URL is not an http(s) address: set it to the realm's address,"
                    + " https://KEYCLOAK-HOST/realms/REALM.");
        }
        String secret = blankToNull(value.apply("quarkus.oidc.credentials.secret"));
        if (secret == null || PLACEHOLDER.equals(secret)) {
            problems.add("MUFAKAT_KEYCLOAK_CLIENT_SECRET is not set: with MUFAKAT_KEYCLOAK_ENABLED=true set it to"
                    + " the client's secret from Keycloak.");
        }
        String cookieSecret = blankToNull(value.apply("quarkus.oidc.token-state-manager.encryption-secret"));
        if (cookieSecret == null) {
            cookieSecret = sessionKey;
        }
        if (cookieSecret != null && cookieSecret.length() < MIN_KEYCLOAK_SECRET) {
            problems.add("MUFAKAT_KEYCLOAK_SESSION_SECRET (or, without it, MUFAKAT_SESSION_KEY) has fewer than "
                    + MIN_KEYCLOAK_SECRET + " characters: with Keycloak sign-in it needs at least "
                    + MIN_KEYCLOAK_SECRET + " (openssl rand -base64 32).");
        }
    }

    private static void mail(Function<String, String> value, List<String> problems) {
        if ("true".equalsIgnoreCase(strip(value.apply("quarkus.mailer.mock")))) {
            return;
        }
        String port = strip(value.apply("quarkus.mailer.port"));
        if (port != null && !isInteger(port, 1, 65535)) {
            problems.add("MUFAKAT_SMTP_PORT is not a port number (1 to 65535).");
        }
        String from = strip(value.apply("quarkus.mailer.from"));
        if (from == null || !from.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add("MUFAKAT_MAIL_FROM is not an e-mail address.");
        }
        String user = blankToNull(value.apply("quarkus.mailer.username"));
        String password = blankToNull(value.apply("quarkus.mailer.password"));
        if (PLACEHOLDER.equals(user)) {
            problems.add("MUFAKAT_SMTP_USER still holds the example's " + PLACEHOLDER
                    + ": set the mail server's user, or leave it empty.");
        } else if (user != null && (password == null || PLACEHOLDER.equals(password))) {
            problems.add("MUFAKAT_SMTP_PASSWORD is not set although MUFAKAT_SMTP_USER is: set the mail server's"
                    + " password.");
        }
        String base = strip(value.apply("mufakat.base-url"));
        if (base == null || !isHttpUrl(base)) {
            problems.add("MUFAKAT_BASE_URL is not an http(s) address: set the address people open, for links in"
                    + " e-mails (https://mufakat.example.org).");
        }
    }

    private static void numbersAndZone(Function<String, String> value, List<String> problems) {
        String zone = strip(value.apply("mufakat.zone"));
        try {
            ZoneId.of(zone == null ? "" : zone);
        } catch (DateTimeException e) {
            problems.add("MUFAKAT_ZONE is not a time zone (for example Asia/Bangkok).");
        }
        positive(value, "mufakat.login.free-failures", "MUFAKAT_LOGIN_FREE_FAILURES", problems);
        positive(value, "mufakat.login.address-free-failures", "MUFAKAT_LOGIN_ADDRESS_FREE_FAILURES", problems);
        positive(value, "mufakat.login.account-free-failures", "MUFAKAT_LOGIN_ACCOUNT_FREE_FAILURES", problems);
        String delay = strip(value.apply("mufakat.login.max-delay"));
        if (delay != null && !isDuration(delay)) {
            problems.add("MUFAKAT_LOGIN_MAX_DELAY is not a duration (for example PT15M, or 15m).");
        }
        positive(value, "mufakat.reminders.days-before", "MUFAKAT_REMINDER_DAYS", problems);
        positive(value, "mufakat.submission.acknowledge-within-days", "MUFAKAT_ACKNOWLEDGE_DAYS", problems);
    }

    private static void positive(Function<String, String> value, String property, String variable,
            List<String> problems) {
        String v = strip(value.apply(property));
        if (v != null && !isInteger(v, 1, 100_000)) {
            problems.add(variable + " is not a whole number above zero.");
        }
    }

    private static boolean isInteger(String s, int min, int max) {
        try {
            int n = Integer.parseInt(s);
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A positive duration as Quarkus reads one: ISO-8601 (PT15M), a number with a unit (15m), or seconds (900). */
    private static boolean isDuration(String s) {
        String iso = s.matches("\\d+") ? "PT" + s + "S" : s.matches("\\d+[smhSMH]") ? "PT" + s.toUpperCase() : s;
        try {
            return java.time.Duration.parse(iso).compareTo(java.time.Duration.ZERO) > 0;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
