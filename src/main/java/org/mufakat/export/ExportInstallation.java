package org.mufakat.export;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one row (id 1) naming this installation, so that its exports can be told apart from another's. */
@Entity
@Table(name = "export_installation")
public class ExportInstallation extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(name = "installation_id", nullable = false)
    public String installationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
