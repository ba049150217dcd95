package org.mufakat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.review.ReviewTestData;
import org.mufakat.security.Audience;
import org.mufakat.web.CsvCells;

import io.quarkus.test.junit.QuarkusTest;

/** The CSV files of a round: their columns and rows, the byte-order mark, formulas neutralised, nothing restricted. */
@QuarkusTest
class RoundCsvTest {

    @Inject
    RoundCsv csv;

    ExportTestData data;

    @BeforeEach
    void setUp() {
        data = new ExportTestData().build();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static List<CSVRecord> records(String file) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(file.substring(1))).getRecords();
    }

    @Test
    void everyFileHasItsColumnsItsRowsAndAByteOrderMark() throws IOException {
        Map<String, String> files = unzip(ExportTestData.csv(csv, data.round.id, ExportTestData.INSIDE));
        assertEquals(List.of("statements.csv", "recommendations.csv", "positions.csv", "comments.csv",
                "submissions.csv", "events.csv", "uptake.csv", "indicators.csv"), List.copyOf(files.keySet()));
        Map<String, List<String>> headers = Map.of("statements.csv", RoundCsv.STATEMENTS, "recommendations.csv",
                RoundCsv.RECOMMENDATIONS, "positions.csv", RoundCsv.POSITIONS, "comments.csv", RoundCsv.COMMENTS,
                "submissions.csv", RoundCsv.SUBMISSIONS, "events.csv", RoundCsv.EVENTS, "uptake.csv", RoundCsv.UPTAKE,
                "indicators.csv", RoundCsv.INDICATORS);
        Map<String, Integer> rows = Map.of("statements.csv", 5, "recommendations.csv", 3, "positions.csv", 2,
                "comments.csv", 2, "submissions.csv", 1, "events.csv", 1, "uptake.csv", 1);
        for (var file : files.entrySet()) {
            assertTrue(file.getValue().startsWith("\uFEFF"), file.getKey() + " starts with a byte-order mark");
            List<CSVRecord> records = records(file.getValue());
            assertEquals(headers.get(file.getKey()), records.get(0).toList(), file.getKey());
            if (rows.containsKey(file.getKey())) {
                assertEquals(rows.get(file.getKey()), records.size() - 1, file.getKey());
            }
        }
        List<CSVRecord> statements = records(files.get("statements.csv"));
        assertTrue(statements.stream().anyMatch(r -> r.get(0).equals(data.indonesia.code)
                && r.get(4).equals(data.restrictedText) && r.get(6).equals("INCORPORATED")
                && r.get(8).equals("RF.1")), "the convenor reads the restricted statement and its fate");
        List<CSVRecord> recommendations = records(files.get("recommendations.csv"));
        assertTrue(recommendations.stream().anyMatch(r -> r.get(0).equals("RF.1") && r.get(3).equals(ReviewTestData.RF)
                && r.get(5).contains(data.indonesia.code)), "sources name the constituency");
        assertTrue(files.get("comments.csv").contains("Ana Santos"));
        assertTrue(files.get("uptake.csv").contains("12th AFML, recommendation 4"));
        assertTrue(files.get("events.csv").contains("Thanked us in the plenary"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() throws IOException {
        List<CSVRecord> statements = records(unzip(ExportTestData.csv(csv, data.round.id, ExportTestData.INSIDE))
                .get("statements.csv"));
        List<String> texts = statements.stream().map(r -> r.get(4)).toList();
        assertTrue(texts.contains("'" + ExportTestData.HYPERLINK), texts.toString());
        assertTrue(texts.contains("'" + ExportTestData.PLUS), texts.toString());
        assertTrue(texts.contains("'" + ExportTestData.SUM), texts.toString());
        assertTrue(statements.stream().anyMatch(r -> r.get(7).equals("'-Out of scope this year")));
        assertTrue(statements.stream().noneMatch(r -> r.get(4).startsWith("=") || r.get(4).startsWith("+")
                || r.get(4).startsWith("@")));
        assertEquals("'\tx", CsvCells.neutralised("\tx"));
        assertEquals("'\rx", CsvCells.neutralised("\rx"));
        assertEquals("plain", CsvCells.neutralised("plain"));
    }

    @Test
    void anOutsideAudienceReadsNoRestrictedStatementAndNoAttribution() throws IOException {
        Map<String, String> files = unzip(ExportTestData.csv(csv, data.round.id,
                Audience.outside(false, Audience.Register.CALIBRATED)));
        assertFalse(files.get("statements.csv").contains(data.restrictedText));
        List<CSVRecord> statements = records(files.get("statements.csv"));
        assertEquals(4, statements.size() - 1, "the restricted statement is left out without a trace");
        assertTrue(statements.stream().skip(1).allMatch(r -> r.get(0).isEmpty()), "no constituency named");
        for (String file : files.values()) {
            assertFalse(file.contains(data.indonesia.code), file);
            assertFalse(file.contains("Ana Santos"), file);
            assertFalse(file.contains("Thanked us in the plenary"), "no notes of events outside: " + file);
            assertFalse(file.contains(ExportTestData.EVIDENCE), "no evidence outside: " + file);
        }
    }
}
