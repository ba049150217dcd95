package org.mufakat.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Where one state stands with one instrument: ratified (or acceded) on a day, or not; for the 1990 convention also
 * signed on a day. One row per state and instrument (unique), ratified or not, each with the source of what it says.
 * The state is named as in the seed data ("Malaysia (Sabah)", "Timor-Leste (ASEAN observer)").
 */
@Entity
@Table(name = "ratification")
public class Ratification extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Instrument instrument;

    /** The day of ratification or accession; null while not ratified. */
    @Column(name = "ratified_on")
    public LocalDate ratifiedOn;

    /** The day of signature (the 1990 convention only). */
    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(nullable = false)
    public String source;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** By state, then in the instruments' order. */
    private static final Comparator<Ratification> TABLE_ORDER = Comparator.comparing((Ratification r) -> r.state)
            .thenComparing(r -> r.instrument);

    /** Every row, by state and then in the instruments' order. */
    public static List<Ratification> matrix() {
        return Ratification.<Ratification>listAll().stream().sorted(TABLE_ORDER).toList();
    }

    /**
     * The rows of the states a country stands for: the state of that name and its sub-national or qualified rows
     * ("Malaysia" and "Malaysia (Sabah)"; "Timor-Leste (ASEAN observer)" for "Timor-Leste"), ignoring case.
     */
    public static List<Ratification> forCountry(String country) {
        if (country == null || country.isBlank()) {
            return List.of();
        }
        String name = country.strip().toLowerCase(Locale.ROOT);
        return Ratification.<Ratification>list("lower(state) = ?1 or substring(lower(state), 1, ?2) = ?3", name,
                name.length() + 2, name + " (").stream().sorted(TABLE_ORDER).toList();
    }

    public boolean isRatified() {
        return ratifiedOn != null;
    }

    /** Signed (the 1990 convention) but not ratified. */
    public boolean isSignedOnly() {
        return ratifiedOn == null && signedOn != null;
    }

    @Override
    public Long scopeConstituencyId() {
        return null;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
