package org.mufakat.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mufakat.security.Audience;

import io.quarkus.test.junit.QuarkusTest;

/**
 * ASEAN scripts print: a book whose statements, names and annexes are in Thai, Khmer, Lao, Burmese and Vietnamese
 * (with its stacked diacritics) gives back each sample as text, and every font in the PDF is embedded and one of
 * those shipped in {@code src/main/resources/fonts}. The PDF is left in {@code target/script-sample.pdf} to be looked
 * at ({@code pdftoppm -png}).
 */
@QuarkusTest
class ScriptSampleTest {

    static final List<String> SAMPLES = List.of(
            "แรงงานข้ามชาติ", // Thai: migrant workers
            "ពលករចំណាកស្រុក", // Khmer: migrant workers
            "ແຮງງານເຄື່ອນຍ້າຍ", // Lao: migrant labour
            "ရွှေ့ပြောင်းအလုပ်သမား", // Burmese: migrant workers
            "Người lao động di cư"); // Vietnamese: migrant workers

    static ResourceBook sample() {
        List<ResourceBook.Item> items = new ArrayList<>();
        List<ResourceBook.AnnexStatement> statements = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size(); i++) {
            items.add(new ResourceBook.Item("AJ." + (i + 1), SAMPLES.get(i), "Protect " + SAMPLES.get(i) + ".",
                    List.of(), List.of()));
            statements.add(new ResourceBook.AnnexStatement("AJ-" + (i + 1), "Access to justice", "ASEAN",
                    SAMPLES.get(i), null, "Incorporated", null, "AJ." + (i + 1)));
        }
        ResourceBook.Annex annex = new ResourceBook.Annex("MM-TH", "ရွှေ့ပြောင်း / แรงงาน", "Submitted",
                LocalDate.of(2026, 3, 2), null, "Mae Sot", "MAP Foundation", 40, 22, 17, 1, null, null, true,
                statements);
        return new ResourceBook(Locale.ENGLISH, "Task Force on ASEAN Migrant Workers", "ពលករ · ແຮງງານ · Người lao động",
                null, null, null, LocalDate.of(2026, 11, 30), Edition.PUBLIC, Audience.Register.CALIBRATED, true,
                "Lời nói đầu: **Người lao động di cư** và các nghiệp đoàn.", 1,
                List.of(new ResourceBook.Theme("AJ", "Access to justice", items)), List.of(), List.of(),
                List.of(annex), List.of(), List.of());
    }

    @Test
    void everyScriptComesBackAsTextInEmbeddedShippedFonts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookPdf.write(sample(), out);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "script-sample.pdf"), out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            for (String s : SAMPLES) {
                assertTrue(text.contains(s), "the PDF's text holds " + s);
            }
            Set<String> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            Set<String> shipped = Set.of("NotoSans-Regular", "NotoSans-Bold", "NotoSansThai-Regular",
                    "NotoSansThai-Bold", "NotoSansKhmer-Regular", "NotoSansKhmer-Bold", "NotoSansLao-Regular",
                    "NotoSansLao-Bold", "NotoSansMyanmar-Regular", "NotoSansMyanmar-Bold");
            assertFalse(fonts.isEmpty());
            assertTrue(shipped.containsAll(fonts), "only shipped fonts: " + fonts);
            assertTrue(fonts.containsAll(Set.of("NotoSansThai-Regular", "NotoSansKhmer-Regular",
                    "NotoSansLao-Regular", "NotoSansMyanmar-Regular", "NotoSans-Regular")), fonts.toString());
        }
    }
}
