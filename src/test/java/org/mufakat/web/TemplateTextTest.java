package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No template holds words of its own: with Qute expressions, sections and comments, tags (but the attributes people
 * read: title, alt, placeholder, aria-label), styles and entities taken out, no letters may remain but a few names.
 * A text a person reads belongs in the message bundles, in every language.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Names and codes that read the same in every language. */
    static final Set<String> ALLOWED = Set.of("Mufakat", "ASEAN", "AFML", "PDF", "DOCX", "CSV", "JSON", "API", "UTC");

    private static final Pattern COMMENT = Pattern.compile("\\{!.*?!\\}|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<(style|script|code)\\b.*?</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern QUTE = Pattern.compile("\\{[^{}\\s][^{}]*\\}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(?:title|alt|placeholder|aria-label)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    @Test
    void templatesHoldNoTextOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String words = words(Files.readString(file, StandardCharsets.UTF_8));
                if (!words.isEmpty()) {
                    found.add(TEMPLATES.relativize(file) + ": " + words);
                }
            }
        }
        assertEquals(List.of(), found, "Texts written into templates instead of the message bundles");
    }

    @Test
    void theCheckFindsWordsInTextAndInAttributesPeopleRead() {
        assertEquals("Save", words("<button type=\"submit\">{#if x}Save{/if}</button>"));
        assertEquals("Close", words("<a href=\"{link}\" aria-label=\"Close\">{msg:close}</a>"));
        assertEquals("", words("{! A comment !}<p class=\"hint\">{msg:hint} &middot; Mufakat</p><style>p { }</style>"));
    }

    /** The words of a template that no bundle holds, separated by spaces; empty if there are none. */
    static String words(String template) {
        String s = COMMENT.matcher(template).replaceAll(" ");
        s = STYLE.matcher(s).replaceAll(" ");
        String before;
        do {
            before = s;
            s = QUTE.matcher(s).replaceAll(" ");
        } while (!s.equals(before));
        StringBuilder read = new StringBuilder();
        Matcher attributes = READ_ATTRIBUTE.matcher(s);
        while (attributes.find()) {
            read.append(' ').append(attributes.group(1));
        }
        s = TAG.matcher(s).replaceAll(" ") + read;
        s = ENTITY.matcher(s).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(s);
        while (word.find()) {
            if (!ALLOWED.contains(word.group())) {
                words.add(word.group());
            }
        }
        return String.join(" ", words);
    }
}
