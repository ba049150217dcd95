package org.mufakat.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.harmonize.HarmonizeDemoData;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.harmonize.RecommendationTexts;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundWorkflow;
import org.mufakat.web.Calendar;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Takes the harmonized demo round through review into endorsement, as the convenor would: member review with a
 * resolved comment thread and an edit, calibration with a calibrated text and a labelled version, then endorsement
 * with positions (endorsements, a reservation on the whole proposal, a reservation and an objection on single
 * recommendations, an organisation's endorsement) and one constituency silent, and an open thread. The moves go
 * through the round's workflow, so the automatic versions and notices happen as they would. Only with demo data on,
 * never in production, once.
 */
@ApplicationScoped
public class ReviewDemoData {

    private static final Logger LOG = Logger.getLogger(ReviewDemoData.class);
    private static final String CONVENOR = "convenor";

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    RoundWorkflow rounds;
    @Inject
    Versions versions;
    @Inject
    RecommendationTexts texts;
    @Inject
    Calendar calendar;
    @Inject
    AuditLog audit;
    @Inject
    ReviewGuard guard;

    @Transactional
    void load(@Observes @Priority(60) StartupEvent start) {
        if (!enabled || ConfigUtils.getProfiles().contains("prod") || ProposalVersion.count() > 0) {
            return;
        }
        Round round = Round.find("title", HarmonizeDemoData.TITLE).firstResult();
        if (round == null || round.status() != RoundStatus.HARMONIZING || Recommendation.countForRound(round) == 0
                || !round.reviewStages().contains(RoundStatus.MEMBER_REVIEW)
                || !round.reviewStages().contains(RoundStatus.CALIBRATION) || round.endorsementDeadline == null) {
            return;
        }
        LocalDate today = calendar.today();
        List<Recommendation> recs = Recommendation.listForRound(round);
        Recommendation first = recs.get(0);
        Recommendation second = recs.get(Math.min(1, recs.size() - 1));
        Recommendation third = recs.get(Math.min(3, recs.size() - 1));
        Recommendation last = recs.get(recs.size() - 1);

        rounds.advanceAsSystem(round.id, CONVENOR);
        window(round, RoundStatus.MEMBER_REVIEW, today.minusDays(1));
        Comment thread = comment(round, second, null, "focal.vn", firstWords(second.text, 6),
                "Viet Nam asks that this also name live-in domestic workers, who are most at risk of losing their"
                        + " documents.");
        if (thread.id != null) {
            comment(round, second, thread, CONVENOR, null, "Agreed: “live-in” added in the unvarnished text;"
                    + " the calibrated text keeps the general wording.");
            thread.resolvedAt = Instant.now();
            thread.resolvedBy = CONVENOR;
        }
        edit(round, second, second.text, second.unvarnished() + " This includes live-in domestic workers.", null,
                "Answering Viet Nam's comment.");

        rounds.advanceAsSystem(round.id, CONVENOR);
        window(round, RoundStatus.CALIBRATION, today.minusDays(1));
        edit(round, first, first.text.replace("Prohibit", "Take effective measures to prohibit"), first.unvarnished(),
                null, "Calibrated for the AFML, in the wording of the ASEAN Consensus.");
        versions.take(round, "After the calibration meeting in Bangkok", false, CONVENOR);

        rounds.advanceAsSystem(round.id, CONVENOR);
        position(round, null, "ID", Stance.ENDORSE, null, "focal.id");
        position(round, null, "PH", Stance.ENDORSE, null, "focal.ph");
        position(round, null, "KH", Stance.ENDORSE, null, "focal.kh");
        position(round, null, "SG", Stance.ENDORSE, null, "focal.sg");
        position(round, null, "MY", Stance.STAND_ASIDE, "Malaysia's unions take no position on the proposal as"
                + " a whole while the levy question is open.", "focal.my");
        position(round, null, "VN", Stance.RESERVATION, "Viet Nam's endorsement is subject to consultation with"
                + " the Viet Nam General Confederation of Labour.", "focal.vn");
        position(round, null, "MM-TH", Stance.ENDORSE, null, "focal.mmth");
        position(round, third, "VN", Stance.RESERVATION, "Regularisation must not be tied to a single employer.",
                "focal.vn");
        position(round, null, "TH", Stance.ENDORSE, null, "focal.th");
        Position objection = position(round, last, "TH", Stance.OBJECT, "A standard contract before departure cannot be enforced in"
                + " Thailand without the Ministry of Labour; Thai unions ask to word it as a goal for ASEAN.",
                "focal.th");
        MemberOrganisation migrantCare = MemberOrganisation.find("name", "Migrant CARE").firstResult();
        if (migrantCare != null && round.includes(migrantCare.constituency)) {
            Position p = new Position();
            p.round = round;
            p.constituency = migrantCare.constituency;
            p.organisation = migrantCare;
            p.slot = Position.slot(null, p.constituency, migrantCare);
            p.stance = Stance.ENDORSE;
            p.takenBy = "member";
            p.takenAt = Instant.now();
            p.persist();
        }
        comment(round, last, null, "focal.th", null, "Could we say “ASEAN Member States should work towards” a"
                + " standard contract? Then Thailand could endorse.");
        position(round, null, "LA", Stance.ENDORSE, null, "focal.la");
        finalizeOverriding(round, objection, "The AFML's deadline for civil-society inputs leaves no time for"
                + " another round of consultation. Thailand's objection to DI.1 is recorded on the proposal and"
                + " will be raised again when the contract is discussed with the Thai Ministry of Labour.");
        audit.record("system", "demo-data.loaded", "Round", round.auditId(), "demo review, positions and finalization");
        LOG.info("Took demo round " + round.title + " through review, endorsement and finalization");
    }

    private static void window(Round round, RoundStatus stage, LocalDate closes) {
        StageWindow w = new StageWindow();
        w.round = round;
        w.stage = stage;
        w.closesOn = closes;
        w.setBy = CONVENOR;
        w.setAt = Instant.now();
        w.persist();
    }

    private static Comment comment(Round round, Recommendation r, Comment parent, String username, String quote,
            String body) {
        Account author = Account.findByUsername(username);
        Comment c = new Comment();
        c.round = round;
        c.recommendation = r;
        c.parent = parent;
        c.quote = quote;
        c.body = body;
        c.authorId = author == null ? null : author.id;
        c.authorName = author == null ? username : author.displayName;
        c.createdAt = Instant.now();
        if (c.authorId != null) {
            c.persist();
        }
        return c;
    }

    private void edit(Round round, Recommendation r, String text, String unvarnished, EditKind kind, String note) {
        ReviewEdit e = new ReviewEdit();
        e.round = round;
        e.recommendation = r;
        e.stage = round.status();
        e.kind = kind;
        e.textBefore = r.text;
        e.unvarnishedBefore = r.unvarnishedText;
        texts.revise(r, text, unvarnished, CONVENOR);
        e.textAfter = r.text;
        e.unvarnishedAfter = r.unvarnishedText;
        e.note = note;
        e.actor = CONVENOR;
        e.occurredAt = Instant.now();
        e.persist();
    }

    /**
     * Finalizes as the convenor did, overriding the standing objection with a reason; the round's move takes the
     * final version, so the convenor's next step is to submit the proposal.
     */
    private void finalizeOverriding(Round round, Position objection, String reason) {
        Finalization f = new Finalization();
        f.round = round;
        f.actor = CONVENOR;
        f.occurredAt = Instant.now();
        if (objection != null) {
            f.overrideReason = reason;
            f.overridden = guard.objection(objection);
        }
        f.persist();
        rounds.advanceAsSystem(round.id, CONVENOR);
    }

    private static Position position(Round round, Recommendation r, String code, Stance stance, String note,
            String by) {
        Constituency c = Constituency.findByCode(code);
        if (c == null || !round.includes(c)) {
            return null;
        }
        Position p = new Position();
        p.round = round;
        p.recommendation = r;
        p.constituency = c;
        p.slot = Position.slot(r, c, null);
        p.stance = stance;
        p.note = note;
        p.takenBy = by;
        p.takenAt = Instant.now();
        p.persist();
        return p;
    }

    private static String firstWords(String text, int n) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(n, words.length)));
    }
}
