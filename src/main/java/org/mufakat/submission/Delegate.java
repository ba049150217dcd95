package org.mufakat.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who went to a forum session for the network: their name, organisation and whether they spoke. */
@Entity
@Table(name = "engagement_delegate")
public class Delegate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "engagement_id", updatable = false)
    public Engagement engagement;

    @Column(nullable = false)
    public int position;

    @Column(name = "person_name", nullable = false)
    public String name;

    public String organisation;

    @Column(nullable = false)
    public boolean spoke;
}
