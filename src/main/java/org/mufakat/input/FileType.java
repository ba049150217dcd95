package org.mufakat.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
    private static final int MAX_ZIP_ENTRIES = 2000;

    public final String contentType;
    public final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

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
        boolean contentTypes = false;
        boolean word = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (seen == 1 && name.equals("mimetype")) {
                    byte[] mime = zip.readNBytes(100);
                    if (new String(mime, StandardCharsets.US_ASCII).equals(ODT.contentType)) {
                        return Optional.of(ODT);
                    }
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                if (contentTypes && word) {
                    return Optional.of(DOCX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
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
