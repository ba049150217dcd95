package org.mufakat.review;

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

import org.mufakat.harmonize.Recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who wants a notice of every new comment on a recommendation. */
@Entity
@Table(name = "review_follow")
public class Follow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    public Recommendation recommendation;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Follow find(Recommendation r, long accountId) {
        return find("recommendation = ?1 and accountId = ?2", r, accountId).firstResult();
    }

    public static List<Long> followers(Recommendation r) {
        return getEntityManager().createQuery("select f.accountId from Follow f where f.recommendation = ?1",
                Long.class).setParameter(1, r).getResultList();
    }
}
