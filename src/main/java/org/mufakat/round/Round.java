package org.mufakat.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.mufakat.forum.ForumSession;
import org.mufakat.network.Constituency;
import org.mufakat.security.Scoped;
import org.mufakat.web.QueryLiterals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * A consultation round: the convenor's set-up (themes, addressees, participating constituencies, deadlines, review
 * stages) and where it stands in its life cycle. Status changes only through {@link #moveTo}.
 */
@Entity
@Table(name = "round")
public class Round extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    public String purpose;

    @ManyToOne
    @JoinColumn(name = "forum_session_id")
    public ForumSession forumSession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RoundStatus status = RoundStatus.SETUP;

    @Column(name = "review_stages", nullable = false)
    String reviewStages = "";

    @Column(name = "input_deadline", nullable = false)
    public LocalDate inputDeadline;

    @Column(name = "endorsement_deadline")
    public LocalDate endorsementDeadline;

    /**
     * Whether outputs that leave the network (exports, submissions, public pages) may say which constituency proposed
     * what. Off by default: attribution can endanger focal points. Inside the network provenance is always shown.
     */
    @Column(name = "public_attribution", nullable = false)
    public boolean publicAttribution;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RoundTheme> themes = new ArrayList<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RoundAddressee> addressees = new ArrayList<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<RoundParticipant> participants = new ArrayList<>();

    /** The participants' constituencies as {@link #scopeParticipants()} read them, while they are not loaded. */
    @Transient
    private Set<Long> participantIds;

    public static List<Round> page(RoundStatus status, int pageIndex, int size) {
        return (status == null ? findAll(Sort.descending("createdAt", "id"))
                : find("status", Sort.descending("createdAt", "id"), status)).page(Page.of(pageIndex, size)).list();
    }

    public static long countWith(RoundStatus status) {
        return status == null ? count() : count("status", status);
    }

    /** Rounds in which the constituency takes part, newest first. */
    public static List<Round> forConstituency(Long constituencyId) {
        return list("select r from Round r join r.participants p where p.constituency.id = ?1"
                + " order by r.createdAt desc", constituencyId);
    }

    /** The rounds the constituency takes part in that are at one of these stages, newest first. */
    public static List<Round> forConstituency(Long constituencyId, Set<RoundStatus> stages) {
        return list("select r from Round r join r.participants p where p.constituency.id = ?1 and r.status in ("
                + QueryLiterals.of(stages) + ") order by r.createdAt desc", constituencyId);
    }

    public RoundStatus status() {
        return status;
    }

    public Set<RoundStatus> reviewStages() {
        return reviewStages.isBlank() ? EnumSet.noneOf(RoundStatus.class)
                : Arrays.stream(reviewStages.split(",")).map(RoundStatus::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RoundStatus.class)));
    }

    void setReviewStages(Set<RoundStatus> stages) {
        reviewStages = stages.stream().filter(RoundStatus::isReviewStage).sorted().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    /**
     * A round brought in from another installation's export, in the stage and with the review stages it had there.
     * Only the import (export feature) calls it; every other stage change goes through one move of the life cycle.
     */
    public void restore(RoundStatus stage, Set<RoundStatus> stages) {
        status = stage;
        setReviewStages(stages);
    }

    /** The stages this round passes through, for the stage bar. */
    public List<RoundStatus> path() {
        return RoundStatus.path(reviewStages());
    }

    public Optional<RoundStatus> nextStatus() {
        return status.next(reviewStages());
    }

    /** The next stage, or null once closed: for templates. */
    public RoundStatus nextStage() {
        return nextStatus().orElse(null);
    }

    /** Moves one step along the path; the workflow has checked the guard (or the convenor forced it). */
    void moveTo(RoundStatus target) {
        if (!status.canMoveTo(target, reviewStages())) {
            throw new IllegalStateException("A round in " + status + " cannot move to " + target);
        }
        status = target;
        statusChangedAt = Instant.now();
    }

    public Optional<RoundParticipant> participant(Long constituencyId) {
        return participants.stream().filter(p -> p.constituency.id.equals(constituencyId)).findFirst();
    }

    /** Whether the constituency takes part (read as {@link #scopeParticipants()} reads it). */
    public boolean includes(Constituency c) {
        return scopeParticipants().contains(c.id);
    }

    public Optional<RoundTheme> theme(String code) {
        return themes.stream().filter(t -> t.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The addressees as focal points pick them: "Government of {constituency}" is filled in for theirs. */
    public List<String> addresseesFor(Constituency c) {
        return addressees.stream().map(a -> a.nameFor(c)).toList();
    }

    @Override
    public Long scopeConstituencyId() {
        return null;
    }

    /**
     * The constituencies taking part: their people read the round's proposal. Every review page checks this: when the
     * participants are not loaded already, only their ids are read, not the participants and their constituencies,
     * and only once for this copy of the round (participants change only through {@link #participants}, which loads
     * them).
     */
    @Override
    public Set<Long> scopeParticipants() {
        if (id == null || Hibernate.isInitialized(participants)) {
            return participants.stream().map(p -> p.constituency.id).collect(Collectors.toUnmodifiableSet());
        }
        if (participantIds == null) {
            participantIds = Set.copyOf(getEntityManager().createQuery("select p.constituency.id"
                    + " from RoundParticipant p where p.round.id = :round", Long.class).setParameter("round", id)
                    .getResultList());
        }
        return participantIds;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
