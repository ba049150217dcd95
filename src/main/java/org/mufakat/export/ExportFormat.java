package org.mufakat.export;

import java.util.Locale;
import java.util.Optional;

/** The formats of a round's export. */
public enum ExportFormat {
    /** The resource book to print. */
    PDF("application/pdf", "pdf"),
    /** The resource book to edit in a word processor. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** Tables for analysts, as a zip of CSV files. */
    CSV("application/zip", "zip"),
    /** The whole round, to archive or move to another installation. */
    JSON("application/json", "json");

    public final String contentType;
    public final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format named in a request ({@code pdf}, {@code docx}, {@code csv}, {@code json}, any case). */
    public static Optional<ExportFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this format is the resource book, which this feature renders. */
    public boolean isBook() {
        return this == PDF || this == DOCX;
    }
}
