package org.mufakat.export;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A round's stable export id (a UUID), made on its first export and never changed. */
@Entity
@Table(name = "round_export")
public class RoundExport extends PanacheEntityBase {

    @Id
    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "export_id", nullable = false)
    public String exportId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
