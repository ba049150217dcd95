package org.mufakat.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.harmonize.CarriedRecommendations;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.RefusedException;
import org.mufakat.web.Texts;

/**
 * Carrying forward: once a round is closed, the convenor carries the recommendations its forums did not fully take up
 * (the best uptake over the round's submissions; none recorded counts as none) into a round still collecting inputs
 * or harmonizing, where they become pre-filled recommendations with their lineage. Harmonization writes them ({@link
 * CarriedRecommendations}); this decides which may go.
 */
@ApplicationScoped
public class CarryForwardWorkflow {

    static final int TARGET_CHOICES = 100;

    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    Texts texts;
    @Inject
    CarriedRecommendations carrier;

    /** A recommendation of the closed round and the best uptake recorded for it (NONE when nothing is). */
    public record Candidate(Recommendation recommendation, UptakeLevel best) {

        /** Fully taken up recommendations stay where they are. */
        public boolean eligible() {
            return best != UptakeLevel.FULL;
        }
    }

    /**
     * What carrying one recommendation does: the theme it takes in the target (its own code's, else the target's
     * first: {@code sameTheme} says which) and the recommendation already carried there from it, if any.
     */
    public record Step(Candidate candidate, RoundTheme theme, boolean sameTheme, Recommendation existing) {
    }

    public record Plan(Round source, Round target, List<Step> steps) {

        public long fresh() {
            return steps.stream().filter(s -> s.existing() == null).count();
        }
    }

    public record Result(Round source, Round target, List<CarriedRecommendations.Carried> carried) {

        public long created() {
            return carried.stream().filter(CarriedRecommendations.Carried::created).count();
        }
    }

    /** Whether the current user may carry the round's recommendations forward (pages offer the link). */
    public boolean mayCarry(Round round) {
        return round.status() == RoundStatus.CLOSED && permissions.may(SubmissionAction.CARRY_FORWARD, round);
    }

    /** The closed round, to the convenor; 409 with the reason for a round not closed yet. */
    public Round source(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null) {
            throw new NotFoundException();
        }
        permissions.check(SubmissionAction.CARRY_FORWARD, round);
        if (round.status() != RoundStatus.CLOSED) {
            throw new RefusedException(List.of(texts.get("mufakat.uptake.notClosed",
                    texts.get("mufakat.round.status." + round.status().name()))));
        }
        return round;
    }

    /** The round's recommendations in order, each with the best uptake recorded over its submissions. */
    public List<Candidate> candidates(Round source) {
        Map<Long, UptakeLevel> best = new HashMap<>();
        for (Uptake u : Uptake.listForRound(source)) {
            best.merge(u.recommendation.id, u.level, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return Recommendation.listForRound(source).stream()
                .map(r -> new Candidate(r, best.getOrDefault(r.id, UptakeLevel.NONE))).toList();
    }

    /** The rounds that take carried recommendations now, newest first. */
    public List<Round> targets(Round source) {
        return CarriedRecommendations.receiving(TARGET_CHOICES).stream().filter(r -> !r.id.equals(source.id))
                .toList();
    }

    /** What carrying would do, checked as carrying checks it; nothing is changed. */
    public Plan plan(long roundId, CarryForm form) {
        Round source = source(roundId);
        return plan(source, form);
    }

    /**
     * Carries the chosen recommendations of a closed round into the target round: the convenor only; refused (409)
     * for a round not closed, a target that takes none now, and recommendations fully taken up, named; unknown ids
     * are a bad request. One carried before into the same round is given back, not made twice.
     */
    @Transactional
    public Result carry(long roundId, CarryForm form) {
        Round source = source(roundId);
        Plan plan = plan(source, form);
        List<CarriedRecommendations.Carried> carried = carrier.carry(plan.target(), plan.steps().stream()
                .map(s -> s.candidate().recommendation()).toList(), user.username());
        Result result = new Result(source, plan.target(), carried);
        if (result.created() > 0) {
            audit.record(user.username(), "round.carried-forward", "Round", source.auditId(), "into round "
                    + plan.target().id + ": " + carried.stream().filter(CarriedRecommendations.Carried::created)
                            .map(c -> c.from().number() + " -> " + c.recommendation().number())
                            .collect(Collectors.joining(", ")));
        }
        return result;
    }

    private Plan plan(Round source, CarryForm form) {
        FormErrors errors = FormErrors.none();
        Round target = form.targetRoundId() == null ? null : Round.findById(form.targetRoundId());
        if (target == null || target.id.equals(source.id)) {
            errors.add("targetRoundId", texts.get("mufakat.uptake.targetRequired"));
        }
        Map<Long, Candidate> candidates = candidates(source).stream()
                .collect(Collectors.toMap(c -> c.recommendation().id, c -> c));
        List<Long> unknown = form.recommendationIds().stream().filter(id -> !candidates.containsKey(id)).toList();
        if (form.recommendationIds().isEmpty()) {
            errors.add("recommendationIds", texts.get("mufakat.uptake.chooseRecommendations"));
        } else if (!unknown.isEmpty()) {
            errors.add("recommendationIds", texts.get("mufakat.uptake.unknownRecommendations", ids(unknown)));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        if (!CarriedRecommendations.receives(target)) {
            throw FormInvalidException.refused("targetRoundId", carrier.notReceiving(target));
        }
        List<Candidate> chosen = form.recommendationIds().stream().map(candidates::get)
                .sorted(Comparator.comparing((Candidate c) -> c.recommendation().theme.position)
                        .thenComparing(c -> c.recommendation().position))
                .toList();
        List<Candidate> full = chosen.stream().filter(c -> !c.eligible()).toList();
        if (!full.isEmpty()) {
            throw FormInvalidException.refused("recommendationIds", texts.get("mufakat.uptake.fullyTakenUp",
                    full.stream().map(c -> c.recommendation().number() + " (" + c.recommendation().id + ")")
                            .collect(Collectors.joining(", "))));
        }
        List<Step> steps = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            RoundTheme theme = CarriedRecommendations.themeIn(target, c.recommendation());
            steps.add(new Step(c, theme, theme.code.equalsIgnoreCase(c.recommendation().theme.code),
                    Recommendation.carriedInto(target, c.recommendation())));
        }
        return new Plan(source, target, steps);
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
