package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The configuration as a start reads it (application.properties, the environment, {@link SettingsSource}): prod
 * refuses a missing or short session key with one line that names the variable and shows no key; the embedded run
 * has a random key of its own, kept in its data folder, the same after a restart.
 */
class SettingsSourceTest {

    @TempDir
    Path data;

    private SmallRyeConfig start(String profile, Map<String, String> environment) throws IOException {
        return read(profile, environment, false);
    }

    /** With {@code build}, as the build (or dev mode, which builds in the process that runs) reads it. */
    private SmallRyeConfig read(String profile, Map<String, String> environment, boolean build) throws IOException {
        Properties app = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        Map<String, String> env = new HashMap<>(environment);
        env.put(SettingsSource.DATA_DIR, data.toString());
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(toMap(app), "application.properties", 250))
                .withSources(new PropertiesConfigSource(env, "environment", 300))
                .withSources(new SettingsSource(build)).build();
    }

    @Test
    void prodWithoutSessionKeyRefusesToStart() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> start("prod", Map.of()));
        assertTrue(e.getMessage().startsWith("Mufakat cannot start: MUFAKAT_SESSION_KEY is not set"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void prodWithShortSessionKeyRefusesToStart() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> start("prod", Map.of("MUFAKAT_SESSION_KEY", "CHANGE-ME")));
        assertTrue(e.getMessage().contains("MUFAKAT_SESSION_KEY has fewer than 16 characters"), e.getMessage());
        assertFalse(e.getMessage().contains("CHANGE-ME"));
    }

    @Test
    void prodStartsWithItsKey() throws IOException {
        String key = "a-real-key-of-forty-four-characters-012345678";
        SmallRyeConfig config = start("prod", Map.of("MUFAKAT_SESSION_KEY", key));
        assertEquals(key, config.getValue(StartupSettings.SESSION_KEY, String.class));
        assertFalse(Files.exists(data.resolve(SessionKeyFile.NAME)));
    }

    @Test
    void embeddedRunHasItsOwnKeyKeptBesideTheData() throws IOException {
        String key = start("embedded", Map.of()).getValue(StartupSettings.SESSION_KEY, String.class);
        Path file = data.resolve(SessionKeyFile.NAME);
        assertTrue(key.length() >= 32);
        assertEquals(key, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key, start("embedded", Map.of()).getValue(StartupSettings.SESSION_KEY, String.class),
                "a restart keeps the key");
        assertEquals(key, start("dev", Map.of()).getValue(StartupSettings.SESSION_KEY, String.class));
    }

    @Test
    void theBuildMakesNoKeyButDevModeUsesTheEmbeddedOne() throws IOException {
        assertFalse(read("embedded", Map.of(), true).getOptionalValue(StartupSettings.SESSION_KEY, String.class)
                .isPresent(), "the embedded build makes no key where it is built");
        assertFalse(Files.exists(data.resolve(SessionKeyFile.NAME)));
        String key = read("dev", Map.of(), true).getValue(StartupSettings.SESSION_KEY, String.class);
        assertEquals(key, Files.readString(data.resolve(SessionKeyFile.NAME)).strip(),
                "dev mode keeps its sessions across reloads, with the key in its data folder");
    }

    @Test
    void twoInstallationsHaveDifferentKeys(@TempDir Path other) {
        assertNotEquals(SessionKeyFile.loadOrCreate(data), SessionKeyFile.loadOrCreate(other));
    }

    @Test
    void embeddedRunTakesMufakatSessionKeyWhenSet() throws IOException {
        String key = "an-operator-chosen-key-of-some-length-0123";
        assertEquals(key, start("embedded", Map.of("MUFAKAT_SESSION_KEY", key))
                .getValue(StartupSettings.SESSION_KEY, String.class));
    }

    @Test
    void aLooseKeyFileIsMadeOwnerOnly() throws IOException {
        String key = SessionKeyFile.loadOrCreate(data);
        Path file = data.resolve(SessionKeyFile.NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(key, SessionKeyFile.loadOrCreate(data));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(n -> map.put(n, p.getProperty(n)));
        return map;
    }
}
