package org.mufakat.harmonize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mufakat.audit.AuditLog;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.Permissions;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/**
 * Recommendations carried forward into a later round: the submission feature decides which (those a closed round's
 * forums did not fully take up) and asks for them here, since harmonization alone writes recommendations. Each
 * becomes a recommendation of the target round with the same addressee and both registers, no sources, and {@link
 * Recommendation#carriedFrom} set, which its {@link Lineage} follows. The convenor edits it in harmonization like any
 * other.
 */
@ApplicationScoped
public class CarriedRecommendations {

    /**
     * The stages a round takes carried recommendations in: its themes are settled (they may still change in SETUP)
     * and its review has not begun, so the convenor can still edit or delete them while harmonizing.
     */
    static final EnumSet<RoundStatus> RECEIVING = EnumSet.of(RoundStatus.COLLECTING, RoundStatus.HARMONIZING);

    @Inject
    Permissions permissions;
    @Inject
    AuditLog audit;
    @Inject
    Texts texts;

    /** One recommendation carried: the one in the target round, where it came from, and whether this made it. */
    public record Carried(Recommendation recommendation, Recommendation from, boolean created) {
    }

    /** Whether the round takes carried recommendations now. */
    public static boolean receives(Round target) {
        return RECEIVING.contains(target.status());
    }

    /** The rounds that take carried recommendations, the newest first, at most {@code limit}. */
    public static List<Round> receiving(int limit) {
        return Round.<Round>find("status in ?1 order by createdAt desc, id desc", RECEIVING).range(0, limit - 1)
                .list();
    }

    /** The theme a recommendation takes in the target: the one with its theme's code, else the target's first. */
    public static RoundTheme themeIn(Round target, Recommendation from) {
        return target.theme(from.theme.code).orElse(target.themes.isEmpty() ? null : target.themes.get(0));
    }

    /** Why the round takes no carried recommendations now, for refusals. */
    public String notReceiving(Round target) {
        return texts.get("mufakat.harmonize.notReceiving", target.title,
                texts.get("mufakat.round.status." + target.status().name()));
    }

    /**
     * Carries the recommendations into the target round, each at the end of its theme there. One already carried
     * into that round is given back as it is (carrying twice makes one); the convenor only, and only while the
     * target {@link #receives} them. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Carried> carry(Round target, List<Recommendation> from, String actor) {
        permissions.check(HarmonizeAction.HARMONIZE, target);
        Round.getEntityManager().lock(target, LockModeType.PESSIMISTIC_WRITE);
        if (!receives(target)) {
            throw FormInvalidException.refused("targetRoundId", notReceiving(target));
        }
        List<Carried> carried = new ArrayList<>(from.size());
        for (Recommendation old : from) {
            Recommendation existing = Recommendation.carriedInto(target, old);
            if (existing != null) {
                carried.add(new Carried(existing, old, false));
                continue;
            }
            RoundTheme theme = themeIn(target, old);
            RoundTheme.getEntityManager().lock(theme, LockModeType.PESSIMISTIC_WRITE);
            Recommendation r = new Recommendation();
            r.round = target;
            r.theme = theme;
            r.position = Recommendation.listForTheme(theme).size() + 1;
            r.addressee = old.addressee;
            r.text = old.text;
            r.unvarnishedText = old.unvarnishedText;
            r.carriedFrom = old;
            r.createdAt = Instant.now();
            r.createdBy = actor;
            r.updatedAt = r.createdAt;
            r.updatedBy = actor;
            r.persist();
            Recommendation.getEntityManager().flush();
            audit.record(actor, "recommendation.carried", "Recommendation", r.auditId(), r.number() + " in round "
                    + target.id + " from " + old.number() + " (recommendation " + old.id + ", round " + old.round.id
                    + ")");
            carried.add(new Carried(r, old, true));
        }
        return carried;
    }
}
