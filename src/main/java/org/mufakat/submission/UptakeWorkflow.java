package org.mufakat.submission;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.harmonize.TextMatch;
import org.mufakat.review.ProposalVersion;
import org.mufakat.review.VersionEntry;
import org.mufakat.review.Versions;
import org.mufakat.security.Audience;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.web.Aggregates;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

/**
 * Uptake, one method per button: the convenor records what a forum made of each recommendation of a submission
 * (none, partial, full, with the official wording and a reference), and gets suggested matches between the
 * recommendations and the paragraphs of a pasted outcome document; whoever reads the round reads the uptake. Only the
 * recommendations of the version the submission froze can have uptake on it.
 */
@ApplicationScoped
public class UptakeWorkflow {

    static final int PAGE_SIZE = 25;
    /** An outcome document runs to a few pages; a pasted book is refused. */
    static final int MAX_DOCUMENT = 200_000;

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
    Versions versions;

    /**
     * One recommendation of the frozen version: its entry, its text in the submission's register, and its uptake on
     * this submission (null while none is recorded).
     */
    public record Row(VersionEntry entry, String text, Uptake uptake) {

        public long id() {
            return entry.recommendationId();
        }

        /** The name of a field of this row's form, unique on the page ("u12-level"). */
        public String key(String field) {
            return key(id(), field);
        }

        static String key(long recommendationId, String field) {
            return "u" + recommendationId + "-" + field;
        }
    }

    /**
     * The uptake section of a submission's page: a page of rows, whether the reader may record, and the form that
     * came back with errors for one row ({@code editing}), which keeps what was typed; {@code base} is the page's
     * address for the pagination links.
     */
    public record Sheet(Paging<Row> rows, boolean mayRecord, Long editing, UptakeForm mine, String base) {

        public UptakeForm formFor(Row row) {
            return isEditing(row) ? mine : UptakeForm.of(row.uptake());
        }

        public boolean isEditing(Row row) {
            return editing != null && editing == row.id();
        }

        /** How a level is marked: full in green, partial in amber, none muted (the word says it too). */
        public String kind(UptakeLevel level) {
            return switch (level) {
                case FULL -> "ok";
                case PARTIAL -> "warn";
                case NONE -> "muted";
            };
        }

        public List<UptakeLevel> levels() {
            return List.of(UptakeLevel.values());
        }
    }

    /** A suggested match: the row, the paragraph of the pasted document, the score and the words they share. */
    public record Suggestion(Row row, TextMatch.Paragraph paragraph, double score, List<String> sharedTerms) {

        /** Names the suggestion in the page's form ("s12-3": recommendation 12, paragraph 3). */
        public String key() {
            return "s" + row.id() + "-" + paragraph.index();
        }

        /** The paragraph's own number, else its place in the document. */
        public String number() {
            return paragraph.label() != null ? paragraph.label() : String.valueOf(paragraph.index());
        }
    }

    /** Every recommendation of the version the submission froze, in order, with its uptake; for its readers. */
    public List<Row> rows(Submission s) {
        permissions.check(SubmissionAction.VIEW_SUBMISSIONS, s);
        ProposalVersion v = ProposalVersion.find(s.round, s.proposalVersion);
        if (v == null) {
            return List.of();
        }
        Map<Long, Uptake> recorded = Uptake.listForSubmission(s).stream()
                .collect(Collectors.toMap(u -> u.recommendation.id, Function.identity()));
        return versions.entries(v).stream().map(e -> new Row(e, s.register == Audience.Register.UNVARNISHED
                ? e.unvarnished() : e.text(), recorded.get(e.recommendationId()))).toList();
    }

    /** The page of the uptake section asked for ({@code ?page=}). */
    public Sheet sheet(Submission s, Integer page) {
        return new Sheet(Paging.of(rows(s), Paging.pageIndex(page), PAGE_SIZE), mayRecord(s), null, null, base(s));
    }

    /** The page holding the row whose form came back, with what was typed in it. */
    public Sheet sheet(Submission s, long editing, UptakeForm mine) {
        List<Row> rows = rows(s);
        int at = 0;
        while (at < rows.size() && rows.get(at).id() != editing) {
            at++;
        }
        return new Sheet(Paging.of(rows, at / PAGE_SIZE, PAGE_SIZE), mayRecord(s), editing, mine, base(s));
    }

    private static String base(Submission s) {
        return "/rounds/" + s.round.id + "/submissions/" + s.id + "?";
    }

    /** The page number (from 1) the recommendation's row is on. */
    public int pageOf(Submission s, long recommendationId) {
        List<Row> rows = rows(s);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == recommendationId) {
                return i / PAGE_SIZE + 1;
            }
        }
        return 1;
    }

    /** The version of the recommendation's uptake as recorded now, for a form sent back after a conflict. */
    public Long versionOf(Submission s, long recommendationId) {
        Uptake u = row(s, recommendationId).uptake();
        return u == null ? null : u.version;
    }

    public boolean mayRecord(Submission s) {
        return permissions.may(SubmissionAction.RECORD_UPTAKE, s);
    }

    /** The submission, to the convenor about to record its uptake (the suggestions page). */
    public Submission toRecord(long submissionId) {
        Submission s = submission(submissionId);
        permissions.check(SubmissionAction.RECORD_UPTAKE, s);
        return s;
    }

    /**
     * Records what the forum made of one recommendation of the submission: the convenor only, for a recommendation
     * of the version it froze (any other is not found). Partial and full uptake need the official wording. The same
     * values again (a double click, a retry) change nothing; a form loaded before someone else saved is refused as a
     * conflict. A change bumps the submission's version, its aggregate.
     */
    @Transactional
    public Uptake record(long submissionId, long recommendationId, UptakeForm form) {
        Submission s = Submission.findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException();
        }
        permissions.check(SubmissionAction.RECORD_UPTAKE, s);
        Row row = row(s, recommendationId);
        FormErrors errors = FormErrors.of(validator.validate(form));
        UptakeLevel level = form.level() == null ? null : UptakeLevel.named(form.level());
        if (form.level() != null && level == null) {
            errors.add("level", texts.get("mufakat.uptake.levelRequired"));
        }
        if (level != null && level != UptakeLevel.NONE && form.officialText() == null) {
            errors.add("officialText", texts.get("mufakat.uptake.wordingRequired"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        Uptake u = row.uptake();
        if (u != null && u.sameAs(level, form.officialText(), form.reference())) {
            return u;
        }
        if (form.version() != null && (u == null || !Objects.equals(form.version(), u.version))) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        if (u == null) {
            u = new Uptake();
            u.submission = s;
            u.recommendation = Recommendation.findById(recommendationId);
        }
        u.level = level;
        u.officialText = form.officialText();
        u.reference = form.reference();
        u.recordedAt = Instant.now();
        u.recordedBy = user.username();
        u.persist();
        audit.record(user.username(), "submission.uptake-recorded", "Submission", s.auditId(), s.trackingNumber
                + ": " + row.entry().number() + " " + level + (u.reference == null ? "" : " (" + u.reference + ")"));
        Aggregates.changed(s);
        return u;
    }

    /**
     * Suggested matches between the submission's recommendations (in its register) and the paragraphs of a pasted
     * outcome document, each with the words they share, best first; the convenor only. Nothing is recorded.
     */
    public List<Suggestion> suggest(long submissionId, String document) {
        Submission s = toRecord(submissionId);
        if (document == null || document.isBlank()) {
            throw FormInvalidException.field("text", texts.get("mufakat.uptake.documentRequired"));
        }
        List<TextMatch.Paragraph> paragraphs = TextMatch.paragraphs(document);
        if (document.length() > MAX_DOCUMENT || paragraphs.size() > TextMatch.MAX_PARAGRAPHS) {
            throw FormInvalidException.field("text", texts.get("mufakat.uptake.documentTooLong",
                    TextMatch.MAX_PARAGRAPHS));
        }
        Map<Long, Row> rows = new HashMap<>();
        rows(s).forEach(r -> rows.put(r.id(), r));
        List<TextMatch.Text> ours = rows.values().stream().map(r -> new TextMatch.Text(r.id(), r.text())).toList();
        return TextMatch.matches(ours, paragraphs, TextMatch.DEFAULT_THRESHOLD).stream()
                .map(m -> new Suggestion(rows.get(m.id()), m.paragraph(), m.score(), m.sharedTerms())).toList();
    }

    private Row row(Submission s, long recommendationId) {
        return rows(s).stream().filter(r -> r.id() == recommendationId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Submission submission(long id) {
        Submission s = Submission.findById(id);
        if (s == null) {
            throw new NotFoundException();
        }
        return s;
    }
}
