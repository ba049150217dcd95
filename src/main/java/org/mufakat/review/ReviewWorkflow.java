package org.mufakat.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.harmonize.RecommendationTexts;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundWorkflow;
import org.mufakat.security.Audience;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Grant;
import org.mufakat.security.Permissions;
import org.mufakat.security.Role;
import org.mufakat.web.Calendar;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Memo;
import org.mufakat.web.Paging;
import org.mufakat.web.ReadOnly;
import org.mufakat.web.RefusedException;
import org.mufakat.web.Texts;

/**
 * One public method per thing people do in review, each checking this user against this round (and, for a
 * position, the constituency or organisation it is taken for), the round's stage, and writing its audit event in its
 * own transaction. Audit details name recommendations by number and parties by name, never comment or note text.
 */
@ApplicationScoped
public class ReviewWorkflow {

    static final int PAGE_SIZE = 50;
    static final int MIN_OVERRIDE_REASON = 10;
    static final Duration TWIN_WINDOW = Duration.ofMinutes(2);

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
    SilenceProcedure silence;
    @Inject
    Versions versions;
    @Inject
    RecommendationTexts recommendationTexts;
    @Inject
    ReviewNotices notices;
    @Inject
    ProposalFootnotes footnotes;
    @Inject
    ProposalFacts proposalFacts;
    @Inject
    ReviewGuard guard;
    @Inject
    RoundWorkflow rounds;

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The round under review, to those with a role in it and to observers; 404 before review began. */
    public Round round(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null || !round.status().reviewOpened()) {
            throw new NotFoundException();
        }
        permissions.check(ReviewAction.VIEW_REVIEW, ReviewScope.of(round));
        return round;
    }

    /**
     * A page of the proposal with footnotes (numbered across the whole proposal), counts and standings; its consensus
     * covers the recommendations of the page (and every objection).
     */
    @Transactional
    public ProposalView proposal(long roundId, int requestedPage) {
        ReadOnly.view();
        Round round = round(roundId);
        // Only the page's recommendations are read, and the one before it (does the page start a theme?).
        long total = Recommendation.countForRound(round);
        int pageIndex = Paging.clamp(requestedPage, PAGE_SIZE, total);
        int from = pageIndex * PAGE_SIZE;
        List<Recommendation> shown = Recommendation.pageForRound(round, pageIndex, PAGE_SIZE);
        Consensus consensus = Consensus.of(round, shown, calendar.today());
        ProposalFacts.Facts facts = proposalFacts.of(round);
        Long previousTheme = from == 0 ? null : Recommendation.pageForRound(round, from - 1, 1).get(0).theme.id;
        List<ProposalView.Item> items = items(consensus, facts.sources(), previousTheme, facts.comments(),
                facts.unresolved());
        return view(round, new Paging<>(items, pageIndex + 1, PAGE_SIZE, total), consensus);
    }

    /** Who reads the proposal: the round, checked for this reader, and what they may do there. */
    public record Reader(Round round, ProposalView.Abilities may) {
    }

    /** The round and this reader's abilities, without the stage windows or the recommendations. */
    @Transactional
    public Reader proposalReader(long roundId) {
        ReadOnly.view();
        Round round = round(roundId);
        return new Reader(round, abilities(round));
    }

    /** The proposal page's head for this reader, without the recommendations (see {@link ProposalView.Head}). */
    @Transactional
    public ProposalView.Head proposalHead(long roundId) {
        ReadOnly.view();
        Round round = round(roundId);
        return new ProposalView.Head(round, StageWindow.listForRound(round), StageWindow.closes(round, round.status()),
                abilities(round));
    }

    /** The whole text at once, for reading and printing: every recommendation, reservations as footnotes. */
    @Transactional
    public ProposalView document(long roundId) {
        ReadOnly.view();
        Round round = round(roundId);
        // The document names no sources: they are not read.
        Consensus consensus = Consensus.of(round, Recommendation.listForRound(round), calendar.today());
        List<ProposalView.Item> items = items(consensus, Map.of(), null, Map.of(), Map.of());
        return view(round, new Paging<>(items, 1, Math.max(1, items.size()), items.size()), consensus);
    }

    /**
     * The consensus's recommendations as the proposal shows them, with the references of their sources the reader may
     * see, after one whose theme was {@code previousTheme}.
     */
    private List<ProposalView.Item> items(Consensus consensus, Map<Long, List<SourceRef>> sources, Long previousTheme,
            Map<Long, Long> comments, Map<Long, Long> unresolved) {
        ProposalFootnotes.Numbered notes = footnotes.of(consensus.round());
        List<ProposalView.Item> items = new ArrayList<>();
        for (Consensus.Line line : consensus.lines()) {
            Recommendation r = line.recommendation();
            items.add(new ProposalView.Item(r, permissions.audience().visible(sources.getOrDefault(r.id, List.of())),
                    line, notes.on(r), comments.getOrDefault(r.id, 0L), unresolved.getOrDefault(r.id, 0L),
                    !r.theme.id.equals(previousTheme)));
            previousTheme = r.theme.id;
        }
        return items;
    }

    private ProposalView view(Round round, Paging<ProposalView.Item> items, Consensus consensus) {
        return new ProposalView(round, items, consensus, footnotes.of(round).general(), Finalization.forRound(round),
                ProposalVersion.finalVersion(round), StageWindow.listForRound(round),
                StageWindow.closes(round, round.status()), abilities(round));
    }

    /** One recommendation with its threads, standings and edits. */
    @Transactional
    public RecommendationView recommendation(long roundId, long recommendationId) {
        Round round = round(roundId);
        Recommendation r = recommendationOf(round, recommendationId);
        List<Comment> comments = Comment.listFor(r);
        Map<Long, RecommendationView.Thread> threads = new LinkedHashMap<>();
        for (Comment c : comments) {
            if (c.isThread()) {
                threads.put(c.id, new RecommendationView.Thread(c, new ArrayList<>(),
                        permissions.may(ReviewAction.RESOLVE_COMMENT, ReviewScope.of(c))));
            }
        }
        for (Comment c : comments) {
            if (!c.isThread() && threads.containsKey(c.parent.id)) {
                threads.get(c.parent.id).replies().add(c);
            }
        }
        Consensus consensus = Consensus.of(round, List.of(r), calendar.today());
        boolean following = user.accountId() != null && Follow.find(r, user.accountId()) != null;
        List<PositionChoices.Party> parties = parties(round);
        PositionForm current = PositionForm.empty(r.id);
        if (!parties.isEmpty()) {
            PositionChoices.Party first = parties.get(0);
            Position held = Position.find(round, r, first.constituency(), first.organisation());
            current = held == null ? new PositionForm(first.value(), r.id, null, null)
                    : new PositionForm(first.value(), r.id, held.stance.name(), held.note);
        }
        return new RecommendationView(round, r, visibleSources(r), List.copyOf(threads.values()),
                consensus.lines().get(0), ReviewEdit.listFor(r), following, abilities(round), parties, current);
    }

    /** Where every party stands, on the whole proposal and recommendation by recommendation. */
    @Transactional
    public Consensus consensus(long roundId) {
        ReadOnly.view();
        Round round = round(roundId);
        return Consensus.of(round, Recommendation.listForRound(round), calendar.today());
    }

    /** The consensus panel: where every party stands on the whole proposal and on one page of recommendations. */
    public record ConsensusPage(Consensus consensus, Paging<Consensus.Line> lines) {
    }

    @Transactional
    public ConsensusPage consensus(long roundId, Integer requestedPage) {
        ReadOnly.view();
        Round round = round(roundId);
        Paging<Recommendation> page = Paging.load(requestedPage, PAGE_SIZE, Recommendation.countForRound(round),
                index -> Recommendation.pageForRound(round, index, PAGE_SIZE));
        Consensus consensus = Consensus.of(round, page.items(), calendar.today());
        return new ConsensusPage(consensus, new Paging<>(consensus.lines(), page.page(), page.size(), page.total()));
    }

    /** For whom this person may take positions, with the positions held now. */
    @Transactional
    public PositionChoices positionChoices(long roundId) {
        Round round = round(roundId);
        List<PositionChoices.Party> parties = parties(round);
        List<Position> current = Position.listForRound(round).stream().filter(p -> parties.stream().anyMatch(
                party -> party.constituency().id.equals(p.constituency.id)
                        && Objects.equals(party.organisation() == null ? null : party.organisation().id,
                                p.organisation == null ? null : p.organisation.id))).toList();
        return new PositionChoices(round, parties, Recommendation.listForRound(round), current);
    }

    /** The constituencies (as focal point) and organisations (as member) this person may take positions for. */
    List<PositionChoices.Party> parties(Round round) {
        List<PositionChoices.Party> parties = new ArrayList<>();
        for (Grant g : user.actor().partiesIn(round)) {
            parties.add(g.role() == Role.FOCAL_POINT
                    ? PositionChoices.Party.of(Constituency.<Constituency>findById(g.constituencyId()))
                    : PositionChoices.Party.of(MemberOrganisation.<MemberOrganisation>findById(g.organisationId())));
        }
        return parties;
    }

    ProposalView.Abilities abilities(Round round) {
        ReviewScope scope = ReviewScope.of(round);
        boolean open = round.status().compareTo(RoundStatus.FINAL) < 0;
        return new ProposalView.Abilities(open && permissions.may(ReviewAction.COMMENT, scope),
                round.status() == RoundStatus.ENDORSEMENT && !user.actor().partiesIn(round).isEmpty(),
                open && permissions.may(ReviewAction.EDIT_PROPOSAL, scope), permissions.may(ReviewAction.TAKE_VERSION, scope),
                round.status() == RoundStatus.ENDORSEMENT && permissions.may(ReviewAction.FINALIZE, scope),
                permissions.may(ReviewAction.EDIT_PROPOSAL, scope), permissions.may(ReviewAction.FOLLOW, scope));
    }

    /** Sources shown to this person: what their audience sees. */
    Predicate<SourceRef> visible() {
        return permissions.audience()::sees;
    }

    private List<SourceRef> visibleSources(Recommendation r) {
        return permissions.audience().visible(r.sources.stream().map(SourceRef::of).toList());
    }

    // ---- versions and diffs -------------------------------------------------------------------------------------

    public Paging<ProposalVersion> versions(long roundId, int requestedPage) {
        Round round = round(roundId);
        long total = ProposalVersion.countForRound(round);
        int pageIndex = Paging.clamp(requestedPage, PAGE_SIZE, total);
        return new Paging<>(ProposalVersion.page(round, pageIndex, PAGE_SIZE), pageIndex + 1, PAGE_SIZE, total);
    }

    public List<ProposalVersion> allVersions(long roundId) {
        return ProposalVersion.listForRound(round(roundId));
    }

    /** Every version of the round two versions compared belong to (the reader was let in by {@link #diff}). */
    public List<ProposalVersion> allVersions(VersionDiff diff) {
        return ProposalVersion.listForRound(diff.from().round);
    }

    public ProposalVersion version(long roundId, int number) {
        return version(round(roundId), number);
    }

    /** A version of a round the reader may read (checked by {@link #round}). */
    private static ProposalVersion version(Round round, int number) {
        ProposalVersion v = ProposalVersion.find(round, number);
        if (v == null) {
            throw new NotFoundException();
        }
        return v;
    }

    /** A version's entries with the sources this person may see. */
    public List<VersionEntry> entries(ProposalVersion v) {
        Predicate<SourceRef> visible = visible();
        return versions.entries(v).stream().map(e -> new VersionEntry(e.recommendationId(), e.themeCode(),
                e.themeTitle(), e.number(), e.addressee(), e.text(), e.unvarnishedText(),
                e.sources().stream().filter(visible).toList())).toList();
    }

    public boolean intact(ProposalVersion v) {
        return versions.intact(v);
    }

    /** A diff as one audience reads it; versions never change, so it is kept (bounded) for the next reader. */
    private record DiffKey(long from, long to, Audience audience) {
    }

    private final Memo<DiffKey, VersionDiff> diffs = new Memo<>(64, key -> {
        ProposalVersion a = ProposalVersion.findById(key.from());
        ProposalVersion b = ProposalVersion.findById(key.to());
        return VersionDiff.between(a, b, versions.entries(a), versions.entries(b), key.audience()::sees);
    });

    /** What changed between any two versions of the round, in either order. */
    public VersionDiff diff(long roundId, int from, int to) {
        Round round = round(roundId);
        ProposalVersion a = version(round, from);
        ProposalVersion b = version(round, to);
        VersionDiff kept = diffs.get(new DiffKey(a.id, b.id, permissions.audience()));
        return new VersionDiff(a, b, kept.changes(), kept.unchanged());
    }

    /**
     * Takes a version of the proposal as it reads now, with the convenor's label. Any time once review has begun; a
     * repeated request with the same label and no change since gives the version already taken.
     */
    @Transactional
    public ProposalVersion takeVersion(long roundId, VersionForm form) {
        Round round = round(roundId);
        permissions.check(ReviewAction.TAKE_VERSION, ReviewScope.of(round));
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        return versions.take(round, form.label(), false, user.username());
    }

    // ---- the convenor's edits -----------------------------------------------------------------------------------

    /** A recommendation the convenor may edit now: from member review until endorsement ends. */
    public Recommendation toEdit(long roundId, long recommendationId) {
        Round round = round(roundId);
        permissions.check(ReviewAction.EDIT_PROPOSAL, ReviewScope.of(round));
        checkEditable(round);
        return recommendationOf(round, recommendationId);
    }

    /**
     * Changes a recommendation's texts. In member review both registers (an empty unvarnished text reads as the
     * calibrated one); in calibration only the calibrated one (the unvarnished register keeps what members wrote,
     * even when it was "the same" until now); in endorsement both,
     * marked editorial or substantive (substantive when not said). A substantive edit resets every position taken on
     * the recommendation, re-opens its endorsement and tells the parties. Refused when someone saved it meanwhile
     * (409), and without the version it was loaded at (400).
     */
    @Transactional
    public Recommendation edit(long roundId, long recommendationId, EditForm form) {
        Round round = round(roundId);
        permissions.check(ReviewAction.EDIT_PROPOSAL, ReviewScope.of(round));
        checkEditable(round);
        Recommendation r = recommendationOf(round, recommendationId);
        FormErrors errors = FormErrors.of(validator.validate(form));
        RoundStatus stage = round.status();
        EditKind kind = null;
        if (stage == RoundStatus.ENDORSEMENT) {
            kind = form.kind() == null ? EditKind.SUBSTANTIVE : parse(EditKind.class, form.kind());
            if (kind == null) {
                errors.add("kind", texts.get("mufakat.choose"));
            }
        }
        if (form.version() == null) {
            errors.add("version", texts.get("mufakat.versionRequired"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        if (!Objects.equals(form.version(), r.version)) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        String text = form.text();
        String unvarnished = stage == RoundStatus.CALIBRATION ? r.unvarnished()
                : form.unvarnishedText() == null ? text : form.unvarnishedText();
        if (text.equals(r.text) && unvarnished.equals(r.unvarnished())) {
            return r;
        }
        ReviewEdit edit = new ReviewEdit();
        edit.round = round;
        edit.recommendation = r;
        edit.stage = stage;
        edit.kind = kind;
        edit.textBefore = r.text;
        edit.unvarnishedBefore = r.unvarnishedText;
        edit.note = form.note();
        edit.actor = user.username();
        edit.occurredAt = Instant.now();
        recommendationTexts.revise(r, text, unvarnished, user.username());
        edit.textAfter = r.text;
        edit.unvarnishedAfter = r.unvarnishedText;
        edit.persist();
        List<String> reset = new ArrayList<>();
        if (kind == EditKind.SUBSTANTIVE) {
            for (Position p : Position.listFor(r)) {
                reset.add(p.party());
                p.delete();
            }
            notices.positionsReset(r, reset);
        }
        audit.record(user.username(), "review.edited", "Recommendation", r.auditId(), r.number() + " in "
                + stage + (kind == null ? "" : ", " + kind) + (reset.isEmpty() ? "" : "; positions reset: "
                        + String.join(", ", reset)));
        return r;
    }

    private void checkEditable(Round round) {
        RoundStatus s = round.status();
        if (!(s.isReviewStage() || s == RoundStatus.ENDORSEMENT)) {
            throw FormInvalidException.refused("text", texts.get("mufakat.review.frozen"));
        }
    }

    // ---- comments -----------------------------------------------------------------------------------------------

    /**
     * Opens a comment thread on a recommendation, optionally quoting a passage of it. Those with a role in the round
     * (the convenor, focal points and members of taking-part constituencies) may, until the text is final. The same
     * comment sent twice within two minutes is saved once.
     */
    @Transactional
    public Comment comment(long roundId, long recommendationId, CommentForm form) {
        Round round = round(roundId);
        permissions.check(ReviewAction.COMMENT, ReviewScope.of(round));
        Recommendation r = recommendationOf(round, recommendationId);
        return write(round, r, null, form);
    }

    /** Replies to a thread (a reply to a reply joins the same thread). */
    @Transactional
    public Comment reply(long roundId, long commentId, CommentForm form) {
        Round round = round(roundId);
        permissions.check(ReviewAction.COMMENT, ReviewScope.of(round));
        Comment parent = commentOf(round, commentId).thread();
        return write(round, parent.recommendation, parent, form);
    }

    private Comment write(Round round, Recommendation r, Comment parent, CommentForm form) {
        checkCommentsOpen(round);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (form.quote() != null && !errors.has("quote") && !contains(r.text, form.quote())
                && !contains(r.unvarnished(), form.quote())) {
            errors.add("quote", texts.get("mufakat.review.quoteNotFound", r.number()));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        // Two requests for the same comment in flight: the second waits here and then finds the first as its twin.
        Recommendation.getEntityManager().lock(r, LockModeType.PESSIMISTIC_WRITE);
        Comment twin = Comment.recentTwin(r, parent, user.accountId(), form.body(),
                Instant.now().minus(TWIN_WINDOW));
        if (twin != null) {
            return twin;
        }
        Comment c = new Comment();
        c.round = round;
        c.recommendation = r;
        c.parent = parent;
        c.quote = parent == null ? form.quote() : null;
        c.body = form.body();
        c.authorId = user.accountId();
        c.authorName = user.displayName();
        c.createdAt = Instant.now();
        c.persist();
        audit.record(user.username(), parent == null ? "review.commented" : "review.replied", "Recommendation",
                r.auditId(), r.number() + " comment " + c.id);
        notices.commented(c);
        return c;
    }

    /** A comment of the round, to those who may read the review. */
    public Comment comment(long roundId, long commentId) {
        return commentOf(round(roundId), commentId);
    }

    /** Resolves a thread, or reopens it: the convenor, or the person who opened it. */
    @Transactional
    public Comment resolve(long roundId, long commentId, boolean resolved) {
        Round round = round(roundId);
        Comment thread = commentOf(round, commentId).thread();
        permissions.check(ReviewAction.RESOLVE_COMMENT, ReviewScope.of(thread));
        checkCommentsOpen(round);
        if (thread.isResolved() == resolved) {
            return thread;
        }
        thread.resolvedAt = resolved ? Instant.now() : null;
        thread.resolvedBy = resolved ? user.username() : null;
        audit.record(user.username(), resolved ? "review.thread-resolved" : "review.thread-reopened", "Comment",
                thread.id.toString(), thread.recommendation.number());
        return thread;
    }

    /**
     * Follows a recommendation (a notice for each new comment on it), or stops: those who take part and the network
     * staff; observers only read.
     */
    @Transactional
    public boolean follow(long roundId, long recommendationId, boolean on) {
        Round round = round(roundId);
        permissions.check(ReviewAction.FOLLOW, ReviewScope.of(round));
        Recommendation r = recommendationOf(round, recommendationId);
        Follow existing = Follow.find(r, user.accountId());
        if (on && existing == null) {
            Follow f = new Follow();
            f.recommendation = r;
            f.accountId = user.accountId();
            f.createdAt = Instant.now();
            f.persist();
            audit.record(user.username(), "review.followed", "Recommendation", r.auditId(), r.number());
        } else if (!on && existing != null) {
            existing.delete();
            audit.record(user.username(), "review.unfollowed", "Recommendation", r.auditId(), r.number());
        }
        return on;
    }

    private void checkCommentsOpen(Round round) {
        if (round.status().compareTo(RoundStatus.FINAL) >= 0) {
            throw FormInvalidException.refused("body", texts.get("mufakat.review.commentsClosed"));
        }
    }

    private static boolean contains(String text, String passage) {
        return squeeze(text).contains(squeeze(passage));
    }

    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    // ---- positions ----------------------------------------------------------------------------------------------

    /**
     * Takes or changes a position while endorsement is open: a constituency's through its focal point, an
     * organisation's through its member; on the whole proposal or one recommendation. A reservation needs its text
     * (printed as a footnote) and an objection its reason. Refused (403, audited) for a party the person does not act
     * for, such as another constituency.
     */
    @Transactional
    public Position takePosition(long roundId, PositionForm form) {
        Round round = round(roundId);
        Constituency c = null;
        MemberOrganisation o = null;
        String actingFor = form.actingFor();
        if (actingFor == null) {
            List<PositionChoices.Party> parties = parties(round);
            if (parties.size() > 1) {
                throw FormInvalidException.field("actingFor", texts.get("mufakat.review.chooseActingFor"));
            }
            actingFor = parties.size() == 1 ? parties.get(0).value() : null;
        }
        if (actingFor != null && actingFor.startsWith("C:")) {
            c = Constituency.findByCode(actingFor.substring(2));
        } else if (actingFor != null && actingFor.startsWith("O:")) {
            o = organisation(actingFor.substring(2));
            c = o == null ? null : o.constituency;
        }
        if (actingFor != null && c == null) {
            throw FormInvalidException.field("actingFor", texts.get("mufakat.choose"));
        }
        permissions.check(ReviewAction.TAKE_POSITION, ReviewScope.forParty(round, c == null ? null : c.id,
                o == null ? null : o.id));
        if (round.status() != RoundStatus.ENDORSEMENT) {
            throw FormInvalidException.refused("stance", texts.get(round.status().compareTo(RoundStatus.ENDORSEMENT) < 0
                    ? "mufakat.review.endorsementNotOpen" : "mufakat.review.positionsClosed"));
        }
        FormErrors errors = FormErrors.of(validator.validate(form));
        Stance stance = parse(Stance.class, form.stance());
        if (stance == null || !Stance.CHOSEN.contains(stance)) {
            errors.add("stance", texts.get("mufakat.review.chooseStance"));
        } else if (stance.needsNote() && form.note() == null) {
            errors.add("note", texts.get(stance == Stance.RESERVATION ? "mufakat.review.reservationRequired"
                    : "mufakat.review.objectionRequired"));
        }
        Recommendation r = null;
        if (form.recommendationId() != null) {
            r = Recommendation.findById(form.recommendationId());
            if (r == null || !r.round.id.equals(round.id)) {
                errors.add("recommendationId", texts.get("mufakat.choose"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        Position p = Position.find(round, r, c, o);
        if (p == null) {
            p = new Position();
            p.round = round;
            p.recommendation = r;
            p.constituency = c;
            p.organisation = o;
            p.slot = Position.slot(r, c, o);
        } else if (p.stance == stance && Objects.equals(p.note, form.note())) {
            return p;
        }
        p.stance = stance;
        p.note = form.note();
        p.takenBy = user.username();
        p.takenAt = Instant.now();
        p.persist();
        audit.record(user.username(), "review.position-taken", "Round", round.auditId(), p.party() + " " + stance
                + " on " + (r == null ? "the whole proposal" : r.number()));
        return p;
    }

    private static MemberOrganisation organisation(String id) {
        try {
            return MemberOrganisation.findById(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- windows and finalizing ---------------------------------------------------------------------------------

    /** The last days set for the round's review stages, to whoever reads the review. */
    @Transactional
    public List<StageWindow> windows(long roundId) {
        return StageWindow.listForRound(round(roundId));
    }

    /**
     * Sets the last day of a review stage of the round (member review, calibration or endorsement) that has not
     * ended yet. For endorsement it is the deadline from which the silence procedure counts.
     */
    @Transactional
    public StageWindow setWindow(long roundId, WindowForm form) {
        Round round = round(roundId);
        permissions.check(ReviewAction.EDIT_PROPOSAL, ReviewScope.of(round));
        FormErrors errors = FormErrors.of(validator.validate(form));
        RoundStatus stage = parse(RoundStatus.class, form.stage());
        if (stage == null || !(stage.isReviewStage() || stage == RoundStatus.ENDORSEMENT)
                || !round.path().contains(stage) || stage.compareTo(round.status()) < 0) {
            errors.add("stage", texts.get("mufakat.review.chooseStage"));
        }
        LocalDate closes = null;
        if (form.closesOn() == null) {
            errors.add("closesOn", texts.get("mufakat.required"));
        } else {
            try {
                closes = LocalDate.parse(form.closesOn());
                if (closes.isBefore(calendar.today())) {
                    errors.add("closesOn", texts.get("mufakat.review.windowInPast"));
                }
            } catch (DateTimeParseException e) {
                errors.add("closesOn", texts.get("mufakat.date"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        StageWindow w = StageWindow.find(round, stage);
        if (w == null) {
            w = new StageWindow();
            w.round = round;
            w.stage = stage;
        }
        w.closesOn = closes;
        w.reason = form.reason();
        w.setBy = user.username();
        w.setAt = Instant.now();
        w.persist();
        audit.record(user.username(), "review.window-set", "Round", round.auditId(), stage + " closes on " + closes
                + (form.reason() == null ? "" : ": " + form.reason()));
        return w;
    }

    /** What stands in the way of finalizing now, objections included (they can be overridden on the same page). */
    @Transactional
    public List<String> finalizeObstacles(long roundId) {
        return obstacles(roundId, false);
    }

    /** What stands in the way of finalizing that no override lifts (positions still awaited before the deadline). */
    @Transactional
    public List<String> finalizeBlockers(long roundId) {
        return obstacles(roundId, true);
    }

    private List<String> obstacles(long roundId, boolean overridden) {
        Round round = round(roundId);
        permissions.check(ReviewAction.FINALIZE, ReviewScope.of(round));
        if (round.status() != RoundStatus.ENDORSEMENT) {
            return List.of();
        }
        Consensus consensus = Consensus.of(round, Recommendation.listForRound(round), calendar.today());
        return guard.againstFinal(round, consensus, overridden);
    }

    /**
     * Makes the proposal final, freezing its text: the convenor, in endorsement, when every constituency has a
     * position or the endorsement deadline has passed. Standing objections block unless the convenor writes a reason
     * (at least 10 characters) for overriding them; the reason and the objections are recorded and shown on the
     * proposal. The round's move (and the final version it brings) happens in the same transaction. A repeated
     * request once final changes nothing.
     */
    @Transactional
    public Finalization finalize(long roundId, String overrideReason) {
        Round round = round(roundId);
        permissions.check(ReviewAction.FINALIZE, ReviewScope.of(round));
        Finalization done = Finalization.forRound(round);
        if (round.status().compareTo(RoundStatus.FINAL) >= 0 && done != null) {
            return done;
        }
        if (round.status() != RoundStatus.ENDORSEMENT) {
            throw new RefusedException(List.of(texts.get("mufakat.review.notInEndorsement")));
        }
        silence.recordSilence(round, calendar.today());
        Consensus consensus = Consensus.of(round, Recommendation.listForRound(round), calendar.today());
        List<String> gaps = guard.againstFinal(round, consensus, true);
        if (!gaps.isEmpty()) {
            throw new RefusedException(gaps);
        }
        Finalization f = new Finalization();
        f.round = round;
        f.actor = user.username();
        f.occurredAt = Instant.now();
        String reason = overrideReason == null ? null : overrideReason.strip();
        if (consensus.hasObjections()) {
            if (reason == null || reason.isEmpty()) {
                throw FormInvalidException.field("overrideReason", texts.get("mufakat.review.overrideRequired",
                        consensus.objections().size()));
            }
            if (reason.length() < MIN_OVERRIDE_REASON) {
                throw FormInvalidException.field("overrideReason", texts.get("mufakat.review.overrideShort",
                        MIN_OVERRIDE_REASON));
            }
            if (reason.length() > 2000) {
                throw FormInvalidException.field("overrideReason", texts.get("mufakat.review.overrideTooLong"));
            }
            f.overrideReason = reason;
            f.overridden = overriddenSummary(consensus.objections().stream().map(guard::objection).toList());
        }
        f.persist();
        rounds.advance(round.id, RoundStatus.ENDORSEMENT, null);
        audit.record(user.username(), f.isOverride() ? "review.finalized-with-override" : "review.finalized",
                "Round", round.auditId(), f.isOverride() ? "overriding: " + f.overridden + " Reason: "
                        + f.overrideReason : null);
        return f;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** What {@link Finalization#overridden} holds at most (its column is varchar(2000)). */
    static final int MAX_OVERRIDDEN = 2000;
    /** Room kept for the "and N more" remark. */
    private static final int OVERRIDDEN_BUDGET = MAX_OVERRIDDEN - 200;

    /** The overridden objections, as many as fit, then how many more there were; never longer than its column. */
    String overriddenSummary(List<String> objections) {
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (String o : objections) {
            if (shown.length() + 1 + o.length() > OVERRIDDEN_BUDGET) {
                break;
            }
            shown.append(count == 0 ? "" : " ").append(o);
            count++;
        }
        if (count < objections.size()) {
            shown.append(count == 0 ? "" : " ")
                    .append(texts.get("mufakat.review.overriddenMore", objections.size() - count));
        }
        return shown.length() <= MAX_OVERRIDDEN ? shown.toString()
                : shown.substring(0, MAX_OVERRIDDEN - 1) + "…";
    }

    private static Recommendation recommendationOf(Round round, long id) {
        Recommendation r = Recommendation.findById(id);
        if (r == null || !r.round.id.equals(round.id)) {
            throw new NotFoundException();
        }
        return r;
    }

    private static Comment commentOf(Round round, long id) {
        Comment c = Comment.findById(id);
        if (c == null || !c.round.id.equals(round.id)) {
            throw new NotFoundException();
        }
        return c;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
