package org.mufakat.export;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.mufakat.round.Round;

/**
 * The ids that let a re-import be recognised: this installation's own id (made once, on first use) and each round's
 * stable export id (made on its first export). Both are random UUIDs and never change.
 */
@ApplicationScoped
public class ExportIds {

    /**
     * This installation's id, made on first use. Two first uses at the same moment make one: the other fails on the
     * primary key (a 409, changing nothing) and the next export reads the row.
     */
    @Transactional
    public String installation() {
        ExportInstallation row = ExportInstallation.findById(1);
        if (row == null) {
            row = new ExportInstallation();
            row.id = 1;
            row.installationId = UUID.randomUUID().toString();
            row.createdAt = Instant.now();
            row.persistAndFlush();
        }
        return row.installationId;
    }

    /** The round's export id, made on its first export. */
    @Transactional
    public String of(Round round) {
        RoundExport row = RoundExport.findById(round.id);
        if (row == null) {
            row = new RoundExport();
            row.roundId = round.id;
            row.exportId = UUID.randomUUID().toString();
            row.createdAt = Instant.now();
            row.persistAndFlush();
        }
        return row.exportId;
    }
}
