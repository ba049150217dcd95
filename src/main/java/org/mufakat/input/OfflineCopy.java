package org.mufakat.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A national input written out for editing in a word processor or text editor: a title, a short instruction, then
 * per theme a heading "CODE: Title" and one paragraph per statement, "[RF-2] (restricted) To ASEAN: text", with its
 * evidence in a following paragraph "Evidence: ...", these words in the reader's language ({@link OfflineKeywords}).
 * {@link OfflineImport} reads the same conventions back. It writes only what the view holds, so restricted statements
 * and evidence appear only for those allowed to see them.
 */
final class OfflineCopy {

    private OfflineCopy() {
    }

    static String markdown(InputView view, String title, String instructions, OfflineKeywords words) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n").append(instructions).append("\n");
        for (InputView.ThemeGroup group : view.themes()) {
            sb.append("\n## ").append(heading(group)).append("\n");
            for (Statement s : group.statements()) {
                sb.append('\n').append(oneParagraph(line(s, words))).append('\n');
                if (view.canSeeRestricted() && s.evidence != null && !s.evidence.isBlank()) {
                    sb.append('\n').append(oneParagraph(words.evidence() + ": " + s.evidence.strip())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static byte[] docx(InputView view, String title, String instructions, OfflineKeywords words) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title", 0, 36);
            style(styles, "Heading2", "heading 2", 1, 28);
            paragraph(doc, "Title", title);
            paragraph(doc, null, instructions);
            for (InputView.ThemeGroup group : view.themes()) {
                paragraph(doc, "Heading2", heading(group));
                for (Statement s : group.statements()) {
                    paragraph(doc, null, line(s, words));
                    if (view.canSeeRestricted() && s.evidence != null && !s.evidence.isBlank()) {
                        paragraph(doc, null, words.evidence() + ": " + s.evidence.strip());
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String heading(InputView.ThemeGroup group) {
        return group.theme().code + ": " + group.theme().title;
    }

    private static String line(Statement s, OfflineKeywords words) {
        return "[" + s.number() + "] " + (s.restricted ? "(" + words.restricted() + ") " : "") + words.to() + " "
                + s.addressee + ": " + s.text.strip();
    }

    /** A blank line would end the paragraph in Markdown, so a text's own paragraphs become lines. */
    private static String oneParagraph(String text) {
        return text.replace("\r", "").replaceAll("\n[ \t]*\n[\\s]*", "\n");
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        XWPFRun run = p.createRun();
        String[] lines = text.replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        ct.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        ct.addNewRPr().addNewB();
        ct.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(ct, styles));
    }
}
