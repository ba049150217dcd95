package org.mufakat.export;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A round imported here: from which installation and export it came (unique together, so the same export imports
 * once) and the round it became.
 */
@Entity
@Table(name = "round_import")
public class RoundImportRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_installation", nullable = false)
    public String sourceInstallation;

    @Column(name = "export_id", nullable = false)
    public String exportId;

    @Column(name = "round_id", nullable = false)
    public Long roundId;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    public static RoundImportRecord find(String sourceInstallation, String exportId) {
        return find("sourceInstallation = ?1 and exportId = ?2", sourceInstallation, exportId).firstResult();
    }
}
