package org.mufakat.review;

import java.util.List;
import java.util.stream.Collectors;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import org.mufakat.web.Memo;

import io.quarkus.qute.RawString;

/**
 * Word-level comparison of two texts with java-diff-utils, side by side (line by line) and inline (one text with
 * removed words struck through and added ones underlined). Like {@code input.RevisionDiff}, but the texts are
 * diffed with control characters as markers and escaped entirely afterwards, so user text can never become markup
 * and an ampersand never becomes an entity.
 */
public final class WordDiff {

    private static final char DEL_START = '\u0001';
    private static final char DEL_END = '\u0002';
    private static final char INS_START = '\u0003';
    private static final char INS_END = '\u0004';

    private static final DiffRowGenerator SIDE_BY_SIDE = generator(false);
    private static final DiffRowGenerator INLINE = generator(true);

    /** Two texts compared; the key of the remembered comparisons (versions never change, so neither do these). */
    private record Pair(String before, String after) implements Memo.Text {

        @Override
        public int length() {
            return (before == null ? 0 : before.length()) + (after == null ? 0 : after.length());
        }
    }

    private static final Memo<Pair, List<Row>> SIDE_BY_SIDE_DONE = new Memo<>(4_000,
            p -> SIDE_BY_SIDE.generateDiffRows(lines(p.before()), lines(p.after())).stream()
                    .map(r -> new Row(r.getTag() != DiffRow.Tag.EQUAL, html(r.getOldLine()), html(r.getNewLine())))
                    .toList());
    private static final Memo<Pair, RawString> INLINE_DONE = new Memo<>(4_000,
            p -> new RawString(INLINE.generateDiffRows(lines(p.before()), lines(p.after())).stream()
                    .map(r -> html(r.getOldLine()).getValue()).collect(Collectors.joining("<br>"))));

    private WordDiff() {
    }

    /** One line: what it was and what it became (HTML, escaped, with del/ins), and whether it changed. */
    public record Row(boolean changed, RawString before, RawString after) {
    }

    private static DiffRowGenerator generator(boolean merged) {
        return DiffRowGenerator.create().showInlineDiffs(true).inlineDiffByWord(true).mergeOriginalRevised(merged)
                .lineNormalizer(WordDiff::clean)
                .oldTag(start -> String.valueOf(start ? DEL_START : DEL_END))
                .newTag(start -> String.valueOf(start ? INS_START : INS_END)).build();
    }

    public static List<Row> sideBySide(String before, String after) {
        return SIDE_BY_SIDE_DONE.get(new Pair(before, after));
    }

    /** The whole text once, lines joined by line breaks, changes marked in place. */
    public static RawString inline(String before, String after) {
        return INLINE_DONE.get(new Pair(before, after));
    }

    private static List<String> lines(String text) {
        return List.of((text == null ? "" : text).split("\n", -1));
    }

    /** Control characters cannot come from a form; they are removed so they never pass for markers. */
    private static String clean(String line) {
        return line.replaceAll("[\\u0000-\\u0008]", "").replace("\r", "");
    }

    static RawString html(String marked) {
        StringBuilder sb = new StringBuilder(marked.length() + 16);
        for (char c : marked.toCharArray()) {
            switch (c) {
                case DEL_START -> sb.append("<del>");
                case DEL_END -> sb.append("</del>");
                case INS_START -> sb.append("<ins>");
                case INS_END -> sb.append("</ins>");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return new RawString(sb.toString());
    }
}
