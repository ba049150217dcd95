package org.mufakat.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.forum.ForumSession;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The network's presence at one forum session (one per session): whether it was invited, the seats it asked for and
 * was given (null while not known; a forum may give more than asked), notes, and its delegates, the aggregate's
 * children. The impact page counts seats per session and year from here.
 */
@Entity
@Table(name = "engagement")
public class Engagement extends PanacheEntityBase implements Scoped {

    /** At most this many delegates per session. */
    public static final int MAX_DELEGATES = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "forum_session_id", updatable = false)
    public ForumSession forumSession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Invitation invited = Invitation.UNKNOWN;

    @Column(name = "seats_requested")
    public Integer seatsRequested;

    @Column(name = "seats_granted")
    public Integer seatsGranted;

    public String notes;

    @OneToMany(mappedBy = "engagement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Delegate> delegates = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** The session's engagement, or null while nothing is recorded. */
    public static Engagement forSession(ForumSession session) {
        return find("forumSession", session).firstResult();
    }

    public long spokeCount() {
        return delegates.stream().filter(d -> d.spoke).count();
    }

    @Override
    public Long scopeConstituencyId() {
        return null;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
