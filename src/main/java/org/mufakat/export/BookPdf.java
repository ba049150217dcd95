package org.mufakat.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The resource book as PDF: the Qute template {@code ExportBook/book.html} rendered to XHTML and laid out by
 * openhtmltopdf (PDFBox) with the fonts shipped in {@code src/main/resources/fonts} and no other: the operating
 * system's fonts are never asked for.
 */
public final class BookPdf {

    /** A face shipped with the application: file, CSS family, weight. */
    record Face(String file, String family, int weight) {
    }

    /** Every face the book may use; the CSS names the families in this order, so each script finds its own. */
    static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Mufakat Sans", 400),
            new Face("NotoSans-Bold.ttf", "Mufakat Sans", 700),
            new Face("NotoSansThai-Regular.ttf", "Mufakat Sans Thai", 400),
            new Face("NotoSansThai-Bold.ttf", "Mufakat Sans Thai", 700),
            new Face("NotoSansKhmer-Regular.ttf", "Mufakat Sans Khmer", 400),
            new Face("NotoSansKhmer-Bold.ttf", "Mufakat Sans Khmer", 700),
            new Face("NotoSansLao-Regular.ttf", "Mufakat Sans Lao", 400),
            new Face("NotoSansLao-Bold.ttf", "Mufakat Sans Lao", 700),
            new Face("NotoSansMyanmar-Regular.ttf", "Mufakat Sans Myanmar", 400),
            new Face("NotoSansMyanmar-Bold.ttf", "Mufakat Sans Myanmar", 700));

    private BookPdf() {
    }

    @CheckedTemplate(basePath = "ExportBook")
    static class Templates {
        static native TemplateInstance book(ResourceBook book);
    }

    /** Writes the book's PDF to the stream (not closed). */
    public static void write(ResourceBook book, OutputStream out) {
        String html = Templates.book(book).setLocale(book.locale()).render();
        write(html, out);
    }

    /** Lays out an XHTML page of the book's kind (its CSS names the shipped families) as PDF. */
    static void write(String html, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face face : FACES) {
                builder.useFont(() -> font(face.file()), face.family(), face.weight(), FontStyle.NORMAL, true);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = BookPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is not shipped in /fonts");
        }
        return in;
    }
}
