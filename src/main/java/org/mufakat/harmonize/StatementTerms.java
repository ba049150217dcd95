package org.mufakat.harmonize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The stemmed terms of one statement, each with the surface forms it was written in.
 *
 * <p>Statements are Markdown, so the text is first reduced to what a reader sees: emphasis marks, list bullets,
 * headings, HTML tags, link targets and bare web addresses go; link text stays.
 *
 * <p>The network works in English, so English is the default: Lucene's {@link EnglishAnalyzer} (possessives,
 * lower case, stop words, Porter stemming) with its stop list widened by function words and by the boilerplate every
 * recommendation carries (its addressee, "ASEAN", "governments", "member states", and calls such as "urge" or
 * "ensure"), which would otherwise make unrelated statements look alike. A statement written in Bahasa Indonesia (or
 * Malay) is recognised by its Indonesian stop words and a few words such as "pekerja" outnumbering English stop
 * words, and goes through Lucene's {@link IndonesianAnalyzer}, whose stemmer strips the affixes ("pekerja" and
 * "mempekerjakan" both give "kerja"), with the same addressee boilerplate added in Indonesian. Terms from the two
 * languages share one vocabulary but rarely coincide, so a statement matches statements in its own language only;
 * no translation is attempted.
 */
final class StatementTerms {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String MARKUP = "*_[]<>#`\\!|~&\n\r\t";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Words common in Indonesian and Malay statements that English ones never use, beside the stop words. */
    private static final List<String> INDONESIAN_MARKERS = List.of("pekerja", "buruh", "migran", "pemerintah",
            "perlindungan", "hak", "negara", "anggota", "pekerjaan", "majikan");

    private static final List<String> ENGLISH_EXTRA_STOP_WORDS = List.of(
            "about", "after", "against", "all", "also", "am", "any", "been", "before", "being", "both", "can",
            "could", "do", "does", "done", "each", "every", "from", "had", "has", "have", "here", "how", "its", "may",
            "more", "most", "much", "our", "ours", "own", "should", "shall", "must", "so", "some", "than", "them",
            "those", "through", "upon", "us", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
            "whose", "would", "you", "your",
            "asean", "government", "governments", "member", "members", "state", "states", "country", "countries",
            "urge", "urges", "urged", "call", "calls", "called", "recommend", "recommends", "recommended",
            "ensure", "ensures", "ensuring", "encourage", "encourages");
    private static final List<String> INDONESIAN_EXTRA_STOP_WORDS = List.of(
            "asean", "pemerintah", "negara", "anggota", "mendesak", "meminta", "memastikan", "mendorong");

    private static final CharArraySet ENGLISH_STOP_WORDS = stopSet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            ENGLISH_EXTRA_STOP_WORDS);
    private static final CharArraySet INDONESIAN_STOP_WORDS = stopSet(IndonesianAnalyzer.getDefaultStopSet(),
            INDONESIAN_EXTRA_STOP_WORDS);
    private static final CharArraySet INDONESIAN_WORDS = stopSet(INDONESIAN_STOP_WORDS, INDONESIAN_MARKERS);
    private static final Analyzer ENGLISH = new EnglishAnalyzer(ENGLISH_STOP_WORDS);
    private static final Analyzer INDONESIAN = new IndonesianAnalyzer(INDONESIAN_STOP_WORDS);

    /** Stem → how often it occurs, in order of first occurrence. */
    final Map<String, Integer> counts = new LinkedHashMap<>();
    /** Stem → surface form → how often it was written so. */
    final Map<String, Map<String, Integer>> surfaces = new HashMap<>();

    private StatementTerms() {
    }

    static StatementTerms of(String markdown) {
        String plain = plainText(markdown);
        StatementTerms terms = new StatementTerms();
        Analyzer analyzer = isIndonesian(plain) ? INDONESIAN : ENGLISH;
        try (TokenStream stream = analyzer.tokenStream("text", plain)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                String surface = surfaceForm(plain.substring(offset.startOffset(), offset.endOffset()));
                terms.counts.merge(stem, 1, Integer::sum);
                terms.surfaces.computeIfAbsent(stem, s -> new HashMap<>()).merge(surface, 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** What a reader of the rendered Markdown sees, as one line of words. */
    static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (isPlain(markdown)) {
            return WEB_ADDRESS.matcher(markdown).replaceAll(" ").strip();
        }
        StringBuilder out = new StringBuilder(markdown.length());
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(WEB_ADDRESS.matcher(text.getLiteral()).replaceAll(" "));
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(HtmlInline html) {
                out.append(' ');
            }

            @Override
            public void visit(HtmlBlock html) {
                out.append(HTML_TAG.matcher(html.getLiteral()).replaceAll(" ")).append(' ');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(Link link) {
                out.append(' ');
                visitChildren(link);
                out.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block) {
                    out.append(' ');
                }
            }
        });
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** One line with no character that Markdown could read as markup: most statements, read as they are. */
    private static boolean isPlain(String text) {
        char opening = text.charAt(0);
        if (Character.isDigit(opening) || opening == '-' || opening == '+' || opening == '=' || opening == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (MARKUP.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isIndonesian(String plain) {
        int english = 0;
        int indonesian = 0;
        var words = WORD.matcher(plain);
        while (words.find()) {
            String word = words.group();
            if (ENGLISH_STOP_WORDS.contains(word)) {
                english++;
            } else if (INDONESIAN_WORDS.contains(word)) {
                indonesian++;
            }
        }
        return indonesian > english;
    }

    /** Lower case, except acronyms (ILO, OFWs) keep their capitals; possessive endings go. */
    private static String surfaceForm(String written) {
        String word = written;
        if (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S") || word.endsWith("’S")) {
            word = word.substring(0, word.length() - 2);
        } else if (word.endsWith("'") || word.endsWith("’")) {
            word = word.substring(0, word.length() - 1);
        }
        int end = word.length() > 2 && word.endsWith("s") ? word.length() - 1 : word.length();
        boolean acronym = word.length() >= 2;
        boolean letter = false;
        for (int i = 0; i < end && acronym; i++) {
            char c = word.charAt(i);
            letter |= Character.isLetter(c);
            acronym = !Character.isLowerCase(c);
        }
        return acronym && letter ? word : word.toLowerCase(Locale.ROOT);
    }

    private static CharArraySet stopSet(CharArraySet base, List<String> extra) {
        CharArraySet set = new CharArraySet(base, true);
        set.addAll(extra);
        return CharArraySet.unmodifiableSet(set);
    }
}
