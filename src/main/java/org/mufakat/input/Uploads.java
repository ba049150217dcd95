package org.mufakat.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/**
 * The checks an uploaded file passes before anything is stored: present, not too large, and, for a document, one of
 * the {@link FileType}s by its content (a zipped one unpacked within limits). Refusals are field errors a form shows
 * beside its file field. Used by national input attachments and by later features' files (tracking evidence).
 */
@ApplicationScoped
public class Uploads {

    @Inject
    Texts texts;

    /** A document's bytes and the type its content shows. */
    public record Document(byte[] bytes, FileType type) {
    }

    /** The file's bytes; a field error when no file came or it is larger than {@code maxBytes}. */
    public byte[] read(Path file, long maxBytes, String field, String tooLargeKey) {
        try {
            if (file == null || Files.size(file) == 0) {
                throw FormInvalidException.field(field, texts.get("mufakat.input.fileMissing"));
            }
            if (Files.size(file) > maxBytes) {
                throw FormInvalidException.field(field, texts.get(tooLargeKey));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF, DOCX, ODT, JPEG or PNG of at most {@link FileType#MAX_BYTES}, told by its content, never by its name. A
     * zipped document that unpacks to far more than it weighs (a decompression bomb) is refused as soon as that shows.
     */
    public Document document(Path file, String field) {
        byte[] bytes = read(file, FileType.MAX_BYTES, field, "mufakat.input.fileTooLarge");
        Optional<FileType> type;
        try {
            type = FileType.detect(bytes);
        } catch (ZipGuard.Refused e) {
            throw FormInvalidException.field(field, texts.get("mufakat.input.fileInflates"));
        }
        if (type.isEmpty()) {
            throw FormInvalidException.field(field, texts.get("mufakat.input.fileType"));
        }
        return new Document(bytes, type.get());
    }
}
