package org.mufakat.harmonize;

import java.util.List;
import java.util.stream.Collectors;

import org.mufakat.input.Statement;
import org.mufakat.security.Audience;
import org.mufakat.web.CsvCells;
import org.mufakat.web.Texts;

/**
 * "What became of our input" as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it), as the reader's
 * audience sees it. A file travels: even a restricted statement the reader may open appears only by number, and no
 * evidence is written. Cells that a spreadsheet would run as a
 * formula are quoted with a leading apostrophe.
 */
final class OutcomeCsv {

    private OutcomeCsv() {
    }

    static String write(Outcome outcome, Audience audience, Texts texts) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of(texts.get("mufakat.harmonize.csv.statement"), texts.get("mufakat.harmonize.csv.theme"),
                texts.get("mufakat.harmonize.csv.addressee"), texts.get("mufakat.harmonize.csv.text"),
                texts.get("mufakat.harmonize.csv.fate"), texts.get("mufakat.harmonize.csv.rationale"),
                texts.get("mufakat.harmonize.csv.recommendations"),
                texts.get("mufakat.harmonize.csv.recommendationTexts")));
        for (Workspace.Row row : outcome.rows()) {
            Statement s = row.statement();
            if (!audience.sees(s)) {
                continue;
            }
            Workspace.Decided d = row.disposition();
            line(csv, List.of(s.reference(), s.theme.code, s.addressee,
                    s.restricted ? texts.get("mufakat.harmonize.csv.restricted") : s.text,
                    d == null ? texts.get("mufakat.harmonize.csv.noFate") : texts.get("mufakat.harmonize.fate."
                            + d.fate().name()),
                    d == null || d.rationale() == null ? "" : d.rationale(),
                    row.feeds().stream().map(Recommendation::number).collect(Collectors.joining("; ")),
                    row.feeds().stream().map(r -> r.number() + ": " + r.text).collect(Collectors.joining("\n\n"))));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(OutcomeCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        return "\"" + CsvCells.neutralised(value).replace("\"", "\"\"") + "\"";
    }
}
