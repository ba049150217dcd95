package org.mufakat.review;

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

import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.web.QueryLiterals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A comment anchored on a recommendation, optionally quoting a passage of it. A comment without a parent opens a
 * thread, which can be resolved and reopened; replies belong to a thread.
 */
@Entity
@Table(name = "review_comment")
public class Comment extends PanacheEntityBase {

    /** The stages in which discussions are open. */
    private static final List<RoundStatus> REVIEWING = List.of(RoundStatus.MEMBER_REVIEW, RoundStatus.CALIBRATION,
            RoundStatus.ENDORSEMENT);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    public Recommendation recommendation;

    /** The thread this is a reply to; null for the comment that opens a thread. */
    @ManyToOne
    @JoinColumn(name = "parent_id")
    public Comment parent;

    public String quote;

    @Column(nullable = false)
    public String body;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Version
    public long version;

    /** Every comment on the recommendation, oldest first. */
    public static List<Comment> listFor(Recommendation r) {
        return list("recommendation = ?1 order by createdAt, id", r);
    }

    /**
     * The open discussions (unresolved threads) of rounds in review that the person follows the recommendation of,
     * started or replied to; newest first.
     */
    public static List<Comment> openThreadsOf(long accountId, int most) {
        List<Long> rounds = getEntityManager().createQuery("select r.id from Round r where r.status in ("
                + QueryLiterals.of(REVIEWING) + ")", Long.class).getResultList();
        if (rounds.isEmpty()) {
            return List.of();
        }
        return find("from Comment c join fetch c.recommendation join fetch c.round where c.round.id in ?1"
                + " and c.parent is null and c.resolvedAt is null and (c.authorId = ?2"
                + " or exists (select 1 from Comment reply where reply.parent = c and reply.authorId = ?2)"
                + " or exists (select 1 from Follow f where f.recommendation = c.recommendation and f.accountId = ?2))"
                + " order by c.createdAt desc, c.id desc", rounds, accountId).page(0, most).list();
    }

    /** The unresolved threads of the round, for the convenor's dashboard. */
    public static long countUnresolved(Round round) {
        return count("round = ?1 and parent is null and resolvedAt is null", round);
    }

    /** Unresolved threads per recommendation id, for the convenor's counts. */
    public static Map<Long, Long> unresolvedCounts(Round round) {
        Map<Long, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select c.recommendation.id, count(c) from Comment c where c.round = ?1"
                + " and c.parent is null and c.resolvedAt is null group by c.recommendation.id", Object[].class)
                .setParameter(1, round).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Comments per recommendation id, replies included. */
    public static Map<Long, Long> counts(Round round) {
        Map<Long, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select c.recommendation.id, count(c) from Comment c where c.round = ?1"
                + " group by c.recommendation.id", Object[].class).setParameter(1, round).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The same text by the same person on the same place a moment ago: a double submission. */
    static Comment recentTwin(Recommendation r, Comment parent, long authorId, String body, Instant since) {
        return find("recommendation = ?1 and authorId = ?2 and body = ?3 and createdAt > ?4 and "
                + (parent == null ? "parent is null" : "parent = ?5"),
                parent == null ? new Object[] { r, authorId, body, since }
                        : new Object[] { r, authorId, body, since, parent }).firstResult();
    }

    public boolean isThread() {
        return parent == null;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    /** The thread this comment belongs to (itself when it opens one). */
    public Comment thread() {
        return parent == null ? this : parent;
    }
}
