package org.mufakat.export;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mufakat.impact.BarChart;
import org.mufakat.security.Audience;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Times the resource book of a large round: 300 recommendations in 10 themes, 9 annexes of 40 statements each, 30
 * reservations, 3 submissions with their uptake and 4 charts. Not a test: it runs only when asked, through
 * {@code bench/book.sh} ({@code -Dbench=true}), inside the application (the book's template needs Qute's message
 * bundles), and prints the time of each render (wall clock and the rendering thread's CPU time, which a busy
 * machine does not inflate), the page count, the memory used and the load average.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class BookBenchmark {

    private static final String TEXT = "Ensure that migrant domestic workers are covered by labour law, including"
            + " a weekly day of rest, limits on working hours, a minimum wage and the right to keep their own"
            + " passport, with complaints heard in a language they understand.";

    static ResourceBook large() {
        List<ResourceBook.Theme> themes = new ArrayList<>();
        List<ResourceBook.Footnote> notes = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            List<ResourceBook.Item> items = new ArrayList<>();
            for (int i = 1; i <= 30; i++) {
                List<Integer> marks = new ArrayList<>();
                if (i % 10 == 0) {
                    notes.add(new ResourceBook.Footnote(notes.size() + 1, "T" + t + "." + i, "Viet Nam",
                            "We endorse this but ask for a longer transition."));
                    marks.add(notes.size());
                }
                items.add(new ResourceBook.Item("T" + t + "." + i, "the Government of Indonesia", TEXT,
                        List.of("ID RF-" + i, "PH RF-" + i), marks));
            }
            themes.add(new ResourceBook.Theme("T" + t, "Theme number " + t, items));
        }
        List<ResourceBook.Annex> annexes = new ArrayList<>();
        for (int a = 0; a < 9; a++) {
            List<ResourceBook.AnnexStatement> statements = new ArrayList<>();
            for (int s = 1; s <= 40; s++) {
                statements.add(new ResourceBook.AnnexStatement("RF-" + s, "Recruitment fees", "ASEAN", TEXT, null,
                        "Merged", "Merged with similar statements of other constituencies.", "T1." + (s % 30 + 1)));
            }
            annexes.add(new ResourceBook.Annex("C" + a, "Constituency " + a, "Submitted", LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 3), "Jakarta", "Migrant CARE and partners", 60, 30, 28, 2,
                    "unions, NGOs, churches", "The country ratified C189 in 2015.", true, statements));
        }
        List<ResourceBook.SubmissionRecord> submissions = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            List<ResourceBook.UptakeLine> uptake = new ArrayList<>();
            for (int u = 1; u <= 100; u++) {
                uptake.add(new ResourceBook.UptakeLine("T0." + u, "Partial uptake", "AFML 2026 rec. " + u,
                        "Member states to consider a weekly day of rest."));
            }
            submissions.add(new ResourceBook.SubmissionRecord("MFK-2026-" + s, "ASEAN Forum on Migrant Labour",
                    "19th AFML", LocalDate.of(2026, 10, 1), "Calibrated", "Dear officials,\n\nPlease find our proposal.",
                    List.of(new ResourceBook.Event(LocalDate.of(2026, 10, 2), "Received", null)), uptake));
        }
        List<BarChart.Group> groups = new ArrayList<>();
        for (int y = 2009; y <= 2026; y++) {
            groups.add(new BarChart.Group(String.valueOf(y), List.of((long) (y % 7), (long) (y % 5))));
        }
        List<BarChart> charts = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            charts.add(new BarChart("c" + c, "Chart " + c, "Per year", "Year", List.of("Sent", "Acknowledged"),
                    groups, false));
        }
        return new ResourceBook(Locale.ENGLISH, "Task Force on ASEAN Migrant Workers", "A large round", "AFML",
                "19th AFML", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), Edition.PUBLIC,
                Audience.Register.CALIBRATED, true, "A foreword.", 3, themes, notes, List.of(), annexes, submissions,
                charts);
    }

    @Test
    void timeTheLargeBook() throws Exception {
        ResourceBook book = large();
        for (int run = 1; run <= 3; run++) {
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            BookPdf.write(book, pdf);
            long pdfMillis = (System.nanoTime() - start) / 1_000_000;
            long pdfCpuMillis = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            long peak = rt.totalMemory() - rt.freeMemory();
            start = System.nanoTime();
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            BookDocx.write(book, docx);
            long docxMillis = (System.nanoTime() - start) / 1_000_000;
            int pages;
            try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                pages = doc.getNumberOfPages();
            }
            System.out.printf("BENCH run %d: %d recommendations, %d annexes; PDF %d ms (%d ms of CPU), %d pages,"
                    + " %d KB; DOCX %d ms, %d KB; heap used after the PDF %d MB (before %d MB, max %d MB), %d cores,"
                    + " load average %.1f%n",
                    run, book.recommendationCount(), book.annexes().size(), pdfMillis, pdfCpuMillis, pages,
                    pdf.size() / 1024,
                    docxMillis, docx.size() / 1024, peak / 1_048_576, before / 1_048_576, rt.maxMemory() / 1_048_576,
                    rt.availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }
}
