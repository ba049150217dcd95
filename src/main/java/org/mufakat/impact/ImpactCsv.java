package org.mufakat.impact;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mufakat.web.CsvCells;
import org.mufakat.web.Texts;

/**
 * The indicators as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read every script): one row per
 * chart row, that is per year and per theme, under a header naming the chart, the group and each number. Cells that
 * a spreadsheet would run as a formula are neutralised with a leading apostrophe.
 */
final class ImpactCsv {

    private ImpactCsv() {
    }

    static String write(Indicators indicators, List<BarChart> charts, Texts texts) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(texts.get("mufakat.impact.csv.chart"), texts.get("mufakat.impact.csv.group"),
                    texts.get("mufakat.impact.csv.series"), texts.get("mufakat.impact.csv.value"));
            for (BarChart chart : charts) {
                for (BarChart.Group group : chart.groups()) {
                    for (int s = 0; s < chart.series().size(); s++) {
                        csv.printRecord(CsvCells.neutralised(chart.title()), CsvCells.neutralised(group.label()),
                                CsvCells.neutralised(chart.series().get(s)),
                                group.values().get(s));
                    }
                }
            }
            for (List<String> row : totals(indicators, texts)) {
                csv.printRecord(row.stream().map(CsvCells::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<List<String>> totals(Indicators indicators, Texts texts) {
        String chart = texts.get("mufakat.impact.totals");
        String range = indicators.from() + "–" + indicators.to();
        Indicators.Totals t = indicators.totals();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(chart, range, texts.get("mufakat.impact.submissions"), String.valueOf(t.submissions())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.acknowledged"), String.valueOf(t.acknowledged())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.acknowledgementRate"),
                t.acknowledgementRate() == null ? "" : String.valueOf(t.acknowledgementRate())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.medianDays"),
                t.medianDaysToAcknowledge() == null ? "" : String.valueOf(t.medianDaysToAcknowledge())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.seatsRequested"), String.valueOf(t.seatsRequested())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.seatsGranted"), String.valueOf(t.seatsGranted())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.uptakeFull"), String.valueOf(t.uptake().full())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.uptakePartial"),
                String.valueOf(t.uptake().partial())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.uptakeNone"), String.valueOf(t.uptake().none())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.uptakeNotAssessed"),
                String.valueOf(t.uptake().notAssessed())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.carriedForward"), String.valueOf(t.carriedForward())));
        rows.add(List.of(chart, range, texts.get("mufakat.impact.alliesGained"), String.valueOf(t.alliesGained())));
        return rows;
    }
}
