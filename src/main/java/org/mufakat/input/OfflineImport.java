package org.mufakat.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.mufakat.round.RoundTheme;

/**
 * Reads an offline copy of a national input back (DOCX or Markdown, told apart by content) and works out what it
 * would change. Reading yields {@link Entry entries}, one per statement paragraph, and {@link Problem problems}
 * with where they are; {@link #plan} compares the entries with the input's statements. Nothing here writes:
 * {@link InputWorkflow#importStatements} applies a plan. Statements missing from the file are never deleted.
 */
public final class OfflineImport {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    /** The statements one file may add or change; more is refused before anything is compared or saved. */
    static final int MAX_STATEMENTS = 500;
    /**
     * What an offline copy (text, no pictures) may unpack to: a few dozen parts and some megabytes of XML. Checked
     * as the zip is read, before POI sees it; POI's own zip-bomb checks are set to the same numbers behind it.
     */
    static final ZipGuard.Limits ZIP_LIMITS = new ZipGuard.Limits(500, 20L * 1024 * 1024, 100);

    static {
        ZipSecureFile.setMaxFileCount(ZIP_LIMITS.maxEntries());
        ZipSecureFile.setMaxEntrySize(ZIP_LIMITS.maxInflatedBytes());
    }

    private static final Pattern THEME_HEADING = Pattern.compile("([A-Za-z][A-Za-z0-9]{0,19})\\s*:\\s*(.*)",
            Pattern.DOTALL);
    /** "[RF-2] ..." or, for a restricted statement, "[RF-R1] ...". */
    private static final Pattern NUMBERED = Pattern.compile(
            "\\[\\s*([A-Za-z][A-Za-z0-9]{0,19}-[Rr]?\\d{1,6})\\s*\\]\\s*(.*)", Pattern.DOTALL);
    /** The keywords below are understood in every language Mufakat speaks ({@link OfflineKeywords}). */
    private static final List<OfflineKeywords> KEYWORDS = OfflineKeywords.everyLanguage();
    private static final int KEYWORD_FLAGS = Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern RESTRICTED = Pattern.compile("\\(\\s*"
            + OfflineKeywords.anyOf(KEYWORDS, OfflineKeywords::restricted, false) + "\\s*\\)\\s*(.*)", KEYWORD_FLAGS);
    private static final Pattern ADDRESSED = Pattern.compile(
            OfflineKeywords.anyOf(KEYWORDS, OfflineKeywords::to, true) + "([^:\\n]{1,150}?)\\s*:\\s*(.*)",
            KEYWORD_FLAGS);
    private static final Pattern EVIDENCE = Pattern.compile(
            OfflineKeywords.anyOf(KEYWORDS, OfflineKeywords::evidence, false) + "\\s*:\\s*(.*)", KEYWORD_FLAGS);
    private static final Pattern MD_HEADING = Pattern.compile("#{1,6}\\s+(.*?)\\s*#*\\s*");

    /** One statement paragraph of the file; {@code number} null for a new statement, {@code addressee} when given. */
    public record Entry(String where, String theme, String number, boolean restricted, String addressee, String text,
            String evidence) {

        Entry withEvidence(String more) {
            return new Entry(where, theme, number, restricted, addressee, text,
                    evidence == null ? more : evidence + "\n" + more);
        }
    }

    public record Problem(String where, String message) {
    }

    /** What a file holds: its statement paragraphs and what could not be read. */
    public record Reading(List<Entry> entries, List<Problem> problems) {
    }

    /** A statement the file adds ({@code old} null) or changes. */
    public record Item(String where, RoundTheme theme, Statement old, String addressee, String text, String evidence,
            boolean restricted) {

        public String themeCode() {
            return theme.code;
        }

        public boolean textChanged() {
            return old != null && !same(old.text, text);
        }

        public boolean addresseeChanged() {
            return old != null && !old.addressee.equals(addressee);
        }

        public boolean evidenceChanged() {
            return old != null && !same(old.evidence, evidence);
        }

        public boolean restrictedChanged() {
            return old != null && old.restricted != restricted;
        }
    }

    /** What confirming would do, and what stops it. {@code entries} are those to carry to the confirmation. */
    public record Plan(List<Item> creates, List<Item> changes, int unchanged, List<Problem> problems, List<Entry> entries) {

        boolean hasWork() {
            return !creates.isEmpty() || !changes.isEmpty();
        }
    }

    /** A paragraph of the file: a heading or not, its text, and how a person finds it. */
    private record Block(boolean heading, String text, String where) {
    }

    private OfflineImport() {
    }

    public enum Format {
        DOCX, MARKDOWN
    }

    /** The file holds more than {@link #MAX_STATEMENTS} statements, or as many paragraphs that cannot be read. */
    static final class TooManyStatements extends RuntimeException {
        TooManyStatements() {
            super("more than " + MAX_STATEMENTS + " statements", null, false, false);
        }
    }

    /**
     * DOCX (a zip holding word/document.xml) or Markdown (UTF-8 text without control characters), else empty. A
     * zip that passes {@link #ZIP_LIMITS} is refused with {@link ZipGuard.Refused}.
     */
    static Optional<Format> detect(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04) {
            return hasDocumentXml(bytes) ? Optional.of(Format.DOCX) : Optional.empty();
        }
        return text(bytes) != null ? Optional.of(Format.MARKDOWN) : Optional.empty();
    }

    private static boolean hasDocumentXml(byte[] bytes) {
        try {
            return ZipGuard.entries(bytes, ZIP_LIMITS).stream().anyMatch(e -> e.name().equals("word/document.xml"));
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t') ? null : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Reads the paragraphs of a file of the detected format. Paragraphs before the first theme heading (the title
     * and instructions) are skipped unless they look like statements. {@code texts} turns a message key and its
     * arguments into words; it throws IOException for a DOCX that POI cannot open, and {@link TooManyStatements}
     * as soon as the statements or the problems found pass {@link #MAX_STATEMENTS}.
     */
    static Reading read(byte[] bytes, Format format, List<RoundTheme> themes, List<String> addressees,
            Wording texts) throws IOException {
        List<Block> blocks = format == Format.DOCX ? docxBlocks(bytes, texts) : markdownBlocks(text(bytes), texts);
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        RoundTheme theme = null;
        boolean skipping = false;
        boolean started = false;
        int skipped = 0;
        Problem skippedUnder = null;
        for (Block b : blocks) {
            if (entries.size() > MAX_STATEMENTS || problems.size() > MAX_STATEMENTS) {
                throw new TooManyStatements();
            }
            String text = b.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<RoundTheme> known = themeOf(text, themes, b.heading());
            if (b.heading() || known.isPresent()) {
                if (skippedUnder != null && skipped > 0) {
                    problems.add(new Problem(skippedUnder.where(), texts.get("mufakat.input.offline.skipped",
                            skipped)));
                }
                skipped = 0;
                skippedUnder = null;
                if (known.isPresent()) {
                    theme = known.get();
                    skipping = false;
                    started = true;
                } else if (started || THEME_HEADING.matcher(text).matches()) {
                    skippedUnder = new Problem(b.where(), texts.get("mufakat.input.offline.unknownTheme",
                            snippet(text)));
                    problems.add(skippedUnder);
                    theme = null;
                    skipping = true;
                }
                continue;
            }
            if (skipping) {
                skipped++;
                continue;
            }
            if (theme == null) {
                if (NUMBERED.matcher(text).matches() || EVIDENCE.matcher(text).matches()) {
                    problems.add(new Problem(b.where(), texts.get("mufakat.input.offline.outsideTheme")));
                }
                continue;
            }
            Matcher evidence = EVIDENCE.matcher(text);
            if (evidence.matches()) {
                Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
                if (last == null || !last.theme().equals(theme.code)) {
                    problems.add(new Problem(b.where(), texts.get("mufakat.input.offline.orphanEvidence")));
                } else if (!evidence.group(1).isBlank()) {
                    entries.set(entries.size() - 1, last.withEvidence(evidence.group(1).strip()));
                }
                continue;
            }
            String number = null;
            String rest = text;
            Matcher numbered = NUMBERED.matcher(rest);
            if (numbered.matches()) {
                number = numbered.group(1).toUpperCase();
                rest = numbered.group(2);
            }
            boolean restricted = false;
            Matcher marked = RESTRICTED.matcher(rest);
            if (marked.matches()) {
                restricted = true;
                rest = marked.group(1);
            }
            String addressee = null;
            Matcher to = ADDRESSED.matcher(rest);
            if (to.matches()) {
                String candidate = collapse(to.group(1));
                Optional<String> named = addressees.stream().filter(a -> collapse(a).equalsIgnoreCase(candidate))
                        .findFirst();
                if (named.isPresent()) {
                    addressee = named.get();
                    rest = to.group(2);
                } else if (!candidate.matches(".*[,;].*")) {
                    problems.add(new Problem(b.where(), texts.get("mufakat.input.offline.unknownAddressee",
                            candidate, String.join(", ", addressees))));
                    continue;
                }
            }
            entries.add(new Entry(b.where(), theme.code, number, restricted, addressee, rest.strip(), null));
        }
        if (skippedUnder != null && skipped > 0) {
            problems.add(new Problem(skippedUnder.where(), texts.get("mufakat.input.offline.skipped", skipped)));
        }
        if (entries.size() > MAX_STATEMENTS) {
            throw new TooManyStatements();
        }
        return new Reading(entries, problems);
    }

    /** "RF: Recruitment fees" for a theme of the round; a plain paragraph counts only if it names the title too. */
    private static Optional<RoundTheme> themeOf(String text, List<RoundTheme> themes, boolean heading) {
        Matcher m = THEME_HEADING.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return themes.stream().filter(t -> t.code.equalsIgnoreCase(m.group(1))
                && (heading || collapse(t.title).equalsIgnoreCase(collapse(m.group(2))))).findFirst();
    }

    private static List<Block> markdownBlocks(String text, Wording texts) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            Matcher heading = MD_HEADING.matcher(line.strip());
            if (line.isBlank() || heading.matches()) {
                if (paragraph.length() > 0) {
                    blocks.add(new Block(false, paragraph.toString(), where(texts, "line", start, paragraph)));
                    paragraph.setLength(0);
                }
                if (heading.matches() && !line.isBlank()) {
                    blocks.add(new Block(true, heading.group(1), where(texts, "line", i + 1, heading.group(1))));
                }
                continue;
            }
            if (paragraph.length() == 0) {
                start = i + 1;
            } else {
                paragraph.append('\n');
            }
            paragraph.append(line.strip());
        }
        return blocks;
    }

    private static List<Block> docxBlocks(byte[] bytes, Wording texts) throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            int n = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    n++;
                    String text = p.getText();
                    blocks.add(new Block(isHeading(doc, p), text, where(texts, "paragraph", n, text)));
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
        return blocks;
    }

    /** Word and LibreOffice name their heading styles "heading 2" or "Title"; some set only an outline level. */
    private static boolean isHeading(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id != null && (id.toLowerCase().startsWith("heading") || id.equalsIgnoreCase("title"))) {
            return true;
        }
        XWPFStyle style = id == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        if (style != null && style.getName() != null) {
            String name = style.getName().toLowerCase();
            if (name.startsWith("heading") || name.equals("title")) {
                return true;
            }
        }
        return p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null;
    }

    private static String where(Wording texts, String kind, int n, CharSequence text) {
        return texts.get("mufakat.input.offline." + kind, n, snippet(text.toString()));
    }

    private static String snippet(String text) {
        String one = collapse(text);
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    /**
     * Compares the entries with the input's statements: a numbered entry whose addressee, text, evidence or
     * restriction differs is a change, one without a number an addition. Unknown numbers, numbers under another
     * theme, numbers given twice, unknown addressees, texts a theme already has and anything a statement form
     * would refuse are problems. An entry without an addressee keeps the statement's, or gets the first one.
     */
    static Plan plan(List<Entry> entries, List<Statement> statements, List<RoundTheme> themes,
            List<String> addressees, Function<StatementForm, Map<String, String>> validate, Wording texts) {
        List<Item> creates = new ArrayList<>();
        List<Item> changes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Entry> carried = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<String> newTexts = new HashSet<>();
        int unchanged = 0;
        for (Entry e : entries) {
            RoundTheme theme = themes.stream().filter(t -> t.code.equalsIgnoreCase(e.theme())).findFirst()
                    .orElse(null);
            if (theme == null) {
                problems.add(new Problem(e.where(), texts.get("mufakat.input.offline.unknownTheme", e.theme())));
                continue;
            }
            Statement old = null;
            if (e.number() != null) {
                old = statements.stream().filter(s -> s.number().equalsIgnoreCase(e.number())).findFirst()
                        .orElse(null);
                if (old == null) {
                    problems.add(new Problem(e.where(), texts.get("mufakat.input.offline.unknownNumber",
                            e.number())));
                    continue;
                }
                if (!old.theme.id.equals(theme.id)) {
                    problems.add(new Problem(e.where(), texts.get("mufakat.input.offline.otherTheme", e.number(),
                            theme.code)));
                    continue;
                }
                if (!numbers.add(old.number())) {
                    problems.add(new Problem(e.where(), texts.get("mufakat.input.offline.repeated", e.number())));
                    continue;
                }
            }
            String addressee = e.addressee() != null ? e.addressee()
                    : old != null ? old.addressee : addressees.isEmpty() ? null : addressees.get(0);
            if (e.addressee() != null && !addressees.contains(e.addressee())) {
                problems.add(new Problem(e.where(), texts.get("mufakat.input.offline.unknownAddressee",
                        e.addressee(), String.join(", ", addressees))));
                continue;
            }
            String text = blankToNull(e.text());
            String evidence = blankToNull(e.evidence());
            Map<String, String> invalid = validate.apply(new StatementForm(theme.code, addressee, text, evidence,
                    e.restricted(), null));
            if (!invalid.isEmpty()) {
                invalid.forEach((field, message) -> problems.add(new Problem(e.where(), message)));
                continue;
            }
            if (old == null) {
                boolean known = statements.stream().anyMatch(s -> s.theme.id.equals(theme.id) && same(s.text, text));
                if (known || !newTexts.add(theme.code + "\n" + collapse(text))) {
                    problems.add(new Problem(e.where(), texts.get("mufakat.input.duplicate")));
                    continue;
                }
                creates.add(new Item(e.where(), theme, null, addressee, text, evidence, e.restricted()));
            } else {
                Item item = new Item(e.where(), theme, old, addressee, text, evidence, e.restricted());
                if (!item.textChanged() && !item.addresseeChanged() && !item.evidenceChanged()
                        && !item.restrictedChanged()) {
                    unchanged++;
                    continue;
                }
                changes.add(item);
            }
            carried.add(new Entry(e.where(), theme.code, old == null ? null : old.number(), e.restricted(),
                    addressee, text, evidence));
        }
        return new Plan(creates, changes, unchanged, problems, carried);
    }

    /** Word processors change spaces and line breaks; only a change of words counts. */
    static boolean same(String a, String b) {
        return collapse(a).equals(collapse(b));
    }

    private static String collapse(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Message lookup ({@code Texts::get}), so this class needs no CDI. */
    @FunctionalInterface
    interface Wording {
        String get(String key, Object... args);
    }
}
