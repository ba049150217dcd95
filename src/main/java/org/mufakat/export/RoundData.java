package org.mufakat.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.export.ArchiveJson.Archive;
import org.mufakat.export.ArchiveJson.CommentPart;
import org.mufakat.export.ArchiveJson.DispositionPart;
import org.mufakat.export.ArchiveJson.EventPart;
import org.mufakat.export.ArchiveJson.FinalizationPart;
import org.mufakat.export.ArchiveJson.InputPart;
import org.mufakat.export.ArchiveJson.ItemPart;
import org.mufakat.export.ArchiveJson.ParticipantPart;
import org.mufakat.export.ArchiveJson.PositionPart;
import org.mufakat.export.ArchiveJson.RecommendationPart;
import org.mufakat.export.ArchiveJson.RoundPart;
import org.mufakat.export.ArchiveJson.SessionRef;
import org.mufakat.export.ArchiveJson.SourcePart;
import org.mufakat.export.ArchiveJson.StatementPart;
import org.mufakat.export.ArchiveJson.SubmissionPart;
import org.mufakat.export.ArchiveJson.ThemePart;
import org.mufakat.export.ArchiveJson.UptakePart;
import org.mufakat.export.ArchiveJson.VersionPart;
import org.mufakat.forum.ForumSession;
import org.mufakat.harmonize.Disposition;
import org.mufakat.impact.ImpactAction;
import org.mufakat.impact.ImpactWorkflow;
import org.mufakat.impact.Indicators;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.input.NationalInput;
import org.mufakat.input.Statement;
import org.mufakat.network.Constituency;
import org.mufakat.review.Comment;
import org.mufakat.review.Finalization;
import org.mufakat.review.Position;
import org.mufakat.review.ProposalVersion;
import org.mufakat.review.SourceRef;
import org.mufakat.review.VersionItem;
import org.mufakat.round.Round;
import org.mufakat.round.RoundAddressee;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.Audience;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.submission.Submission;
import org.mufakat.submission.TrackingEvent;
import org.mufakat.submission.Uptake;
import org.mufakat.web.Calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A round as one reader may see it, read in one short transaction into plain records ({@link Archive}) that the
 * JSON and CSV writers then write with no transaction open. The reader's {@link Audience} decides, here and nowhere
 * else in this feature: a restricted statement (and its fate, and its place among a recommendation's or a version
 * item's sources) is left out unless the audience opens its constituency, and so is the evidence of every statement
 * (as on the input page); without attribution no constituency code,
 * party, author or account name is written; outside the network (register other than BOTH) no account names and no
 * notes of tracking events; and recommendation texts follow the audience's register.
 */
@ApplicationScoped
public class RoundData {

    private static final TypeReference<List<SourceRef>> SOURCES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;
    @Inject
    ExportIds ids;
    @Inject
    ImpactWorkflow impact;
    @Inject
    Permissions permissions;
    @Inject
    Calendar calendar;

    static final int INDICATOR_YEARS = 20;

    /** The round and the impact indicators of its forum, for the CSV files. */
    public record WithIndicators(Archive archive, Indicators indicators) {
    }

    /**
     * The round as the audience may see it and, when the reader may read indicators, those of the round's forum from
     * the year of its session to this year (at most {@value #INDICATOR_YEARS} years); in the same read transaction.
     */
    @Transactional
    public WithIndicators loadWithIndicators(long roundId, Audience audience) {
        Archive archive = load(roundId, audience);
        Round round = Round.findById(roundId);
        Indicators indicators = null;
        if (round.forumSession != null && permissions.may(ImpactAction.VIEW_INDICATORS, Scoped.NETWORK)) {
            int to = Math.max(calendar.today().getYear(), round.forumSession.startsOn.getYear());
            int from = Math.max(round.forumSession.startsOn.getYear(), to - INDICATOR_YEARS + 1);
            indicators = impact.indicators(new ImpactWorkflow.Filter(from, to, round.forumSession.forum));
        }
        return new WithIndicators(archive, indicators);
    }

    /** The round as the audience may see it; 404 for an unknown round. Callers check who may export. */
    @Transactional
    public Archive load(long roundId, Audience audience) {
        Round round = Round.findById(roundId);
        if (round == null) {
            throw new NotFoundException();
        }
        View v = new View(audience);
        List<Recommendation> recommendations = Recommendation.listForRound(round);
        Map<Long, String> numbers = new HashMap<>();
        recommendations.forEach(r -> numbers.put(r.id, r.number()));
        List<InputPart> inputs = NationalInput.listForRound(round).stream().map(i -> input(i, v)).toList();
        List<RecommendationPart> recs = recommendations.stream().map(r -> new RecommendationPart(r.number(),
                r.theme.code, r.position, r.addressee, v.calibrated(r.text), v.unvarnished(r.text, r.unvarnishedText),
                audience.visible(r.sources).stream().map(s -> v.source(s.input.constituency.code, s.number(),
                        s.restricted)).toList(), r.createdAt, v.who(r.createdBy), r.updatedAt, v.who(r.updatedBy)))
                .toList();
        List<VersionPart> versions = ProposalVersion.listForRound(round).stream()
                .sorted(Comparator.comparingInt((ProposalVersion p) -> p.number))
                .map(p -> new VersionPart(p.number, p.label, p.stage.name(), p.automatic, p.recommendationCount,
                        p.checksum, p.createdAt, v.who(p.createdBy), VersionItem.listForVersion(p).stream()
                                .map(i -> item(i, numbers, v)).toList()))
                .toList();
        List<PositionPart> positions = Position.listForRound(round).stream().map(p -> new PositionPart(
                p.recommendation == null ? null : p.recommendation.number(), v.code(p.constituency),
                p.organisation == null || !audience.attribution() ? null : p.organisation.name, p.stance.name(),
                p.note, v.who(p.takenBy), p.takenAt)).toList();
        List<CommentPart> comments = comments(round, v);
        Finalization f = Finalization.forRound(round);
        FinalizationPart finalization = f == null ? null
                : new FinalizationPart(v.who(f.actor), f.occurredAt, f.overrideReason, f.overridden);
        List<Submission> sent = new ArrayList<>(Submission.listForRound(round));
        sent.sort(Comparator.comparing((Submission s) -> s.sentAt).thenComparing(s -> s.id));
        List<SubmissionPart> submissions = sent.stream().map(s -> submission(s, numbers, v)).toList();
        return new Archive(ArchiveJson.SCHEMA, ids.installation(), ids.of(round), java.time.Instant.now(),
                new ArchiveJson.Reader(audience.attribution(), audience.register().name(), v.inside), round(round, v),
                inputs, recs, versions, positions, comments, finalization, submissions);
    }

    private static RoundPart round(Round r, View v) {
        return new RoundPart(r.title, r.purpose, r.status().name(), r.reviewStages().stream().map(RoundStatus::name)
                .toList(), r.inputDeadline, r.endorsementDeadline, r.publicAttribution, session(r.forumSession),
                r.themes.stream().sorted(Comparator.comparingInt((RoundTheme t) -> t.position))
                        .map(t -> new ThemePart(t.code, t.title)).toList(),
                r.addressees.stream().sorted(Comparator.comparingInt((RoundAddressee a) -> a.position))
                        .map(a -> a.name).toList(),
                r.participants.stream().map(p -> new ParticipantPart(p.constituency.code, p.constituency.name,
                        p.constituency.country, p.deadlineExtension, p.extensionReason))
                        .sorted(Comparator.comparing(ParticipantPart::constituency)).toList(),
                r.createdAt, v.who(r.createdBy));
    }

    static SessionRef session(ForumSession s) {
        return s == null ? null : new SessionRef(s.forum.name, s.forum.acronym, s.forum.space.name(), s.title,
                s.startsOn, s.endsOn, s.venue, s.host);
    }

    private static InputPart input(NationalInput i, View v) {
        boolean opens = v.audience.opens(i.constituency.id);
        List<StatementPart> statements = v.audience.visible(Statement.listForInput(i)).stream().map(s -> {
            Disposition d = Disposition.forStatement(s);
            DispositionPart fate = d == null ? null : new DispositionPart(d.fate.name(), d.rationale,
                    d.recommendation == null ? null : d.recommendation.number(), d.automatic, d.decidedAt,
                    v.who(d.decidedBy));
            return new StatementPart(s.number(), s.theme.code, s.position, s.addressee, s.text,
                    opens ? s.evidence : null, s.restricted, s.createdAt, v.who(s.createdBy), fate);
        }).toList();
        return new InputPart(v.code(i.constituency), i.state.name(), i.startedOn, i.endedOn, i.venue, i.organisers,
                i.participantsTotal, i.participantsWomen, i.participantsMen, i.participantsOther, i.sectors,
                i.preamble, i.createdAt, i.submittedAt, v.who(i.submittedBy), i.returnReason, i.nilReason, statements);
    }

    private ItemPart item(VersionItem i, Map<Long, String> numbers, View v) {
        List<SourceRef> refs;
        try {
            refs = json.readValue(i.sources, SOURCES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ItemPart(i.ordinal, numbers.get(i.recommendationId), i.themeCode, i.themeTitle, i.number,
                i.addressee, v.calibrated(i.text), v.unvarnished(i.text, i.unvarnishedText), v.audience.visible(refs)
                        .stream().map(s -> v.source(s.constituencyCode(), s.number(), s.restricted())).toList());
    }

    private static List<CommentPart> comments(Round round, View v) {
        List<Comment> all = Comment.list("round = ?1 order by createdAt, id", round);
        Map<Long, Integer> refs = new HashMap<>();
        List<CommentPart> parts = new ArrayList<>();
        for (Comment c : all) {
            int ref = parts.size() + 1;
            refs.put(c.id, ref);
            parts.add(new CommentPart(ref, c.parent == null ? null : refs.get(c.parent.id),
                    c.recommendation.number(), c.quote, c.body, v.audience.attribution() ? c.authorName : null,
                    c.createdAt, c.resolvedAt, v.who(c.resolvedBy)));
        }
        return parts;
    }

    private static SubmissionPart submission(Submission s, Map<Long, String> numbers, View v) {
        List<EventPart> events = TrackingEvent.timeline(s).stream().map(e -> new EventPart(e.kind.name(),
                e.occurredOn, v.inside ? e.note : null, e.link, e.recordedAt, v.who(e.recordedBy))).toList();
        List<UptakePart> uptake = Uptake.listForSubmission(s).stream().map(u -> new UptakePart(
                numbers.get(u.recommendation.id), u.level.name(), u.officialText, u.reference, u.recordedAt,
                v.who(u.recordedBy))).toList();
        return new SubmissionPart(s.trackingNumber, session(s.forumSession), s.proposalVersion, s.register.name(),
                s.attribution, s.coverLetter, s.recipients, s.text, s.sha256, s.sentAt, v.who(s.sentBy), s.published,
                events, uptake);
    }

    /** The audience's rules as the loader applies them. */
    private static final class View {
        final Audience audience;
        final boolean inside;

        View(Audience audience) {
            this.audience = audience;
            this.inside = audience.register() == Audience.Register.BOTH;
        }

        String code(Constituency c) {
            return audience.attribution() ? c.code : null;
        }

        SourcePart source(String constituency, String number, boolean restricted) {
            return new SourcePart(audience.attribution() ? constituency : null, number, restricted);
        }

        /** An account name, only inside the network with attribution. */
        String who(String username) {
            return inside && audience.attribution() ? username : null;
        }

        String calibrated(String text) {
            return audience.register() == Audience.Register.UNVARNISHED ? null : text;
        }

        String unvarnished(String text, String unvarnished) {
            return switch (audience.register()) {
                case BOTH -> unvarnished;
                case CALIBRATED -> null;
                case UNVARNISHED -> unvarnished == null ? text : unvarnished;
            };
        }
    }
}
