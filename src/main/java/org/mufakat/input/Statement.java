package org.mufakat.input;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.mufakat.security.Confidential;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A numbered statement of a national input under one of the round's themes, addressed to someone. A restricted
 * statement (a testimony, say) and every statement's evidence are seen only by the readers whose
 * {@link org.mufakat.security.Audience} opens the constituency. Restricted statements are numbered in a series of
 * their own (RF-R1, RF-R2 beside RF-1, RF-2), so that a reader who does not see them finds no gap in the numbers.
 */
@Entity
@Table(name = "input_statement")
public class Statement extends PanacheEntityBase implements Scoped, Confidential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "input_id")
    public NationalInput input;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_id")
    public RoundTheme theme;

    /**
     * 1, 2, 3... within its theme and series (restricted or not); the number people quote is {@link #number()}.
     */
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
        return list("input = ?1 order by theme.position, restricted, position, id", input);
    }

    /** The statements of one theme: the open series, then the restricted one. */
    public static List<Statement> listForTheme(NationalInput input, RoundTheme theme) {
        return list("input = ?1 and theme = ?2 order by restricted, position, id", input, theme);
    }

    /** The statements of one theme's series, in order. */
    public static List<Statement> listForSeries(NationalInput input, RoundTheme theme, boolean restricted) {
        return list("input = ?1 and theme = ?2 and restricted = ?3 order by position, id", input, theme, restricted);
    }

    /** The statements of the round's submitted inputs, constituency by constituency, then theme and number. */
    public static List<Statement> listSubmitted(Round round) {
        return list("input.round = ?1 and input.state = ?2 order by input.constituency.name, theme.position,"
                + " restricted, position, id", round, InputState.SUBMITTED);
    }

    /** The addressees the round's submitted statements name, in alphabetical order. */
    public static List<String> submittedAddressees(Round round) {
        return getEntityManager().createQuery("select distinct s.addressee from Statement s join s.input i"
                + " where i.round = ?1 and i.state = ?2 order by s.addressee", String.class).setParameter(1, round)
                .setParameter(2, InputState.SUBMITTED).getResultList();
    }

    /**
     * How many statements each theme of the input holds ({@code restricted}: with the restricted ones), by the
     * theme's id; a theme without statements is missing.
     */
    public static Map<Long, Integer> countByTheme(NationalInput input, boolean restricted) {
        Map<Long, Integer> counts = new HashMap<>();
        getEntityManager().createQuery("select s.theme.id, count(s) from Statement s where s.input = ?1"
                + (restricted ? "" : " and s.restricted = false") + " group by s.theme.id", Object[].class)
                .setParameter(1, input).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    public static long countForInput(NationalInput input) {
        return count("input", input);
    }

    /** "RF-3", or "RF-R1" for a restricted statement: the theme's code and the place within its series. */
    public String number() {
        return number(theme.code, restricted, position);
    }

    /** A statement's number from its theme's code, whether it is restricted and its position: "RF-3", "RF-R1". */
    public static String number(String themeCode, boolean restricted, int position) {
        return themeCode + "-" + (restricted ? "R" : "") + position;
    }

    @Override
    public boolean restricted() {
        return restricted;
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
