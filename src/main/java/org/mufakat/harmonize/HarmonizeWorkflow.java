package org.mufakat.harmonize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.input.Statement;
import org.mufakat.network.Constituency;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.Audience;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;
import org.mufakat.web.Versions;

/**
 * The convenor's harmonization, one method per button: merging statements into recommendations, changing,
 * reordering and deleting them, and recording each statement's fate; and the views that show where every statement
 * went. Changes are possible only while the round is harmonizing. Provenance is kept both ways at every step: a
 * statement that stops feeding any recommendation returns to "no fate", never disappears.
 */
@ApplicationScoped
public class HarmonizeWorkflow {

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
    WorkspaceFacts workspaceFacts;

    /** Recommendations per page of the API's list, unless the caller asks for another size. */
    public static final int API_PAGE = 50;
    /** The most recommendations the API lists on one page. */
    public static final int LARGEST_PAGE = 200;

    /**
     * One page of the workspace ({@code page} counted from 1, out of range gives the first or the last): the
     * statements that pass the filter; the convenor's only.
     */
    public Workspace workspace(long roundId, String theme, String addressee, String constituency, String fate,
            String q, Integer page) {
        Round round = convenors(roundId);
        WorkspaceFacts.Facts facts = workspaceFacts.of(round);
        Workspace.Filter filter = Workspace.Filter.of(round, facts.addressees(), theme, addressee, constituency, fate,
                q);
        // One theme at a time, one page of it: only the page's statements and their fates and feeds are read.
        RoundTheme shown = filter.allThemes() ? null : round.theme(filter.theme()).orElseThrow();
        Paging<Workspace.Row> rows = new WorkspaceRows(round, shown, filter).page(page);
        List<Recommendation> recommendations = shown == null ? Recommendation.listForRound(round)
                : Recommendation.listForTheme(shown);
        return new Workspace(round, filter, rows, WorkspaceRows.groups(rows.items()), recommendations,
                Recommendation.sourceCounts(recommendations), facts.addressees(), facts.statements(), facts.decided(),
                Recommendation.countForRound(round));
    }

    /** The workspace's page (unfiltered, in the statement's theme) on which a statement is listed. */
    public int workspacePageOf(Statement s) {
        return WorkspaceRows.pageOf(s);
    }

    /**
     * A new recommendation's form filled in from the chosen statements: their texts, the first one's theme. A
     * restricted statement is a source but its wording is not copied: the recommendation will be read network-wide.
     */
    public RecommendationForm draft(long roundId, List<Long> statementIds) {
        Round round = convenors(roundId);
        List<Statement> sources = submitted(round, statementIds, FormErrors.none());
        if (sources.isEmpty()) {
            return new RecommendationForm(null, null, null, null, List.of(), null);
        }
        String addressee = sources.stream().collect(Collectors.groupingBy(s -> s.addressee, LinkedHashMap::new,
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        // The draft is read network-wide: only wording every reader sees is copied into it.
        String text = sources.stream().filter(Audience.NOBODY::sees).map(s -> s.text).distinct()
                .collect(Collectors.joining("\n\n"));
        return new RecommendationForm(sources.get(0).theme.code, addressee,
                text.length() > 10000 ? text.substring(0, 10000) : text, null,
                sources.stream().map(s -> s.id).toList(), null);
    }

    /**
     * Merges one or several submitted statements into a new recommendation at the end of its theme. Each source's
     * fate becomes incorporated (one source) or merged (several), unless the convenor already recorded another
     * included fate. The same recommendation sent twice (a double click) is created once; another with the same text
     * under the same theme is refused.
     */
    @Transactional
    public Recommendation create(long roundId, RecommendationForm form) {
        Round round = convenors(roundId);
        checkHarmonizing(round);
        FormErrors errors = FormErrors.of(validator.validate(form));
        RoundTheme theme = theme(round, form, errors);
        List<Statement> sources = sources(round, form, errors, true);
        if (theme != null) {
            RoundTheme.getEntityManager().lock(theme, LockModeType.PESSIMISTIC_WRITE);
        }
        Recommendation twin = theme == null || form.text() == null ? null : Recommendation.listForTheme(theme)
                .stream().filter(r -> r.text.equals(form.text())).findFirst().orElse(null);
        if (twin != null && errors.isEmpty() && twin.addressee.equals(form.addressee())
                && Set.copyOf(twin.sources).equals(Set.copyOf(sources))) {
            return twin;
        }
        if (twin != null) {
            errors.add("text", texts.get("mufakat.harmonize.duplicate"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        Recommendation r = new Recommendation();
        r.round = round;
        r.theme = theme;
        r.position = Recommendation.listForTheme(theme).size() + 1;
        r.createdAt = Instant.now();
        r.createdBy = user.username();
        apply(r, form, sources);
        r.persist();
        Recommendation.getEntityManager().flush();
        refreshFates(sources);
        audit.record(user.username(), "recommendation.created", "Recommendation", r.auditId(), describe(r));
        return r;
    }

    /**
     * Changes a recommendation's theme, addressee, texts and sources, unless someone saved it since the form was
     * loaded. A statement dropped from its sources that feeds nothing else returns to "no fate". One carried forward
     * from an earlier round may stay without sources.
     */
    @Transactional
    public Recommendation update(long roundId, long recommendationId, RecommendationForm form) {
        Round round = convenors(roundId);
        Recommendation r = recommendation(round, recommendationId);
        checkHarmonizing(round);
        FormErrors errors = FormErrors.of(validator.validate(form));
        RoundTheme theme = theme(round, form, errors);
        List<Statement> sources = sources(round, form, errors, !r.isCarried());
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        Versions.check(form.version(), r.version, texts);
        Set<Statement> touched = new LinkedHashSet<>(r.sources);
        touched.addAll(sources);
        if (!theme.id.equals(r.theme.id)) {
            RoundTheme old = r.theme;
            int position = Recommendation.listForTheme(theme).size() + 1;
            r.theme = theme;
            r.position = position;
            renumber(old, r);
        }
        apply(r, form, sources);
        Recommendation.getEntityManager().flush();
        refreshFates(touched);
        audit.record(user.username(), "recommendation.changed", "Recommendation", r.auditId(), describe(r));
        return r;
    }

    /**
     * Deletes a recommendation and renumbers its theme. Its statements are not lost: each one that feeds no other
     * recommendation returns to "no fate", so the round cannot leave harmonization until it gets one again.
     *
     * @param version the version the convenor confirmed, or null from the API to delete whatever it is now
     */
    @Transactional
    public List<Statement> delete(long roundId, long recommendationId, Long version) {
        Round round = convenors(roundId);
        Recommendation r = recommendation(round, recommendationId);
        checkHarmonizing(round);
        if (version != null && version != r.version) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        List<Statement> sources = List.copyOf(r.sources);
        String description = describe(r);
        Disposition.update("recommendation = null where recommendation = ?1", r);
        r.delete();
        renumber(r.theme, r);
        Recommendation.getEntityManager().flush();
        Recommendation.getEntityManager().clear();
        List<Statement> orphans = refreshFates(sources.stream().map(s -> (Statement) Statement.findById(s.id))
                .toList());
        audit.record(user.username(), "recommendation.deleted", "Recommendation", Long.toString(recommendationId),
                description + (orphans.isEmpty() ? "" : "; back to no fate: " + references(orphans)));
        return orphans;
    }

    /** Swaps a recommendation with its neighbour in the theme; refused (409) past the first or last place. */
    @Transactional
    public Recommendation move(long roundId, long recommendationId, boolean up) {
        Round round = convenors(roundId);
        Recommendation r = recommendation(round, recommendationId);
        checkHarmonizing(round);
        List<Recommendation> theme = Recommendation.listForTheme(r.theme);
        int at = theme.indexOf(r);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= theme.size()) {
            throw FormInvalidException.refused("recommendation", texts.get(up ? "mufakat.harmonize.alreadyFirst"
                    : "mufakat.harmonize.alreadyLast", r.number()));
        }
        Recommendation other = theme.get(to);
        int position = r.position;
        r.position = other.position;
        other.position = position;
        audit.record(user.username(), "recommendation.moved", "Recommendation", r.auditId(),
                r.theme.code + "." + position + " -> " + r.number());
        return r;
    }

    /**
     * Records a statement's fate. Reworded, deferred and not included need a rationale the focal point will read.
     * Naming a recommendation adds the statement to its sources (a split: one statement may feed several); an
     * included fate needs one, and a statement that feeds a recommendation cannot be deferred or left out. The same
     * fate sent again (a double click) changes nothing.
     */
    @Transactional
    public Disposition dispose(long roundId, long statementId, DispositionForm form) {
        Round round = convenors(roundId);
        Statement s = statement(round, statementId);
        checkHarmonizing(round);
        FormErrors errors = FormErrors.of(validator.validate(form));
        Fate fate = form.fateValue();
        List<Recommendation> feeds = Recommendation.listFedBy(s);
        Recommendation named = null;
        if (form.recommendation() != null) {
            named = Recommendation.<Recommendation>findByIdOptional(form.recommendation())
                    .filter(r -> r.round.id.equals(round.id)).orElse(null);
            if (named == null) {
                errors.add("recommendation", texts.get("mufakat.choose"));
            }
        }
        if (fate == null) {
            errors.add("fate", texts.get("mufakat.harmonize.chooseFate"));
        } else if (fate.needsRationale() && form.rationale() == null && !errors.has("rationale")) {
            errors.add("rationale", texts.get("mufakat.harmonize.rationaleRequired"));
        }
        if (fate != null && fate.isIncluded() && feeds.isEmpty() && named == null && !errors.has("recommendation")) {
            errors.add("recommendation", texts.get("mufakat.harmonize.nameRecommendation"));
        }
        if (fate != null && !fate.isIncluded() && named != null) {
            errors.add("recommendation", texts.get("mufakat.harmonize.notIncludedHasNoRecommendation"));
        }
        if (fate != null && !fate.isIncluded() && !feeds.isEmpty()) {
            errors.add("fate", texts.get("mufakat.harmonize.stillFeeds", s.reference(), numbers(feeds)));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        Disposition d = Disposition.forStatement(s);
        if (d != null && !d.automatic && d.fate == fate && Objects.equals(d.rationale, form.rationale())
                && (named == null || named.equals(d.recommendation))) {
            return d;
        }
        if (d == null && form.version() != null) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        } else if (d != null) {
            Versions.check(form.version(), d.version, texts);
        }
        if (named != null && !named.hasSource(s)) {
            named.sources.add(s);
            named.updatedAt = Instant.now();
            named.updatedBy = user.username();
            Recommendation.getEntityManager().flush();
            refreshFates(named.sources);
            audit.record(user.username(), "recommendation.source-added", "Recommendation", named.auditId(),
                    named.number() + " + " + s.reference());
            d = Disposition.forStatement(s);
        }
        if (d == null) {
            d = new Disposition();
            d.statement = s;
        }
        d.fate = fate;
        d.rationale = form.rationale();
        d.recommendation = fate.isIncluded() ? (named != null ? named : Recommendation.listFedBy(s).get(0)) : null;
        d.automatic = false;
        d.decidedAt = Instant.now();
        d.decidedBy = user.username();
        d.persist();
        audit.record(user.username(), "statement.disposed", "Statement", s.auditId(), s.reference() + ": " + fate
                + (d.recommendation == null ? "" : " -> " + d.recommendation.number()));
        return d;
    }

    /**
     * The round whose attribution the convenor is about to change, for the page that asks first: 404 for no round,
     * 403 (audited) for anyone but the convenor.
     */
    public Round attributionToChange(long roundId) {
        return convenors(roundId);
    }

    /** Whether outputs leaving the network may name who proposed what; the convenor decides, until the text is final. */
    @Transactional
    public Round setPublicAttribution(long roundId, boolean shown) {
        Round round = convenors(roundId);
        if (!mayChangeAttribution(round)) {
            throw FormInvalidException.refused("attribution", texts.get("mufakat.harmonize.attributionFrozen"));
        }
        if (round.publicAttribution != shown) {
            round.publicAttribution = shown;
            audit.record(user.username(), "round.attribution-changed", "Round", round.auditId(),
                    shown ? "constituencies named outside the network" : "constituencies not named outside");
        }
        return round;
    }

    /** The recommendations in order: the convenor's while harmonizing, everyone's once review begins. */
    public List<Recommendation> recommendations(long roundId) {
        Round round = round(roundId);
        checkReadable(round);
        return Recommendation.listForRoundWithSources(round);
    }

    /**
     * A page of the round's recommendations in order, with their sources, to those who may read them: {@code size}
     * from 1 to {@link #LARGEST_PAGE} (missing: {@link #API_PAGE}); pages counted from 1 as {@link Paging#load}.
     */
    public Paging<Recommendation> recommendations(long roundId, Integer page, Integer size) {
        Round round = readable(roundId);
        int perPage = size == null || size < 1 ? API_PAGE : Math.min(size, LARGEST_PAGE);
        return Paging.load(page, perPage, Recommendation.countForRound(round),
                index -> Recommendation.withSources(Recommendation.pageForRound(round, index, perPage)));
    }

    /** One recommendation with its sources, to those who may read the round's recommendations. */
    public Recommendation provenance(long roundId, long recommendationId) {
        Round round = round(roundId);
        Recommendation r = recommendation(round, recommendationId);
        checkReadable(round);
        return r;
    }

    /** What this reader sees of restricted statements and evidence. */
    public Audience audience() {
        return permissions.audience();
    }

    /** The statements of one submitted input with their fates; the convenor and the constituency's focal points. */
    public Outcome outcome(long roundId, String code) {
        Round round = round(roundId);
        Constituency c = Constituency.findByCode(code);
        if (c == null || !round.includes(c)) {
            throw new NotFoundException();
        }
        permissions.check(HarmonizeAction.VIEW_OUTCOME, c);
        Map<Long, Disposition> fates = fates(round);
        Map<Long, List<Recommendation>> feeds = feeds(round);
        List<Workspace.Row> rows = Statement.listSubmitted(round).stream()
                .filter(s -> s.input.constituency.id.equals(c.id)).filter(permissions.audience()::sees)
                .sorted(Comparator.comparing((Statement s) -> s.theme.position)
                        .thenComparing(s -> s.restricted).thenComparing(s -> s.position))
                .map(s -> new Workspace.Row(s, Workspace.Decided.of(fates.get(s.id)), feeds.getOrDefault(s.id,
                        List.of()))).toList();
        return new Outcome(round, c, rows);
    }

    /** The participating constituencies whose outcome this user may read. */
    public List<Constituency> outcomesVisible(long roundId) {
        Round round = round(roundId);
        return round.participants.stream().map(p -> p.constituency)
                .filter(c -> permissions.may(HarmonizeAction.VIEW_OUTCOME, c))
                .sorted(Comparator.comparing(c -> c.name)).toList();
    }

    /** Which constituencies back which recommendation, to those who may read the recommendations. */
    public SourceMatrix sourceMatrix(long roundId) {
        return sourceMatrix(readable(roundId), null);
    }

    /**
     * The round and theme of the page's matrix (an unknown or missing code: the round's first theme), to those who may
     * read the recommendations; {@link #sourceMatrix(SourceMatrix.Frame)} then reads its lines.
     */
    public SourceMatrix.Frame sourceMatrixFrame(long roundId, String themeCode) {
        Round round = readable(roundId);
        return new SourceMatrix.Frame(round, round.theme(themeCode == null ? "" : themeCode)
                .orElse(round.themes.isEmpty() ? null : round.themes.get(0)));
    }

    /** The matrix of one theme, as the page shows it. */
    SourceMatrix sourceMatrix(SourceMatrix.Frame frame) {
        return sourceMatrix(frame.round(), frame.theme());
    }

    private SourceMatrix sourceMatrix(Round round, RoundTheme theme) {
        List<Constituency> constituencies = round.participants.stream().map(p -> p.constituency)
                .sorted(Comparator.comparing(c -> c.name)).toList();
        Audience audience = permissions.audience();
        List<SourceMatrix.Line> lines = new ArrayList<>();
        for (Recommendation r : theme == null ? Recommendation.listForRoundWithSources(round)
                : Recommendation.withSources(Recommendation.listForTheme(theme))) {
            Map<Long, Long> counts = audience.visible(r.sources).stream()
                    .collect(Collectors.groupingBy(s -> s.input.constituency.id, Collectors.counting()));
            lines.add(new SourceMatrix.Line(r, constituencies.stream()
                    .map(c -> counts.getOrDefault(c.id, 0L).intValue()).toList()));
        }
        return new SourceMatrix(round, theme, constituencies, lines);
    }

    /** The round, to anyone who may see its recommendations; a 404 for a round that does not exist. */
    public Round round(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null) {
            throw new NotFoundException();
        }
        return round;
    }

    /** A submitted statement of this round for the disposition form; 404 for anything else. */
    public Statement statementFor(long roundId, long statementId) {
        Round round = convenors(roundId);
        return statement(round, statementId);
    }

    /** A recommendation for its edit or delete form; the convenor's only. */
    public Recommendation toChange(long roundId, long recommendationId) {
        Round round = convenors(roundId);
        return recommendation(round, recommendationId);
    }

    /** The submitted statements among these ids, for the recommendation form's list of sources. */
    public List<Statement> candidates(long roundId, List<Long> ids) {
        Round round = convenors(roundId);
        Set<Long> wanted = Set.copyOf(ids);
        return Statement.listSubmitted(round).stream().filter(s -> wanted.contains(s.id)).toList();
    }

    /** A statement's fate, or null when it has none yet. */
    public Disposition dispositionOf(Statement s) {
        return Disposition.forStatement(s);
    }

    /** The recommendations a statement feeds, for the disposition form. */
    public List<Recommendation> feedsOf(Statement s) {
        return Recommendation.listFedBy(s);
    }

    /** Only the convenor decides on attribution, and only until the text is final. */
    public boolean mayChangeAttribution(Round round) {
        return mayHarmonize(round) && round.status().compareTo(RoundStatus.FINAL) < 0;
    }

    /** Whether this user is the convenor who harmonizes the round (pages show the workspace links). */
    public boolean mayHarmonize(Round round) {
        return permissions.may(HarmonizeAction.HARMONIZE, round);
    }

    /** The round, when this user harmonizes it: 404 for no round, 403 (audited) for anyone but the convenor. */
    public Round convenors(long roundId) {
        Round round = round(roundId);
        permissions.check(HarmonizeAction.HARMONIZE, round);
        return round;
    }

    /** The round, to those who may read its recommendations; refused to others, a 404 when there is none. */
    public Round readable(long roundId) {
        Round round = round(roundId);
        checkReadable(round);
        return round;
    }

    /** The convenor's while harmonizing; once review begins, the round's participants' and the network staff's. */
    private void checkReadable(Round round) {
        permissions.check(round.status().isPastHarmonizing() ? HarmonizeAction.VIEW_PROVENANCE
                : HarmonizeAction.HARMONIZE, round);
    }

    /** Whether this user may read the round's recommendations (pages show links to them only then). */
    public boolean mayRead(Round round) {
        return permissions.may(round.status().isPastHarmonizing() ? HarmonizeAction.VIEW_PROVENANCE
                : HarmonizeAction.HARMONIZE, round);
    }

    /** The sources this reader sees: restricted statements only where the audience opens their constituency. */
    public List<Statement> visibleSources(Recommendation r) {
        return permissions.audience().visible(r.sources);
    }

    private void checkHarmonizing(Round round) {
        if (!round.status().isHarmonizing()) {
            throw FormInvalidException.refused("round", texts.get("mufakat.harmonize.notHarmonizing"));
        }
    }

    private static Recommendation recommendation(Round round, long id) {
        Recommendation r = Recommendation.findById(id);
        if (r == null || !r.round.id.equals(round.id)) {
            throw new NotFoundException();
        }
        return r;
    }

    private static Statement statement(Round round, long id) {
        Statement s = Statement.findById(id);
        if (s == null || !s.input.round.id.equals(round.id) || !s.input.isSubmitted()) {
            throw new NotFoundException();
        }
        return s;
    }

    private RoundTheme theme(Round round, RecommendationForm form, FormErrors errors) {
        if (form.theme() == null) {
            return null;
        }
        RoundTheme theme = round.theme(form.theme()).orElse(null);
        if (theme == null && !errors.has("theme")) {
            errors.add("theme", texts.get("mufakat.harmonize.chooseTheme"));
        }
        return theme;
    }

    private List<Statement> sources(Round round, RecommendationForm form, FormErrors errors, boolean required) {
        List<Statement> sources = submitted(round, form.sources(), errors);
        if (required && sources.isEmpty() && !errors.has("sources")) {
            errors.add("sources", texts.get("mufakat.harmonize.sourcesRequired"));
        }
        return sources;
    }

    /** The submitted statements of this round with these ids, in the order given; others are an error. */
    private List<Statement> submitted(Round round, List<Long> ids, FormErrors errors) {
        Map<Long, Statement> known = Statement.listSubmitted(round).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<Statement> found = new ArrayList<>();
        for (Long id : ids) {
            Statement s = known.get(id);
            if (s == null) {
                errors.add("sources", texts.get("mufakat.harmonize.unknownSource"));
                return List.of();
            }
            found.add(s);
        }
        return found;
    }

    private void apply(Recommendation r, RecommendationForm form, List<Statement> sources) {
        r.addressee = form.addressee();
        r.text = form.text();
        r.unvarnishedText = form.unvarnishedText() == null || form.unvarnishedText().equals(form.text()) ? null
                : form.unvarnishedText();
        r.sources.clear();
        r.sources.addAll(sources);
        r.updatedAt = Instant.now();
        r.updatedBy = user.username();
    }

    /** Closes the gap a recommendation left in its theme's numbering. */
    private static void renumber(RoundTheme theme, Recommendation left) {
        int position = 1;
        for (Recommendation r : Recommendation.listForTheme(theme)) {
            if (!r.id.equals(left.id)) {
                r.position = position++;
            }
        }
    }

    /**
     * Brings each statement's fate in line with the recommendations it feeds now: automatic fates follow (merged when
     * a recommendation has several sources, else incorporated); an included fate whose statement feeds nothing any
     * more is removed, so the statement shows as having no fate. Returns the statements that lost their fate.
     */
    private List<Statement> refreshFates(Iterable<Statement> statements) {
        List<Statement> orphans = new ArrayList<>();
        for (Statement s : statements) {
            List<Recommendation> feeds = Recommendation.listFedBy(s);
            Disposition d = Disposition.forStatement(s);
            if (feeds.isEmpty()) {
                if (d != null && d.fate.isIncluded()) {
                    d.delete();
                    orphans.add(s);
                }
                continue;
            }
            if (d == null) {
                d = new Disposition();
                d.statement = s;
                d.automatic = true;
            }
            if (d.automatic || !d.fate.isIncluded()) {
                d.fate = feeds.stream().anyMatch(r -> r.sources.size() > 1) ? Fate.MERGED : Fate.INCORPORATED;
                d.rationale = null;
                d.automatic = true;
                d.recommendation = feeds.get(0);
                d.decidedAt = Instant.now();
                d.decidedBy = user.username();
                d.persist();
            } else if (d.recommendation == null || !feeds.contains(d.recommendation)) {
                d.recommendation = feeds.get(0);
            }
        }
        return orphans;
    }

    private static Map<Long, Disposition> fates(Round round) {
        return Disposition.listForRound(round).stream().collect(Collectors.toMap(d -> d.statement.id, d -> d));
    }

    private static Map<Long, List<Recommendation>> feeds(Round round) {
        Map<Long, List<Recommendation>> feeds = new HashMap<>();
        for (Recommendation r : Recommendation.listForRoundWithSources(round)) {
            for (Statement s : r.sources) {
                feeds.computeIfAbsent(s.id, k -> new ArrayList<>()).add(r);
            }
        }
        return feeds;
    }

    private static String describe(Recommendation r) {
        return r.number() + " to " + r.addressee + " from " + references(r.sources);
    }

    private static String references(List<Statement> statements) {
        return statements.stream().map(Statement::reference).collect(Collectors.joining(", "));
    }

    private static String numbers(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::number).collect(Collectors.joining(", "));
    }
}
