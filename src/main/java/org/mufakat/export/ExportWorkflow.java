package org.mufakat.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;
import org.mufakat.harmonize.Disposition;
import org.mufakat.impact.BarChart;
import org.mufakat.impact.ImpactCharts;
import org.mufakat.impact.ImpactWorkflow;
import org.mufakat.impact.IndicatorForm;
import org.mufakat.impact.Indicators;
import org.mufakat.input.NationalInput;
import org.mufakat.input.Statement;
import org.mufakat.review.Finalization;
import org.mufakat.review.Position;
import org.mufakat.review.ProposalVersion;
import org.mufakat.review.ReviewMsg;
import org.mufakat.review.SourceRef;
import org.mufakat.review.Stance;
import org.mufakat.review.VersionEntry;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;
import org.mufakat.security.Audience;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.submission.Submission;
import org.mufakat.submission.SubmissionMsg;
import org.mufakat.submission.TrackingEvent;
import org.mufakat.submission.Uptake;
import org.mufakat.submission.UptakeMsg;
import org.mufakat.web.Aggregates;
import org.mufakat.web.Calendar;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;
import org.mufakat.web.Unique;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A round's exports, one method per action: the export panel, the resource book of one edition and register (read in
 * one short transaction; rendering happens after it, in {@link BookFiles}), and writing the foreword.
 */
@ApplicationScoped
public class ExportWorkflow {

    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    Validator validator;
    @Inject
    Texts texts;
    @Inject
    Calendar calendar;
    @Inject
    Versions versions;
    @Inject
    ImpactWorkflow impact;
    @ConfigProperty(name = "mufakat.network.name")
    String networkName;

    /** What the export panel shows: the round, its foreword and what the reader may do. */
    public record Panel(Round round, Foreword foreword, boolean mayWriteForeword, boolean mayExportInternal) {
    }

    /** The round whose tables are exported, and who reads them. */
    public record TableReader(String roundTitle, Audience audience) {
    }

    /** The panel, to whoever may download the public edition. */
    @Transactional
    public Panel panel(long roundId) {
        Round round = round(roundId);
        permissions.check(ExportAction.EXPORT_PUBLIC, round);
        return new Panel(round, Foreword.forRound(round), permissions.may(ExportAction.WRITE_FOREWORD, round),
                permissions.may(ExportAction.EXPORT_INTERNAL, round));
    }

    /** The round's foreword as a form, to the convenor. */
    @Transactional
    public ForewordForm forewordForm(long roundId) {
        Round round = round(roundId);
        permissions.check(ExportAction.WRITE_FOREWORD, round);
        return ForewordForm.of(Foreword.forRound(round));
    }

    /** The version of the written foreword (0 when none), for a form that comes back after a conflict. */
    @Transactional
    public long forewordVersion(long roundId) {
        Foreword f = Foreword.forRound(round(roundId));
        return f == null ? 0 : f.version;
    }

    /**
     * Writes the foreword: the convenor only; Markdown of at most {@link Foreword#MAX_LENGTH} characters; the version
     * read must be the one stored (a form read before someone else saved is a conflict, unless it says the same).
     */
    @Transactional
    public Foreword saveForeword(long roundId, ForewordForm form) {
        Round round = round(roundId);
        permissions.check(ExportAction.WRITE_FOREWORD, round);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        Foreword f = Foreword.forRound(round);
        if (f != null && form.version() != null && form.version() != f.version && f.text.equals(form.text())) {
            return f;
        }
        org.mufakat.web.Versions.check(form.version(), f == null ? 0 : f.version, texts);
        boolean created = f == null;
        if (created) {
            f = new Foreword();
            f.round = round;
            f.version = 1; // a form read while nothing was written (version 0) is now stale
        }
        f.text = form.text();
        f.updatedAt = Instant.now();
        f.updatedBy = user.username();
        if (created) {
            // Two first saves at once: the round's one foreword is the database's rule; the second is a conflict.
            Unique.persist(f, () -> FormInvalidException.conflict(texts.get("mufakat.conflict")));
        }
        Aggregates.changed(round);
        audit.record(user.username(), created ? "export.foreword-written" : "export.foreword-changed", "Round",
                round.auditId(), f.text.length() + " characters");
        return f;
    }

    /**
     * The resource book of a round for one edition and register. The public edition is for everyone outside the
     * network ({@code Audience.outside}: nothing restricted, attribution as the round chose), whoever downloads it;
     * the internal edition, for the network's staff, shows what the reader's own Audience opens.
     */
    @Transactional
    public ResourceBook book(long roundId, Audience.Register register, Edition edition) {
        Round round = round(roundId);
        checkEdition(round, edition);
        Audience own = user.audience();
        Audience audience = edition == Edition.INTERNAL
                ? new Audience(own.everyConstituency(), own.constituencies(), true, register)
                : Audience.outside(round.publicAttribution, register);
        Locale locale = texts.locale();
        Localized language = Localized.Literal.of(locale.toLanguageTag());
        Foreword foreword = Foreword.forRound(round);
        ProposalVersion version = ProposalVersion.finalVersion(round);
        if (version == null) {
            version = ProposalVersion.latest(round);
        }
        List<VersionEntry> entries = version == null ? List.of() : versions.entries(version);
        List<ResourceBook.Footnote> footnotes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Long, List<Integer>> marks = reservations(round, entries, audience, language, footnotes, notes);
        Finalization finalization = Finalization.forRound(round);
        if (finalization != null && finalization.isOverride()) {
            notes.add(audience.attribution()
                    ? texts.get("mufakat.export.overrideBy", finalization.overrideReason, finalization.actor,
                            calendar.dayOf(finalization.occurredAt).toString())
                    : texts.get("mufakat.export.override", finalization.overrideReason));
        }
        return new ResourceBook(locale, networkName, round.title,
                round.forumSession == null ? null : round.forumSession.forum.name,
                round.forumSession == null ? null : round.forumSession.title,
                round.forumSession == null ? null : round.forumSession.startsOn, calendar.today(), edition, register,
                audience.attribution(), foreword == null ? "" : foreword.text, version == null ? 0 : version.number,
                themes(entries, audience, marks), footnotes, notes, annexes(round, audience),
                submissions(round, edition, language), charts(round));
    }

    /**
     * Who reads the round's tables and archive in this edition, once this user may make it: the public edition is
     * read outside the network (nothing restricted, attribution as the round chose, the one register); the internal
     * one as the reader sees the round inside (both registers, attribution), which is what an import needs.
     */
    @Transactional
    public TableReader tableReader(long roundId, Audience.Register register, Edition edition) {
        Round round = round(roundId);
        checkEdition(round, edition);
        return new TableReader(round.title, edition == Edition.INTERNAL ? user.audience()
                : Audience.outside(round.publicAttribution, register));
    }

    private void checkEdition(Round round, Edition edition) {
        permissions.check(edition == Edition.INTERNAL ? ExportAction.EXPORT_INTERNAL : ExportAction.EXPORT_PUBLIC,
                round);
    }

    private Map<Long, List<Integer>> reservations(Round round, List<VersionEntry> entries, Audience audience,
            Localized language, List<ResourceBook.Footnote> footnotes, List<String> notes) {
        Map<Long, String> numbers = new HashMap<>();
        entries.forEach(e -> numbers.put(e.recommendationId(), e.number()));
        Map<Long, List<Integer>> marks = new HashMap<>();
        ReviewMsg review = MessageBundles.get(ReviewMsg.class, language);
        for (Position p : Position.listForRound(round)) {
            String party = audience.attribution() ? p.party() : null;
            boolean whole = p.recommendation == null || !numbers.containsKey(p.recommendation.id);
            if (p.stance == Stance.RESERVATION && !whole) {
                int mark = footnotes.size() + 1;
                footnotes.add(new ResourceBook.Footnote(mark, numbers.get(p.recommendation.id), party, p.note));
                marks.computeIfAbsent(p.recommendation.id, k -> new ArrayList<>()).add(mark);
            } else if (p.stance.givesReason() && p.note != null) {
                String on = whole ? texts.get("mufakat.export.wholeProposal") : numbers.get(p.recommendation.id);
                notes.add(texts.get(party == null ? "mufakat.export.positionNote" : "mufakat.export.positionNoteBy",
                        review.stance(p.stance.name()), on, p.note == null ? "" : p.note, party));
            }
        }
        return marks;
    }

    private static List<ResourceBook.Theme> themes(List<VersionEntry> entries, Audience audience,
            Map<Long, List<Integer>> marks) {
        Map<String, ResourceBook.Theme> themes = new LinkedHashMap<>();
        for (VersionEntry e : entries) {
            String text = audience.register() == Audience.Register.UNVARNISHED ? e.unvarnished() : e.text();
            List<String> sources = audience.attribution()
                    ? audience.visible(e.sources()).stream().map(SourceRef::label).toList() : List.of();
            themes.computeIfAbsent(e.themeCode(), c -> new ResourceBook.Theme(c, e.themeTitle(), new ArrayList<>()))
                    .items().add(new ResourceBook.Item(e.number(), e.addressee(), text, sources,
                            marks.getOrDefault(e.recommendationId(), List.of())));
        }
        return List.copyOf(themes.values());
    }

    private List<ResourceBook.Annex> annexes(Round round, Audience audience) {
        Map<Long, Disposition> fates = new HashMap<>();
        for (Disposition d : Disposition.listForRound(round)) {
            fates.put(d.statement.id, d);
        }
        List<ResourceBook.Annex> annexes = new ArrayList<>();
        for (NationalInput input : NationalInput.listForRound(round)) {
            if (!input.isSubmitted() && !input.isNilReturn()) {
                continue;
            }
            List<ResourceBook.AnnexStatement> statements = new ArrayList<>();
            if (audience.attribution()) {
                boolean opens = audience.opens(input.constituency.id);
                for (Statement s : audience.visible(Statement.listForInput(input))) {
                    Disposition d = fates.get(s.id);
                    statements.add(new ResourceBook.AnnexStatement(s.number(), s.theme.title, s.addressee, s.text,
                            opens ? s.evidence : null,
                            d == null ? texts.get("mufakat.export.noFate")
                                    : texts.get("mufakat.harmonize.fate." + d.fate.name()),
                            d == null ? null : d.rationale,
                            d == null || d.recommendation == null ? null : d.recommendation.number()));
                }
            }
            annexes.add(new ResourceBook.Annex(input.constituency.code, input.constituency.name,
                    texts.get("mufakat.export.inputState." + (input.isNilReturn() ? "NIL_RETURN" : "SUBMITTED")),
                    input.startedOn, input.endedOn, input.venue, input.organisers, input.participantsTotal,
                    input.participantsWomen, input.participantsMen, input.participantsOther, input.sectors,
                    input.preamble, audience.attribution(), statements));
        }
        annexes.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return annexes;
    }

    private List<ResourceBook.SubmissionRecord> submissions(Round round, Edition edition, Localized language) {
        SubmissionMsg kinds = MessageBundles.get(SubmissionMsg.class, language);
        UptakeMsg levels = MessageBundles.get(UptakeMsg.class, language);
        List<ResourceBook.SubmissionRecord> records = new ArrayList<>();
        for (Submission s : Submission.listForRound(round)) {
            List<ResourceBook.Event> events = TrackingEvent.timeline(s).stream()
                    .map(e -> new ResourceBook.Event(e.occurredOn, kinds.kindName(e.kind.name()),
                            edition == Edition.INTERNAL ? e.note : null))
                    .toList();
            List<ResourceBook.UptakeLine> uptake = Uptake.listForSubmission(s).stream()
                    .map(u -> new ResourceBook.UptakeLine(u.recommendation.number(), levels.levelName(u.level.name()),
                            u.reference, u.officialText))
                    .toList();
            records.add(new ResourceBook.SubmissionRecord(s.trackingNumber, s.forumSession.forum.name,
                    s.forumSession.title, calendar.dayOf(s.sentAt), texts.get("mufakat.export.register."
                            + s.register.name()), s.coverLetter, events, uptake));
        }
        return records;
    }

    private List<BarChart> charts(Round round) {
        String forum = round.forumSession == null ? null : String.valueOf(round.forumSession.forum.id);
        Indicators indicators = impact.indicators(impact.filter(new IndicatorForm(null, null, forum)));
        return ImpactCharts.of(indicators, texts);
    }

    private static Round round(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null) {
            throw new NotFoundException();
        }
        return round;
    }

}
