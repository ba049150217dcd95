package org.mufakat.forum;

import java.time.Instant;
import java.time.LocalDate;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One meeting of a forum, such as the 10th AFML; rounds aim their proposal at a session. */
@Entity
@Table(name = "forum_session")
public class ForumSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "forum_id")
    public Forum forum;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String venue;

    public String host;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static List<ForumSession> listForForum(Forum forum) {
        return list("forum = ?1 order by startsOn desc", forum);
    }

    /** The forum's session with this title, ignoring case: titles are unique within a forum. */
    public static ForumSession findByTitle(Forum forum, String title) {
        return title == null ? null
                : find("forum = ?1 and lower(title) = ?2", forum, title.strip().toLowerCase()).firstResult();
    }

    public boolean isUpcomingOn(LocalDate day) {
        return !startsOn.isBefore(day);
    }

    /** Sessions from the given day on, soonest first: the ones a new round can aim at. */
    public static List<ForumSession> upcoming(LocalDate from) {
        return list("startsOn >= ?1 order by startsOn", from);
    }
}
