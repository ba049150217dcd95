package org.mufakat.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types an attachment may have, recognised by their first bytes (and, for DOCX and ODT, by what the zip
 * holds), never by the name the browser sent.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /**
     * What a zipped document (DOCX, ODT) may unpack to: its pictures are stored, its XML compresses perhaps
     * twentyfold, so a real one stays far below these; a decompression bomb passes them at once.
     */
    static final ZipGuard.Limits ZIP_LIMITS = new ZipGuard.Limits(1000, 100L * 1024 * 1024, 100);

    public final String contentType;
    public final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /**
     * The type of these bytes, or empty. A zip is unpacked within {@link #ZIP_LIMITS}; one that passes them is
     * refused with {@link ZipGuard.Refused} before anything else is read from it.
     */
    public static Optional<FileType> detect(byte[] bytes) {
        if (starts(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (starts(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Optional.of(PNG);
        }
        if (starts(bytes, new byte[] { 0x50, 0x4B, 0x03, 0x04 })) {
            return zipped(bytes);
        }
        return Optional.empty();
    }

    /** DOCX: [Content_Types].xml and a word/ folder. ODT: a first entry "mimetype" naming an ODF text. */
    private static Optional<FileType> zipped(byte[] bytes) {
        List<ZipGuard.Entry> entries;
        try {
            entries = ZipGuard.entries(bytes, ZIP_LIMITS);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!entries.isEmpty() && entries.get(0).name().equals("mimetype")
                && new String(entries.get(0).head(), StandardCharsets.US_ASCII).equals(ODT.contentType)) {
            return Optional.of(ODT);
        }
        boolean contentTypes = entries.stream().anyMatch(e -> e.name().equals("[Content_Types].xml"));
        boolean word = entries.stream().anyMatch(e -> e.name().startsWith("word/"));
        return contentTypes && word ? Optional.of(DOCX) : Optional.empty();
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    /** A file's size for people: "2.4 MB", "830 kB". */
    public static String sizeText(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
        return Math.max(1, bytes / 1000) + " kB";
    }

    /**
     * A name safe to store and to send back: no folders, only letters, digits, dots, dashes, underscores and
     * spaces, at most 100 characters, ending in this type's extension.
     */
    public String safeName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("^[ ._-]+", "").strip();
        if (base.isEmpty()) {
            base = "attachment";
        }
        if (base.length() > 90) {
            base = base.substring(0, 90);
        }
        return base + "." + extension;
    }
}
