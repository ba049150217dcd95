package org.mufakat.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A theme heading of a round, such as "RF: Recruitment fees and agencies"; statements are numbered per theme. */
@Entity
@Table(name = "round_theme")
public class RoundTheme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;
}
