package org.mufakat.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Runs when the configuration is read at start, before anything else. In {@code prod} it refuses to start, with one
 * line on standard error naming each variable to fix ({@link StartupSettings}), instead of starting with a temporary
 * session key or answering every request with an error. Elsewhere, when no session key is configured (the embedded
 * run), it takes {@code MUFAKAT_SESSION_KEY} if set, else the installation's own random key from
 * {@code ./data/session.key} ({@link SessionKeyFile}).
 * Registered in META-INF/services.
 */
public class SettingsSource implements ConfigSourceFactory {

    /** Where the embedded run keeps its data; tests point it elsewhere. */
    static final String DATA_DIR = "mufakat.data-dir";

    private final boolean build;

    public SettingsSource() {
        this(isBuild());
    }

    SettingsSource(boolean build) {
        this.build = build;
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (build && !profiles.contains("dev")) {
            return List.of();
        }
        if (profiles.contains("prod")) {
            List<String> problems = StartupSettings.problems(name -> value(context, name));
            if (!problems.isEmpty()) {
                throw new ConfigurationException("Mufakat cannot start: " + String.join(" ", problems));
            }
            return List.of();
        }
        if (value(context, StartupSettings.SESSION_KEY) != null) {
            return List.of();
        }
        String key = value(context, "MUFAKAT_SESSION_KEY");
        if (key == null) {
            String dir = value(context, DATA_DIR);
            key = SessionKeyFile.loadOrCreate(Path.of(dir == null ? "data" : dir));
        }
        return List.of(new MapBackedConfigSource("Mufakat session key file", Map.of(StartupSettings.SESSION_KEY, key),
                90) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(90);
    }

    /**
     * The build reads the configuration too; the settings and the key belong to the installation that runs it. Dev
     * mode ({@code ./mvnw quarkus:dev}) builds and runs in one process, in the folder it runs from: it has its key.
     */
    private static boolean isBuild() {
        try {
            Class.forName("io.quarkus.deployment.QuarkusAugmentor", false, SettingsSource.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String value(ConfigSourceContext context, String name) {
        try {
            ConfigValue v = context.getValue(name);
            return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue();
        } catch (NoSuchElementException | IllegalArgumentException e) {
            return null;
        }
    }
}
