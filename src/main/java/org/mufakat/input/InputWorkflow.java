package org.mufakat.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.network.RoleGrant;
import org.mufakat.notify.Notifier;
import org.mufakat.notify.Recipient;
import org.mufakat.input.OfflineImport.Entry;
import org.mufakat.input.OfflineImport.Item;
import org.mufakat.input.OfflineImport.Plan;
import org.mufakat.input.OfflineImport.Problem;
import org.mufakat.network.Constituency;
import org.mufakat.network.Ratifications;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.Action;
import org.mufakat.security.Audience;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.web.Aggregates;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Paging;
import org.mufakat.web.Text;
import org.mufakat.web.Texts;
import org.mufakat.web.Versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One public method per thing people do with a national input. Each checks this user against this input, the
 * round's stage and the input's state, writes one revision and one audit event in its own transaction. Audit details
 * name statements by number and addressee only: never their text, evidence or restricted content.
 */
@ApplicationScoped
public class InputWorkflow {

    static final int REVISIONS_PER_PAGE = 50;

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
    ObjectMapper json;
    @Inject
    Notifier notifier;
    @Inject
    Ratifications ratifications;
    @Inject
    Uploads uploads;

    // ---- reading ------------------------------------------------------------------------------------------------

    /**
     * The input as this person may see it; 403 without VIEW_INPUT. Restricted statements and attachments, and all
     * evidence, only as far as the reader's audience opens the constituency.
     */
    public InputView view(long roundId, String code) {
        return view(roundId, code, null);
    }

    /**
     * The same, with the statements of one theme shown ({@code theme}: its code or id; unknown or null: the first
     * theme with statements). The other themes' statements are still read, for their counts and the offline copy.
     */
    public InputView view(long roundId, String code, String theme) {
        NationalInput input = locate(roundId, code);
        permissions.check(InputAction.VIEW_INPUT, input);
        Audience audience = permissions.audience();
        List<Statement> statements = input.isSaved() ? audience.visible(Statement.listForInput(input)) : List.of();
        List<InputView.ThemeGroup> groups = new ArrayList<>();
        for (RoundTheme t : input.round.themes) {
            groups.add(new InputView.ThemeGroup(t, statements.stream().filter(s -> s.theme.id.equals(t.id)).toList()));
        }
        return view(input, audience, groups, InputView.choose(groups, theme));
    }

    /**
     * Who reads the editor's page, checked as {@link #view(long, String)} checks it (403 without VIEW_INPUT): what
     * the page shows them depends on the input, their audience and whether they may edit it or return it.
     */
    public record Reader(NationalInput input, Audience audience, boolean mayEdit, boolean mayReturn) {
    }

    public Reader reader(long roundId, String code) {
        NationalInput input = locate(roundId, code);
        permissions.check(InputAction.VIEW_INPUT, input);
        return new Reader(input, permissions.audience(), permissions.may(InputAction.EDIT_INPUT, input),
                permissions.may(InputAction.RETURN_INPUT, input));
    }

    /**
     * The editor's page: as {@link #view(long, String, String)}, but only the theme shown is read with its
     * statements; the others are counted (a 150-statement input reads 15 of them).
     */
    public InputView editor(long roundId, String code, String theme) {
        NationalInput input = locate(roundId, code);
        permissions.check(InputAction.VIEW_INPUT, input);
        Audience audience = permissions.audience();
        Map<Long, Integer> counts = input.isSaved()
                ? Statement.countByTheme(input, audience.opens(input.scopeConstituencyId()))
                : Map.of();
        List<InputView.ThemeGroup> groups = new ArrayList<>();
        for (RoundTheme t : input.round.themes) {
            groups.add(new InputView.ThemeGroup(t, List.of(), counts.getOrDefault(t.id, 0)));
        }
        InputView.ThemeGroup shown = InputView.choose(groups, theme);
        if (shown != null && shown.count() > 0) {
            shown = new InputView.ThemeGroup(shown.theme(),
                    audience.visible(Statement.listForTheme(input, shown.theme())));
        }
        return view(input, audience, groups, shown);
    }

    private InputView view(NationalInput input, Audience audience, List<InputView.ThemeGroup> groups,
            InputView.ThemeGroup shown) {
        boolean accepts = input.round.status().acceptsInputs();
        boolean canEdit = accepts && input.isOpen() && permissions.may(InputAction.EDIT_INPUT, input);
        return new InputView(input.round, input.constituency, input, groups,
                input.isSaved() ? audience.visible(Attachment.listForInput(input)) : List.of(),
                input.round.addresseesFor(input.constituency), canEdit, audience.opens(input.scopeConstituencyId()),
                permissions.may(InputAction.RETURN_INPUT, input), accepts,
                canEdit ? ratifications.forCountry(input.constituency.country) : List.of(),
                shown);
    }

    /**
     * The input for the confirmation page of an action (submit, nil return, return): 403 for whoever may not take
     * it, so nobody is shown a form whose answer would be refused.
     */
    public InputView viewToAct(long roundId, String code, InputAction action, String theme) {
        permissions.check(action, locate(roundId, code));
        return view(roundId, code, theme);
    }

    /** A statement to edit: only the constituency's focal points, only while the input is open. */
    public Statement statementToEdit(long roundId, String code, long statementId) {
        NationalInput input = locate(roundId, code);
        Statement s = statementOf(input, statementId, InputAction.EDIT_INPUT);
        checkOpen(input);
        return s;
    }

    /** An attachment with its bytes, for anyone who may read the input. */
    @Transactional
    public Download download(long roundId, String code, long attachmentId) {
        NationalInput input = locate(roundId, code);
        Attachment a = attachmentOf(input, attachmentId, InputAction.VIEW_INPUT);
        AttachmentContent content = AttachmentContent.findById(a.content.id);
        return new Download(a.fileName, a.contentType, content.bytes);
    }

    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /** An attachment that may be removed now: the focal point's own, while the input is open and collecting. */
    public Attachment attachment(long roundId, String code, long attachmentId) {
        Attachment attachment = attachmentOf(locate(roundId, code), attachmentId, InputAction.EDIT_INPUT);
        checkEditable(attachment.input);
        return attachment;
    }

    /** Revisions hold restricted text, so only the convenor and the constituency's focal points read them. */
    public Paging<InputRevision> revisions(long roundId, String code, Integer page) {
        NationalInput input = locate(roundId, code);
        permissions.check(InputAction.VIEW_REVISIONS, input);
        if (!input.isSaved()) {
            return new Paging<>(List.of(), 1, REVISIONS_PER_PAGE, 0);
        }
        return Paging.load(page, REVISIONS_PER_PAGE, InputRevision.countForInput(input),
                index -> InputRevision.pageForInput(input, index, REVISIONS_PER_PAGE));
    }

    public InputRevision revision(long roundId, String code, long revisionId) {
        NationalInput input = locate(roundId, code);
        permissions.check(InputAction.VIEW_REVISIONS, input);
        InputRevision r = InputRevision.findById(revisionId);
        if (r == null || !r.input.id.equals(input.id)) {
            throw new NotFoundException();
        }
        return r;
    }

    /** The input of a constituency in a round; a constituency that has not started gets an unsaved one. */
    public NationalInput locate(long roundId, String code) {
        Round round = Round.findById(roundId);
        Constituency c = Constituency.findByCode(code);
        if (round == null || c == null || !round.includes(c)) {
            throw new NotFoundException();
        }
        NationalInput input = NationalInput.find(round, c);
        return input != null ? input : NationalInput.unsaved(round, c);
    }

    // ---- the focal point's actions ------------------------------------------------------------------------------

    /**
     * Saves the consultation record and preamble. Focal points of the constituency, while the round collects inputs
     * and the input is open; refused when someone saved the input since the editor loaded it. Women, men and other
     * are parts of the total, so together they may not exceed it.
     */
    @Transactional
    public NationalInput saveRecord(long roundId, String code, RecordForm form) {
        NationalInput input = locate(roundId, code);
        checkEditable(input);
        FormErrors errors = FormErrors.of(validator.validate(form));
        LocalDate started = date(form.startedOn(), "startedOn", errors);
        LocalDate ended = date(form.endedOn(), "endedOn", errors);
        if (started != null && ended != null && ended.isBefore(started)) {
            errors.add("endedOn", texts.get("mufakat.input.endBeforeStart"));
        }
        Integer total = count(form.participantsTotal());
        Integer women = count(form.participantsWomen());
        Integer men = count(form.participantsMen());
        Integer other = count(form.participantsOther());
        int parts = (women == null ? 0 : women) + (men == null ? 0 : men) + (other == null ? 0 : other);
        if (total == null && parts > 0) {
            errors.add("participantsTotal", texts.get("mufakat.input.totalMissing"));
        } else if (total != null && parts > total) {
            errors.add("participantsTotal", texts.get("mufakat.input.partsExceedTotal", parts, total));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        checkVersion(input, form.version());
        ensureSaved(input);
        input.startedOn = started;
        input.endedOn = ended;
        input.venue = form.venue();
        input.organisers = form.organisers();
        input.participantsTotal = total;
        input.participantsWomen = women;
        input.participantsMen = men;
        input.participantsOther = other;
        input.sectors = form.sectors();
        input.preamble = form.preamble();
        return saved(input, "input.record-saved", "consultation record and preamble");
    }

    /**
     * Adds a statement at the end of its theme. Focal points, open input, collecting round; the theme must be one
     * of the round's and the addressee one offered to this constituency. The same text twice under one theme (a
     * double click) is refused.
     */
    @Transactional
    public Statement addStatement(long roundId, String code, StatementForm form) {
        NationalInput input = locate(roundId, code);
        checkEditable(input);
        RoundTheme theme = validate(input, form);
        if (input.isSaved() && Statement.listForTheme(input, theme).stream().anyMatch(s -> s.text.equals(form.text()))) {
            throw FormInvalidException.field("text", texts.get("mufakat.input.duplicate"));
        }
        ensureSaved(input);
        Statement s = append(input, theme, form.addressee(), form.text(), form.evidence(), form.restricted());
        saved(input, "input.statement-added", describe(s));
        return s;
    }

    /** Changes a statement unless someone saved it since the editor loaded it; a new theme puts it at that end. */
    @Transactional
    public Statement updateStatement(long roundId, String code, long statementId, StatementForm form) {
        NationalInput input = locate(roundId, code);
        Statement s = statementOf(input, statementId, InputAction.EDIT_INPUT);
        checkEditable(input);
        RoundTheme theme = validate(input, form);
        Versions.check(form.version(), s.version, texts);
        s.addressee = form.addressee();
        s.text = form.text();
        s.evidence = form.evidence();
        place(input, s, theme, form.restricted());
        saved(input, "input.statement-changed", describe(s));
        return s;
    }

    /** Swaps a statement with its neighbour in the same theme; refused (409) past the first or last place. */
    @Transactional
    public Statement moveStatement(long roundId, String code, long statementId, boolean up) {
        NationalInput input = locate(roundId, code);
        Statement s = statementOf(input, statementId, InputAction.EDIT_INPUT);
        checkEditable(input);
        List<Statement> theme = Statement.listForSeries(input, s.theme, s.restricted);
        int at = theme.indexOf(s);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= theme.size()) {
            throw FormInvalidException.refused("statement", texts.get(up ? "mufakat.input.alreadyFirst"
                    : "mufakat.input.alreadyLast", s.number()));
        }
        Statement other = theme.get(to);
        String from = s.number();
        int position = s.position;
        s.position = other.position;
        other.position = position;
        saved(input, "input.statement-moved", from + " -> " + s.number());
        return s;
    }

    /** Removes a statement before submission; the others in its theme close up. Returns the theme it was in. */
    @Transactional
    public RoundTheme deleteStatement(long roundId, String code, long statementId) {
        NationalInput input = locate(roundId, code);
        Statement s = statementOf(input, statementId, InputAction.EDIT_INPUT);
        checkEditable(input);
        String what = describe(s);
        s.delete();
        renumber(input, s.theme, s.restricted, s);
        saved(input, "input.statement-deleted", what);
        return s.theme;
    }

    /**
     * Submits the input as it stands and locks it, recording who and when. Refused for an input without statements
     * (send a nil return instead) and when it changed since the focal point looked at it.
     */
    @Transactional
    public NationalInput submit(long roundId, String code, Long version) {
        NationalInput input = locate(roundId, code);
        checkEditable(input);
        if (!input.isSaved() || Statement.countForInput(input) == 0) {
            throw FormInvalidException.refused("input", texts.get("mufakat.input.nothingToSubmit"));
        }
        Versions.check(version, input.version, texts);
        input.state = InputState.SUBMITTED;
        input.submittedAt = Instant.now();
        input.submittedBy = user.username();
        input.nilReason = null;
        return saved(input, "input.submitted", Audience.NOBODY.visible(Statement.listForInput(input)).size()
                + " open statements");
    }

    /** The constituency sends no input this round, and says why; the input locks as if submitted. */
    @Transactional
    public NationalInput nilReturn(long roundId, String code, ReasonForm form) {
        NationalInput input = locate(roundId, code);
        checkEditable(input);
        validateReason(form);
        ensureSaved(input);
        input.state = InputState.NIL_RETURN;
        input.nilReason = form.reason();
        input.submittedAt = Instant.now();
        input.submittedBy = user.username();
        return saved(input, "input.nil-return", "nil return");
    }

    /**
     * The convenor sends a submitted input (or a nil return) back to its focal points with a reason, unlocking it,
     * while the round still collects inputs.
     */
    @Transactional
    public NationalInput returnForRevision(long roundId, String code, ReasonForm form) {
        NationalInput input = locate(roundId, code);
        permissions.check(InputAction.RETURN_INPUT, input);
        checkCollecting(input);
        if (!input.isLocked()) {
            throw FormInvalidException.refused("input", texts.get("mufakat.input.notSubmitted"));
        }
        validateReason(form);
        input.state = InputState.RETURNED;
        input.returnReason = form.reason();
        Text subject = Text.of("mufakat.input.returnedSubject", input.constituency.name);
        Text body = Text.of("mufakat.input.returnedBody", input.constituency.name, input.round.title,
                form.reason());
        for (RoleGrant g : RoleGrant.focalPointsOf(input.constituency)) {
            if (g.account.enabled) {
                notifier.notify(new Recipient(g.account.id, g.account.displayName, g.account.email), subject, body,
                        "/rounds/" + input.round.id + "/inputs/" + input.constituency.code);
            }
        }
        return saved(input, "input.returned", "returned for revision");
    }

    /**
     * Stores a file sent with the input, after checking its size and its type by content. A zipped document that
     * unpacks to far more than it weighs (a decompression bomb) is refused as soon as that shows.
     */
    @Transactional
    public Attachment addAttachment(long roundId, String code, String fileName, Path file, boolean restricted) {
        NationalInput input = locate(roundId, code);
        checkEditable(input);
        Uploads.Document document = uploads.document(file, "file");
        ensureSaved(input);
        AttachmentContent content = new AttachmentContent();
        content.bytes = document.bytes();
        content.persist();
        Attachment a = new Attachment();
        a.input = input;
        a.content = content;
        a.fileName = document.type().safeName(fileName);
        a.contentType = document.type().contentType;
        a.sizeBytes = document.bytes().length;
        a.restricted = restricted;
        a.uploadedBy = user.username();
        a.uploadedAt = Instant.now();
        a.persist();
        audit.record(user.username(), "input.attachment-added", "NationalInput", input.auditId(),
                describe(a) + " (" + a.size() + ")");
        Aggregates.changed(input);
        return a;
    }

    /** Removes a file while the input is open. */
    @Transactional
    public void deleteAttachment(long roundId, String code, long attachmentId) {
        NationalInput input = locate(roundId, code);
        Attachment a = attachmentOf(input, attachmentId, InputAction.EDIT_INPUT);
        checkEditable(input);
        audit.record(user.username(), "input.attachment-deleted", "NationalInput", input.auditId(), describe(a));
        AttachmentContent content = a.content;
        a.delete();
        content.delete();
        Aggregates.changed(input);
    }

    // ---- offline copies -----------------------------------------------------------------------------------------

    /**
     * The input as a file to edit in a word processor (DOCX) or text editor (Markdown), for anyone who may read it.
     * It holds what {@link #view} shows this person: restricted statements and evidence only for those allowed.
     */
    public Download offlineCopy(long roundId, String code, boolean docx) {
        InputView view = view(roundId, code);
        String title = texts.get("mufakat.input.offline.title", view.constituency().name, view.round().title);
        OfflineKeywords words = OfflineKeywords.of(texts.locale());
        String instructions = texts.get("mufakat.input.offline.instructions",
                view.addressees().isEmpty() ? "" : view.addressees().get(0), words.to(), words.evidence(),
                words.restricted());
        String name = "input-" + view.constituency().code + "-round-" + view.round().id;
        return docx ? new Download(name + ".docx", FileType.DOCX.contentType,
                OfflineCopy.docx(view, title, instructions, words))
                : new Download(name + ".md", "text/markdown; charset=UTF-8",
                        OfflineCopy.markdown(view, title, instructions, words).getBytes(StandardCharsets.UTF_8));
    }

    /** What confirming an upload would do, with the input's version and latest revision as the editor saw them. */
    public record ImportPreview(InputView view, Plan plan, String proposal, Long version, Long revision) {
    }

    public record ImportResult(int added, int changed) {
    }

    /**
     * Reads an uploaded offline copy (DOCX or Markdown, told apart by content, at most 2 MB) and says what it would
     * add and change. Changes nothing. Focal points of the constituency, open input, collecting round. A DOCX that
     * unpacks to far more than it weighs, and a file of more than {@value OfflineImport#MAX_STATEMENTS} statements,
     * are refused while they are read, before anything is built from them.
     */
    public ImportPreview previewImport(long roundId, String code, Path file) {
        NationalInput input = locate(roundId, code);
        checkEditable(input);
        byte[] bytes = uploads.read(file, OfflineImport.MAX_BYTES, "offlineFile",
                "mufakat.input.offline.fileTooLarge");
        OfflineImport.Reading reading;
        try {
            OfflineImport.Format format = OfflineImport.detect(bytes).orElseThrow(
                    () -> FormInvalidException.field("offlineFile", texts.get("mufakat.input.offline.fileType")));
            reading = OfflineImport.read(bytes, format, input.round.themes,
                    input.round.addresseesFor(input.constituency), texts::get);
        } catch (IOException e) {
            throw FormInvalidException.field("offlineFile", texts.get("mufakat.input.offline.unreadable"));
        } catch (ZipGuard.Refused e) {
            throw FormInvalidException.field("offlineFile", texts.get("mufakat.input.offline.inflates"));
        } catch (OfflineImport.TooManyStatements e) {
            throw FormInvalidException.field("offlineFile", texts.get("mufakat.input.offline.tooMany",
                    OfflineImport.MAX_STATEMENTS));
        }
        return preview(input, reading.entries(), reading.problems());
    }

    /** The preview of a carried proposal against the input as it stands now, as after a conflict. */
    public ImportPreview previewProposal(long roundId, String code, String proposal) {
        NationalInput input = locate(roundId, code);
        checkEditable(input);
        return preview(input, entries(proposal), List.of());
    }

    /**
     * Adds and changes the statements of a confirmed preview, all or nothing. Focal points, open input, collecting
     * round; refused when the input or any statement was saved since the preview (its version and latest revision
     * differ) and when the proposal, checked again like a statement form, has problems. Never deletes a statement.
     * One revision and one audit event naming only numbers.
     */
    @Transactional
    public ImportResult importStatements(long roundId, String code, String proposal, Long version, Long revision) {
        NationalInput input = locate(roundId, code);
        checkEditable(input);
        List<Entry> entries = entries(proposal);
        if (input.isSaved()) {
            NationalInput.getEntityManager().lock(input, LockModeType.PESSIMISTIC_WRITE);
        }
        boolean stale = input.isSaved() && !Objects.equals(version, input.version);
        if (stale || !Objects.equals(latestRevision(input), revision)) {
            throw FormInvalidException.conflict(texts.get("mufakat.input.offline.conflict"));
        }
        Plan plan = plan(input, entries);
        if (!plan.problems().isEmpty()) {
            throw FormInvalidException.refused("offlineFile", texts.get("mufakat.input.offline.problemsLeft",
                    plan.problems().size()));
        }
        if (!plan.hasWork()) {
            throw FormInvalidException.refused("offlineFile", texts.get("mufakat.input.offline.nothing"));
        }
        ensureSaved(input);
        List<String> changed = new ArrayList<>();
        for (Item item : plan.changes()) {
            Statement s = item.old();
            String before = s.number();
            s.addressee = item.addressee();
            s.text = item.text();
            s.evidence = item.evidence();
            place(input, s, s.theme, item.restricted());
            changed.add(before.equals(s.number()) ? before : before + " -> " + s.number());
        }
        List<String> added = new ArrayList<>();
        for (Item item : plan.creates()) {
            added.add(append(input, item.theme(), item.addressee(), item.text(), item.evidence(), item.restricted())
                    .number());
        }
        saved(input, "input.statements-imported", "added " + (added.isEmpty() ? "none" : String.join(", ", added))
                + "; changed " + (changed.isEmpty() ? "none" : String.join(", ", changed)));
        return new ImportResult(added.size(), changed.size());
    }

    private ImportPreview preview(NationalInput input, List<Entry> entries, List<Problem> reading) {
        Plan plan = plan(input, entries);
        List<Problem> problems = Stream.concat(reading.stream(), plan.problems().stream()).toList();
        Plan all = new Plan(plan.creates(), plan.changes(), plan.unchanged(), problems, plan.entries());
        String proposal;
        try {
            proposal = json.writeValueAsString(plan.entries());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ImportPreview(view(input.round.id, input.constituency.code), all, proposal,
                input.isSaved() ? input.version : null, latestRevision(input));
    }

    private Plan plan(NationalInput input, List<Entry> entries) {
        List<Statement> statements = input.isSaved() ? Statement.listForInput(input) : List.of();
        return OfflineImport.plan(entries, statements, input.round.themes,
                input.round.addresseesFor(input.constituency),
                form -> Map.copyOf(FormErrors.of(validator.validate(form)).asMap()), texts::get);
    }

    /** The proposal a preview page carried; anything unreadable is refused, never guessed at. */
    private List<Entry> entries(String proposal) {
        try {
            List<Entry> entries = proposal == null ? null : json.readValue(proposal, new TypeReference<List<Entry>>() {
            });
            if (entries == null || entries.stream().anyMatch(Objects::isNull)) {
                throw FormInvalidException.refused("offlineFile", texts.get("mufakat.input.offline.proposalUnreadable"));
            }
            if (entries.size() > OfflineImport.MAX_STATEMENTS) {
                throw FormInvalidException.refused("offlineFile", texts.get("mufakat.input.offline.tooMany",
                        OfflineImport.MAX_STATEMENTS));
            }
            return entries;
        } catch (JsonProcessingException e) {
            throw FormInvalidException.refused("offlineFile", texts.get("mufakat.input.offline.proposalUnreadable"));
        }
    }

    private static Long latestRevision(NationalInput input) {
        InputRevision latest = input.isSaved() ? InputRevision.latest(input) : null;
        return latest == null ? null : latest.id;
    }

    // ---- rules --------------------------------------------------------------------------------------------------

    private void checkEditable(NationalInput input) {
        permissions.check(InputAction.EDIT_INPUT, input);
        checkCollecting(input);
        checkOpen(input);
    }

    private void checkCollecting(NationalInput input) {
        if (!input.round.status().acceptsInputs()) {
            throw FormInvalidException.refused("input", texts.get("mufakat.input.notCollecting"));
        }
    }

    private void checkOpen(NationalInput input) {
        if (!input.isOpen()) {
            throw FormInvalidException.refused("input", texts.get("mufakat.input.locked"));
        }
    }

    /**
     * The editor saw this version of the input; no version means it saw no saved input, so an input created
     * meanwhile counts as a change too (409).
     */
    private void checkVersion(NationalInput input, Long seen) {
        if (input.isSaved() && (seen == null || seen != input.version)) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
    }

    /** A statement of another constituency's input is refused (403, audited) before anything says it exists. */
    private Statement statementOf(NationalInput input, long statementId, Action action) {
        Statement s = Statement.findById(statementId);
        if (s == null) {
            throw new NotFoundException();
        }
        permissions.check(action, s);
        if (!s.input.id.equals(input.id) || !permissions.audience().sees(s)) {
            throw new NotFoundException();
        }
        return s;
    }

    private Attachment attachmentOf(NationalInput input, long attachmentId, Action action) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null) {
            throw new NotFoundException();
        }
        permissions.check(action, a);
        if (!a.input.id.equals(input.id) || !permissions.audience().sees(a)) {
            throw new NotFoundException();
        }
        return a;
    }

    private RoundTheme validate(NationalInput input, StatementForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        RoundTheme theme = form.theme() == null ? null : input.round.theme(form.theme()).orElse(null);
        if (form.theme() != null && theme == null) {
            errors.add("theme", texts.get("mufakat.input.chooseTheme"));
        }
        if (form.addressee() != null && !input.round.addresseesFor(input.constituency).contains(form.addressee())) {
            errors.add("addressee", texts.get("mufakat.input.chooseAddressee"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        return theme;
    }

    private void validateReason(ReasonForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
    }

    /** The bytes of an uploaded file; refused, naming the form field, when none was chosen or it is too large. */
    /** A new statement at the end of its theme's series. */
    private Statement append(NationalInput input, RoundTheme theme, String addressee, String text, String evidence,
            boolean restricted) {
        Statement s = new Statement();
        s.input = input;
        s.theme = theme;
        s.position = Statement.listForSeries(input, theme, restricted).size() + 1;
        s.addressee = addressee;
        s.text = text;
        s.evidence = evidence;
        s.restricted = restricted;
        s.createdAt = Instant.now();
        s.createdBy = user.username();
        s.persist();
        return s;
    }

    private void ensureSaved(NationalInput input) {
        if (!input.isSaved()) {
            input.state = InputState.DRAFTING;
            input.createdAt = Instant.now();
            input.persist();
            audit.record(user.username(), "input.started", "NationalInput", input.auditId(),
                    input.constituency.code + " in round " + input.round.id);
        }
    }

    /**
     * Puts a statement under a theme and in a series (restricted or not): a new place is the end of that series,
     * and the series it left closes up.
     */
    private static void place(NationalInput input, Statement s, RoundTheme theme, boolean restricted) {
        if (theme.id.equals(s.theme.id) && restricted == s.restricted) {
            return;
        }
        RoundTheme oldTheme = s.theme;
        boolean oldSeries = s.restricted;
        s.position = Statement.listForSeries(input, theme, restricted).size() + 1;
        s.theme = theme;
        s.restricted = restricted;
        renumber(input, oldTheme, oldSeries, s);
    }

    /** Closes the gap a statement left in its theme's series. */
    private static void renumber(NationalInput input, RoundTheme theme, boolean restricted, Statement gone) {
        int n = 1;
        for (Statement s : Statement.listForSeries(input, theme, restricted)) {
            if (s != gone) {
                s.position = n++;
            }
        }
    }

    /**
     * Writes the revision and the audit event of one save, and bumps the input's version: a change to a statement or
     * the record is a change to the input, so a submit carrying the version read before it is refused.
     */
    private NationalInput saved(NationalInput input, String action, String details) {
        Aggregates.changed(input);
        InputRevision.record(input, user.username(), action);
        audit.record(user.username(), action, "NationalInput", input.auditId(), details);
        return input;
    }

    /** A file as the audit trail names it: a restricted file's name may name a person, so only its id. */
    static String describe(Attachment a) {
        return a.restricted ? "restricted file #" + a.id : a.fileName;
    }

    static String describe(Statement s) {
        return s.number() + " to " + s.addressee + (s.restricted ? " (restricted)" : "");
    }

    private LocalDate date(String text, String field, FormErrors errors) {
        if (text == null || errors.has(field)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, texts.get("mufakat.input.date"));
            return null;
        }
    }

    private static Integer count(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
