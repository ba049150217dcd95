package org.mufakat.review;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.RoleGrant;
import org.mufakat.notify.Notifier;
import org.mufakat.notify.Recipient;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.security.Actor;
import org.mufakat.security.Role;
import org.mufakat.web.Text;

/**
 * Who hears about what in review, and what they are told: stage changes (everyone with a role in a taking-part
 * constituency), comments (the thread's writers and the recommendation's followers), positions reset by a
 * substantive change, the endorsement deadline approaching, consent recorded by silence. Notices name
 * recommendations by number and people by name; they never carry a comment's or a statement's text.
 */
@ApplicationScoped
public class ReviewNotices {

    @Inject
    Notifier notifier;

    @Transactional(Transactional.TxType.MANDATORY)
    public void stageChanged(Round round, RoundStatus to) {
        Text stage = Text.of("mufakat.round.status." + to.name());
        java.time.LocalDate closes = StageWindow.closes(round, to);
        Text body = Text.of("mufakat.review.notice.stageBody." + to.name(), round.title);
        if (closes != null && to != RoundStatus.FINAL) {
            body = body.and(Text.of("mufakat.review.notice.until", closes));
        }
        send(participants(round), null, Text.of("mufakat.review.notice.stageSubject", round.title, stage), body,
                "/rounds/" + round.id + "/review");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void commented(Comment c) {
        Map<Long, Account> to = new LinkedHashMap<>();
        Comment thread = c.thread();
        for (Comment other : Comment.listFor(c.recommendation)) {
            if (other.thread().id.equals(thread.id)) {
                add(to, Account.findById(other.authorId));
            }
        }
        Follow.followers(c.recommendation).forEach(id -> add(to, Account.findById(id)));
        String number = c.recommendation.number();
        send(to.values(), c.authorId, Text.of(c.isThread() ? "mufakat.review.notice.commentSubject"
                : "mufakat.review.notice.replySubject", c.authorName, number),
                Text.of("mufakat.review.notice.commentBody", c.authorName, number, c.round.title),
                "/rounds/" + c.round.id + "/review/recommendations/" + c.recommendation.id + "#c" + c.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void positionsReset(Recommendation r, List<String> resetParties) {
        java.time.LocalDate until = StageWindow.endorsementDeadline(r.round);
        Text body = Text.of("mufakat.review.notice.resetBody", r.number(), r.round.title);
        if (!resetParties.isEmpty()) {
            body = body.and(Text.of("mufakat.review.notice.resetWho", String.join(", ", resetParties)));
        }
        if (until != null) {
            body = body.and(Text.of("mufakat.review.notice.until", until));
        }
        send(participants(r.round), null, Text.of("mufakat.review.notice.resetSubject", r.number(), r.round.title),
                body, "/rounds/" + r.round.id + "/review/recommendations/" + r.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineNear(Round round, Constituency c, java.time.LocalDate deadline, long days) {
        send(accounts(RoleGrant.focalPointsOf(c)), null,
                Text.of("mufakat.review.notice.deadlineSubject", round.title),
                Text.of("mufakat.review.notice.deadlineBody", c.name, round.title, deadline, days),
                "/rounds/" + round.id + "/review/positions");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void consentBySilence(Round round, Constituency c) {
        send(accounts(RoleGrant.focalPointsOf(c)), null,
                Text.of("mufakat.review.notice.silenceSubject", round.title),
                Text.of("mufakat.review.notice.silenceBody", c.name, round.title),
                "/rounds/" + round.id + "/review/positions");
    }

    /** Focal points and members of the round's taking-part constituencies, and the convenors. */
    Collection<Account> participants(Round round) {
        Map<Long, Account> to = new LinkedHashMap<>();
        for (RoleGrant g : RoleGrant.<RoleGrant>list("role in ?1", List.of(Role.FOCAL_POINT, Role.MEMBER,
                Role.CONVENOR))) {
            Actor holder = Actor.of(g.account.id, g.toGrant());
            if (holder.isConvenor() || holder.takesPart(round)) {
                add(to, g.account);
            }
        }
        return to.values();
    }

    private static Collection<Account> accounts(List<RoleGrant> grants) {
        Map<Long, Account> to = new LinkedHashMap<>();
        grants.forEach(g -> add(to, g.account));
        return to.values();
    }

    private static void add(Map<Long, Account> to, Account a) {
        if (a != null && a.enabled) {
            to.putIfAbsent(a.id, a);
        }
    }

    private void send(Collection<Account> to, Long except, Text subject, Text body, String link) {
        for (Account a : to) {
            if (!a.id.equals(except)) {
                notifier.notify(new Recipient(a.id, a.displayName, a.email), subject, body, link);
            }
        }
    }
}
