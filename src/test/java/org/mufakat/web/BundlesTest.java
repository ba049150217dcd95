package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message bundle speaks every language of {@link Languages} completely: the same keys as the English one, no
 * key of its own, the same placeholders for each key, and files that are UTF-8 (as Qute and Java 9+ read them).
 */
class BundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final String VALIDATION = "ValidationMessages";

    /** {@code {0}}, {@code {1,number,integer}}, {@code {0,choice,...}}: the argument indexes of a MessageFormat. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    /** {@code {min}}, {@code {max}}: the named values Bean Validation puts into its messages. */
    private static final Pattern NAMED = Pattern.compile("\\{([A-Za-z_]\\w*)\\}");
    /** The innermost {@code {...}} of a Qute message template. */
    private static final Pattern QUTE = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    /**
     * Arguments the code passes for languages that need them, which English leaves out: the preamble sentence's
     * "; it ..." may name the state again ({1}) where a language does not say "it".
     */
    static final Map<String, Set<String>> OPTIONAL_ARGUMENTS = Map.of("mufakat.ratification.then", Set.of("{1}"));
    private static final Set<String> QUTE_WORDS = Set.of("if", "else", "when", "switch", "is", "case", "for", "each",
            "in", "let", "eq", "ne", "gt", "ge", "lt", "le", "and", "or", "not", "true", "false", "null");

    /** The English bundles: messages/X.properties and ValidationMessages.properties. */
    static List<Path> englishBundles() {
        List<Path> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("messages"))) {
            files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).sorted().forEach(bundles::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bundles.add(RESOURCES.resolve(VALIDATION + ".properties"));
        return bundles;
    }

    static List<String> otherLanguages() {
        return Languages.ALL.stream().map(Languages.Language::tag).filter(t -> !t.equals("en")).toList();
    }

    static Path translation(Path english, String tag) {
        String name = english.getFileName().toString().replace(".properties", "_" + tag + ".properties");
        return english.resolveSibling(name);
    }

    /** A bundle's texts by key, read as UTF-8; a file that is not valid UTF-8 fails. */
    static Map<String, String> read(Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            Properties p = new Properties();
            p.load(new StringReader(text));
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return texts;
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> placeholders(Path bundle, String text) {
        Set<String> found = new TreeSet<>();
        if (bundle.getFileName().toString().startsWith(VALIDATION)) {
            Matcher m = ARGUMENT.matcher(text);
            while (m.find()) {
                found.add("{" + m.group(1) + "}");
            }
            m = NAMED.matcher(text);
            while (m.find()) {
                found.add("{" + m.group(1) + "}");
            }
            return found;
        }
        Matcher m = QUTE.matcher(text);
        while (m.find()) {
            Matcher id = IDENTIFIER.matcher(STRING_LITERAL.matcher(m.group(1)).replaceAll(" "));
            while (id.find()) {
                if (!QUTE_WORDS.contains(id.group())) {
                    found.add(id.group());
                }
            }
        }
        return found;
    }

    @Test
    void everyBundleHasEveryKeyInEveryLanguageAndNoOtherKey() {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Set<String> keys = read(english).keySet();
            for (String tag : otherLanguages()) {
                Path file = translation(english, tag);
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Map<String, String> texts = read(file);
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(texts.keySet());
                Set<String> extra = new TreeSet<>(texts.keySet());
                extra.removeAll(keys);
                missing.forEach(k -> problems.add(file.getFileName() + " lacks " + k));
                extra.forEach(k -> problems.add(file.getFileName() + " has " + k + ", which English has not"));
                texts.forEach((k, v) -> {
                    if (v.isBlank() && !read(english).getOrDefault(k, "").isBlank()) {
                        problems.add(file.getFileName() + " has an empty " + k);
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTranslationKeepsThePlaceholdersOfTheEnglishText() {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Map<String, String> source = read(english);
            for (String tag : otherLanguages()) {
                Path file = translation(english, tag);
                if (!Files.exists(file)) {
                    continue;
                }
                read(file).forEach((key, text) -> {
                    String original = source.get(key);
                    Set<String> used = new TreeSet<>(placeholders(file, text));
                    used.removeAll(OPTIONAL_ARGUMENTS.getOrDefault(key, Set.of()));
                    if (original != null && !placeholders(english, original).equals(used)) {
                        problems.add(file.getFileName() + " " + key + ": " + placeholders(file, text) + " instead of "
                                + placeholders(english, original));
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyValidationMessageIsAPatternMessageFormatCanUse() {
        List<String> problems = new ArrayList<>();
        for (Languages.Language language : Languages.ALL) {
            Path file = language.tag().equals("en") ? RESOURCES.resolve(VALIDATION + ".properties")
                    : RESOURCES.resolve(VALIDATION + "_" + language.tag() + ".properties");
            read(file).forEach((key, pattern) -> {
                if (NAMED.matcher(pattern).find()) {
                    return; // {max}: Bean Validation fills it in, not MessageFormat
                }
                try {
                    Object[] args = new Object[10];
                    Arrays.fill(args, 2);
                    new MessageFormat(pattern, Languages.locale(language.tag())).format(args);
                } catch (IllegalArgumentException e) {
                    problems.add(file.getFileName() + " " + key + ": " + e.getMessage());
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChecksSeeMissingKeysAndChangedPlaceholders() {
        Path qute = Path.of("messages/x.properties");
        assertEquals(Set.of("count", "name"), placeholders(qute, "{#if count == 1}one{#else}{count}{/if} of {name ?: '—'}"));
        Path validation = Path.of(VALIDATION + ".properties");
        assertEquals(Set.of("{0}", "{1}"), placeholders(validation, "{0,choice,1#one|1<{0,number,integer}} of {1}"));
        assertTrue(englishBundles().size() > 10);
    }
}
