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
import jakarta.persistence.Version;

import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A numbered statement of a national input under one of the round's themes, addressed to someone. A restricted
 * statement (a testimony, say) and every statement's evidence are seen only by the convenor and the constituency's
 * focal points.
 */
@Entity
@Table(name = "input_statement")
public class Statement extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "input_id")
    public NationalInput input;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_id")
    public RoundTheme theme;

    /** 1, 2, 3... within its theme; the number people quote is {@link #number()}. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String addressee;

    @Column(nullable = false)
    public String text;

    public String evidence;

    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    /** All statements of the input, theme by theme in the round's order, then by position. */
    public static List<Statement> listForInput(NationalInput input) {
        return list("input = ?1 order by theme.position, position, id", input);
    }

    public static List<Statement> listForTheme(NationalInput input, RoundTheme theme) {
        return list("input = ?1 and theme = ?2 order by position, id", input, theme);
    }

    /** The statements of the round's submitted inputs, constituency by constituency, then theme and number. */
    public static List<Statement> listSubmitted(Round round) {
        return list("input.round = ?1 and input.state = ?2 order by input.constituency.name, theme.position,"
                + " position, id", round, InputState.SUBMITTED);
    }

    public static long countForInput(NationalInput input) {
        return count("input", input);
    }

    /** "RF-3": the theme's code and the place within it. */
    public String number() {
        return theme.code + "-" + position;
    }

    /** "ID RF-3": the constituency's code and the statement's number, as quoted outside its input. */
    public String reference() {
        return input.constituency.code + " " + number();
    }

    @Override
    public Long scopeConstituencyId() {
        return input.scopeConstituencyId();
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
