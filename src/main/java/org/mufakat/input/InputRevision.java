package org.mufakat.input;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;

/**
 * The whole input as plain text after one save, with who saved it and how. Never changed once written. It holds
 * restricted statements and evidence, so only those allowed to see them read revisions.
 */
@Entity
@Table(name = "input_revision")
public class InputRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "input_id")
    public NationalInput input;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The audit action that made it, such as "input.statement-added". */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String snapshot;

    /** Writes the revision of the input as it now stands, statements included. */
    static InputRevision record(NationalInput input, String by, String action) {
        Statement.flush();
        InputRevision r = new InputRevision();
        r.input = input;
        r.createdAt = Instant.now();
        r.createdBy = by;
        r.action = action;
        r.snapshot = Snapshot.of(input, Statement.listForInput(input));
        r.persist();
        return r;
    }

    /** Newest first. */
    public static List<InputRevision> listForInput(NationalInput input) {
        return list("input = ?1 order by createdAt desc, id desc", input);
    }

    /** One page of the revisions, newest first. */
    public static List<InputRevision> pageForInput(NationalInput input, int pageIndex, int size) {
        return find("input = ?1 order by createdAt desc, id desc", input).page(Page.of(pageIndex, size)).list();
    }

    public static long countForInput(NationalInput input) {
        return count("input", input);
    }

    public static InputRevision latest(NationalInput input) {
        return find("input = ?1 order by createdAt desc, id desc", input).firstResult();
    }

    /** The newest revision of each input of a round, one query. */
    public static List<InputRevision> latestForRound(org.mufakat.round.Round round) {
        return list("select r from InputRevision r where r.input.round = ?1"
                + " and r.id = (select max(r2.id) from InputRevision r2 where r2.input = r.input)", round);
    }
}
