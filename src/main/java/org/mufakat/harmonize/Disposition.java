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
import org.mufakat.round.RoundTheme;
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

    /** The fates of the statements of one theme of a round, as {@link #listForRound}. */
    public static List<Disposition> listForTheme(RoundTheme theme) {
        return list("select d from Disposition d join fetch d.statement s left join fetch d.recommendation"
                + " where s.theme = ?1", theme);
    }

    /** How many statements of the round's submitted inputs have a fate. */
    public static long countDecided(Round round) {
        return count("from Disposition d join d.statement s join s.input i where i.round = ?1 and i.state = ?2",
                round, InputState.SUBMITTED);
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
