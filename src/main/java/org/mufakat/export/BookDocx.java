package org.mufakat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mufakat.impact.BarChart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The resource book as DOCX, for further editing: the same sections as the PDF under Word's own heading styles
 * (Heading1, Heading2, so a word processor builds a table of contents from them), reservations as Word footnotes,
 * the indicators as tables of figures. Markdown (foreword, cover letter) goes in as plain paragraphs.
 */
public final class BookDocx {

    private BookDocx() {
    }

    /** Writes the book's DOCX to the stream (not closed). */
    public static void write(ResourceBook book, OutputStream out) throws IOException {
        ExportMsg msg = MessageBundles.get(ExportMsg.class, Localized.Literal.of(book.locale().toLanguageTag()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(book.locale());
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title", -1, 44);
            style(styles, "Heading1", "heading 1", 0, 32);
            style(styles, "Heading2", "heading 2", 1, 26);
            cover(doc, book, msg, dates);
            if (!book.forewordText().isBlank()) {
                heading(doc, 1, msg.foreword());
                text(doc, book.forewordText());
            }
            proposal(doc, book, msg);
            heading(doc, 1, msg.annexes());
            if (book.annexes().isEmpty()) {
                text(doc, msg.noAnnexes());
            }
            for (ResourceBook.Annex a : book.annexes()) {
                annex(doc, a, msg, dates);
            }
            submissions(doc, book, msg, dates);
            heading(doc, 1, msg.indicators());
            text(doc, msg.indicatorsIntro());
            for (BarChart chart : book.charts()) {
                heading(doc, 2, chart.title());
                text(doc, chart.description());
                List<String> head = new java.util.ArrayList<>(List.of(chart.axis()));
                head.addAll(chart.series());
                table(doc, head, chart.groups().stream().map(g -> {
                    List<String> row = new java.util.ArrayList<>(List.of(g.label()));
                    g.values().forEach(v -> row.add(String.valueOf(v)));
                    return row;
                }).toList());
            }
            doc.write(out);
        }
    }

    private static void cover(XWPFDocument doc, ResourceBook book, ExportMsg msg, DateTimeFormatter dates) {
        paragraph(doc, null, book.networkName());
        paragraph(doc, "Title", book.roundTitle());
        if (book.session() != null) {
            paragraph(doc, null, book.forum() + ": " + book.session()
                    + (book.sessionDate() == null ? "" : ", " + dates.format(book.sessionDate())));
        }
        paragraph(doc, null, msg.editionName(book.edition().name()) + " · "
                + msg.registerName(book.register().name()));
        XWPFRun end = doc.createParagraph().createRun();
        end.setText(msg.printedOn(dates.format(book.printedOn())));
        end.addBreak(BreakType.PAGE);
    }

    private static void proposal(XWPFDocument doc, ResourceBook book, ExportMsg msg) {
        heading(doc, 1, msg.proposal());
        if (book.proposalVersion() == 0) {
            text(doc, msg.noProposal());
            return;
        }
        text(doc, msg.proposalIntro(book.proposalVersion(), book.recommendationCount()));
        for (ResourceBook.Theme theme : book.themes()) {
            heading(doc, 2, theme.code() + " " + theme.title());
            for (ResourceBook.Item item : theme.items()) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun number = p.createRun();
                number.setBold(true);
                number.setText(item.number() + ". " + msg.to(item.addressee()) + ": ");
                p.createRun().setText(item.text().strip());
                for (int mark : item.footnotes()) {
                    ResourceBook.Footnote f = book.footnote(mark);
                    XWPFFootnote note = doc.createFootnote();
                    XWPFRun text = note.createParagraph().createRun();
                    text.setText(msg.reservations() + " (" + f.number() + ")"
                            + (f.party() == null ? "" : ", " + f.party()) + ": " + (f.note() == null ? "" : f.note()));
                    XWPFRun ref = p.createRun();
                    ref.setSubscript(VerticalAlign.SUPERSCRIPT);
                    ref.getCTR().addNewFootnoteReference().setId(note.getId());
                }
                if (!item.sources().isEmpty()) {
                    text(doc, msg.proposedBy(String.join(", ", item.sources())));
                }
            }
        }
        if (!book.consensusNotes().isEmpty()) {
            heading(doc, 2, msg.notes());
            book.consensusNotes().forEach(n -> text(doc, n));
        }
    }

    private static void annex(XWPFDocument doc, ResourceBook.Annex a, ExportMsg msg, DateTimeFormatter dates) {
        heading(doc, 2, msg.annex(a.name()));
        text(doc, msg.state() + ": " + a.state());
        if (a.startedOn() != null) {
            text(doc, msg.dates() + ": " + dates.format(a.startedOn())
                    + (a.endedOn() == null || a.endedOn().equals(a.startedOn()) ? ""
                            : " – " + dates.format(a.endedOn())));
        }
        labelled(doc, msg.venue(), a.venue());
        labelled(doc, msg.organisers(), a.organisers());
        if (a.participantsTotal() != null) {
            text(doc, msg.participants() + ": " + msg.participantsLine(a.participantsTotal(), a.participantsWomen(),
                    a.participantsMen(), a.participantsOther()));
        }
        labelled(doc, msg.sectors(), a.sectors());
        labelled(doc, msg.preamble(), a.preamble());
        if (!a.statementsShown()) {
            text(doc, msg.statementsWithheld());
            return;
        }
        if (a.statements().isEmpty()) {
            text(doc, msg.noStatements());
        }
        for (ResourceBook.AnnexStatement s : a.statements()) {
            XWPFParagraph p = doc.createParagraph();
            XWPFRun number = p.createRun();
            number.setBold(true);
            number.setText(s.number() + " (" + s.theme() + "). " + msg.to(s.addressee()) + ": ");
            p.createRun().setText(s.text().strip());
            labelled(doc, msg.evidence(), s.evidence());
            text(doc, msg.fate() + ": " + s.fate()
                    + (s.recommendation() == null ? "" : " · " + msg.became(s.recommendation())));
            labelled(doc, msg.rationale(), s.rationale());
        }
    }

    private static void submissions(XWPFDocument doc, ResourceBook book, ExportMsg msg, DateTimeFormatter dates) {
        heading(doc, 1, msg.submissionRecord());
        if (book.submissions().isEmpty()) {
            text(doc, msg.noSubmissions());
        }
        for (ResourceBook.SubmissionRecord s : book.submissions()) {
            heading(doc, 2, s.trackingNumber() + ": " + s.forum() + ", " + s.session());
            text(doc, msg.sentOn() + ": " + dates.format(s.sentOn()) + " · " + msg.register() + ": " + s.register());
            labelled(doc, msg.coverLetter(), s.coverLetter());
            text(doc, msg.timeline());
            table(doc, List.of(msg.dates(), msg.timeline()), s.events().stream().map(e -> List.of(
                    dates.format(e.occurredOn()), e.kind() + (e.note() == null ? "" : ": " + e.note()))).toList());
            text(doc, msg.uptake());
            table(doc, List.of(msg.recommendation(), msg.uptake(), msg.reference()), s.uptake().stream().map(u ->
                    List.of(u.number(), u.level() + (u.officialText() == null ? "" : ": " + u.officialText()),
                            u.reference() == null ? "" : u.reference())).toList());
        }
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        paragraph(doc, "Heading" + level, text);
    }

    private static void labelled(XWPFDocument doc, String label, String value) {
        if (value != null && !value.isBlank()) {
            text(doc, label + ": " + value.strip());
        }
    }

    /** Paragraphs of a text, split where it leaves a blank line. */
    private static void text(XWPFDocument doc, String text) {
        for (String para : text.replace("\r", "").split("\n\\s*\n")) {
            if (!para.isBlank()) {
                paragraph(doc, null, para.strip().replace('\n', ' '));
            }
        }
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    private static void table(XWPFDocument doc, List<String> head, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, head.size());
        fill(table.getRow(0), head, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFRun run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setBold(bold);
            run.setText(cells.get(i));
        }
    }

    /** A paragraph style; one with an outline level (0 and up) is found by Word's table of contents. */
    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        ct.addNewPPr().addNewKeepNext();
        if (outlineLevel >= 0) {
            ct.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        ct.addNewRPr().addNewB();
        ct.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(ct, styles));
    }
}
