package org.mufakat.export;

import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.security.Audience;

/**
 * A round's tables (the CSV zip, {@link RoundCsv}) and its whole archive (JSON, {@link RoundArchive}) for one
 * audience. Both read in their own short transaction and write after it; neither checks who asks, so callers check
 * first ({@link ExportWorkflow#tableReader}).
 */
@ApplicationScoped
public class TableFiles {

    @Inject
    RoundCsv csv;
    @Inject
    RoundArchive archive;

    public void write(long roundId, Audience audience, ExportFormat format, OutputStream out) {
        switch (format) {
            case CSV -> csv.write(roundId, audience, out);
            case JSON -> archive.write(roundId, audience, out);
            default -> throw new IllegalArgumentException(format + " is the resource book, not a table");
        }
    }

    /** The size of the download in bytes, written into a counting stream (tables are quick to write). */
    public long size(long roundId, Audience audience, ExportFormat format) {
        BookFiles.CountingStream counting = new BookFiles.CountingStream(OutputStream.nullOutputStream());
        write(roundId, audience, format, counting);
        return counting.count;
    }
}
