package org.mufakat.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mufakat.network.Constituency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone the round's statements can be addressed to: ASEAN, the ACMW, "Government of {constituency}"... */
@Entity
@Table(name = "round_addressee")
public class RoundAddressee extends PanacheEntityBase {

    public static final String CONSTITUENCY_MARKER = "{constituency}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    /** The name as the round page lists it: the constituency marker replaced by words saying whose it will be. */
    public String nameWith(String eachCountry) {
        return name.replace(CONSTITUENCY_MARKER, eachCountry);
    }

    /** The name with the constituency marker filled in with the constituency's country. */
    public String nameFor(Constituency c) {
        return name.replace(CONSTITUENCY_MARKER, c.country);
    }
}
