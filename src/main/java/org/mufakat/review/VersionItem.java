package org.mufakat.review;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One recommendation as it stood in a version: both registers, number, theme, addressee, and its sources as JSON
 * (statement id, constituency, number, whether restricted; never the statements' text). Immutable like its version.
 */
@Entity
@Immutable
@Table(name = "proposal_version_item")
public class VersionItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    public ProposalVersion version;

    @Column(nullable = false, updatable = false)
    public int ordinal;

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    public long recommendationId;

    @Column(name = "theme_code", nullable = false, updatable = false)
    public String themeCode;

    @Column(name = "theme_title", nullable = false, updatable = false)
    public String themeTitle;

    @Column(nullable = false, updatable = false)
    public String number;

    @Column(nullable = false, updatable = false)
    public String addressee;

    @Column(nullable = false, updatable = false)
    public String text;

    @Column(name = "unvarnished_text", updatable = false)
    public String unvarnishedText;

    @Column(nullable = false, updatable = false)
    public String sources;

    public static List<VersionItem> listForVersion(ProposalVersion version) {
        return list("version = ?1 order by ordinal", version);
    }
}
