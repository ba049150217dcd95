package org.mufakat.harmonize;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.input.Statement;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A statement's recorded fate in the consensus, with the rationale its focal point reads. A statement without one
 * has "no fate yet"; the round cannot leave harmonization while any submitted statement has none.
 */
@Entity
@Table(name = "disposition")
public class Disposition extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Fate fate;

    public String rationale;

    /** The recommendation this fate speaks of, when the convenor named one. */
    @ManyToOne
    @JoinColumn(name = "recommendation_id")
    public Recommendation recommendation;

    /** Set by Mufakat when the statement became a source, not yet confirmed or changed by the convenor. */
    @Column(nullable = false)
    public boolean automatic;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Version
    public long version;

    public static Disposition forStatement(Statement statement) {
        return find("statement", statement).firstResult();
    }

    public static List<Disposition> listForRound(Round round) {
        return list("select d from Disposition d join fetch d.statement s left join fetch d.recommendation"
                + " where s.input.round = ?1", round);
    }

    /**
     * How many statements the round's submitted inputs hold, and how many of them have a fate: one count, from the
     * round's inputs to their statements to the fates (no entity is read).
     */
    public static long[] progress(Round round) {
        Object[] counts = getEntityManager().createQuery("select count(s), count(d) from Statement s join s.input i"
                + " left join Disposition d on d.statement = s where i.round = ?1 and i.state = ?2", Object[].class)
                .setParameter(1, round).setParameter(2, InputState.SUBMITTED).getSingleResult();
        return new long[] { (Long) counts[0], (Long) counts[1] };
    }

    @Override
    public Long scopeConstituencyId() {
        return statement.scopeConstituencyId();
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
