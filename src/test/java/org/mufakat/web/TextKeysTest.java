package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every key Java code asks {@link Texts} for by name ({@code texts.get("mufakat....")}), and every Bean Validation
 * message it names ({@code message = "{mufakat....}"}), is in {@code ValidationMessages} in every language: a missing
 * one would show its key to people. A literal that ends in a dot is the start of keys completed at run time
 * ({@code "mufakat.round.status." + status}): some key of every language must start with it.
 */
class TextKeysTest {

    static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TEXTS_CALL = Pattern.compile(
            "(?i)\\b(?:texts\\s*\\.\\s*get|Text\\s*\\.\\s*of)\\(\\s*(?:[a-z]+\\s*,\\s*)?\"([^\"]+)\"");
    private static final Pattern VALIDATION_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"\\{([^}\"]+)\\}\"");

    static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern p : List.of(TEXTS_CALL, VALIDATION_MESSAGE)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        if (!m.group(1).startsWith("jakarta.validation.")) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheCodeNamesIsInEveryLanguage() throws IOException {
        Set<String> keys = keysInSources();
        assertTrue(keys.size() > 300, "the scan finds the keys: " + keys.size());
        List<String> missing = new ArrayList<>();
        for (Languages.Language language : Languages.ALL) {
            String name = BundlesTest.VALIDATION + (language.tag().equals("en") ? "" : "_" + language.tag())
                    + ".properties";
            Map<String, String> texts = BundlesTest.read(BundlesTest.RESOURCES.resolve(name));
            for (String key : keys) {
                boolean found = key.endsWith(".") ? texts.keySet().stream().anyMatch(k -> k.startsWith(key))
                        : texts.containsKey(key);
                if (!found) {
                    missing.add(name + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theScanFindsBothKindsOfKey() {
        assertTrue(TEXTS_CALL.matcher("errors.add(\"x\", texts.get(\"mufakat.a.b\", 3))").find());
        assertTrue(TEXTS_CALL.matcher("body.and(Text.of(\"mufakat.a.b\", until))").find());
        assertTrue(TEXTS_CALL.matcher("texts.get(l, \"mufakat.a.b\")").find());
        Matcher m = VALIDATION_MESSAGE.matcher("@Size(max = 200, message = \"{mufakat.tooLong}\")");
        assertTrue(m.find());
        assertEquals("mufakat.tooLong", m.group(1));
    }

    /** Every action the code records has a label in every language. */
    @Test
    void everyRecordedActionHasALabel() throws IOException {
        Pattern literal = Pattern.compile(
                "\"((?:account|ally|constituency|demo-data|engagement|export|forum|grant|input|mail|notice|organisation"
                        + "|password|permission|ratification|recommendation|review|round|signin|signout|statement"
                        + "|submission|token)(?:\\.[a-z]+(?:[.-][a-z]+)*)?)\"");
        Set<String> notActions = Set.of("organisation.constituency", "round.addressees",
                "round.participants", "round.status", "round.themes", "round.title", "password", "signin", "input",
                "round", "review", "statement", "submission", "token", "forum", "account", "ally", "constituency", "demo-data",
                "engagement", "export", "grant", "mail", "notice", "organisation", "permission", "ratification",
                "recommendation", "signout");
        Set<String> actions = new TreeSet<>(Set.of("signin", "signout"));
        try (var files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!notActions.contains(m.group(1))) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(actions.size() > 80, actions.toString());
        for (String bundle : List.of("ValidationMessages", "ValidationMessages_id", "ValidationMessages_th",
                "ValidationMessages_vi")) {
            Map<String, String> texts = BundlesTest.read(BundlesTest.RESOURCES.resolve(bundle + ".properties"));
            for (String action : actions) {
                assertTrue(texts.containsKey("mufakat.audit.action." + action), bundle + " has no label for " + action);
            }
        }
    }
}
