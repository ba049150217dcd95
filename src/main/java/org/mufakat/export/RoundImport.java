package org.mufakat.export;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.mufakat.audit.AuditLog;
import org.mufakat.export.ArchiveJson.Archive;
import org.mufakat.export.ArchiveJson.CommentPart;
import org.mufakat.export.ArchiveJson.EventPart;
import org.mufakat.export.ArchiveJson.InputPart;
import org.mufakat.export.ArchiveJson.ItemPart;
import org.mufakat.export.ArchiveJson.ParticipantPart;
import org.mufakat.export.ArchiveJson.PositionPart;
import org.mufakat.export.ArchiveJson.RecommendationPart;
import org.mufakat.export.ArchiveJson.SessionRef;
import org.mufakat.export.ArchiveJson.SourcePart;
import org.mufakat.export.ArchiveJson.StatementPart;
import org.mufakat.export.ArchiveJson.SubmissionPart;
import org.mufakat.export.ArchiveJson.ThemePart;
import org.mufakat.export.ArchiveJson.UptakePart;
import org.mufakat.export.ArchiveJson.VersionPart;
import org.mufakat.forum.CivilSocietyEntry;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.harmonize.Disposition;
import org.mufakat.harmonize.Fate;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.input.NationalInput;
import org.mufakat.input.Statement;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.review.Comment;
import org.mufakat.review.Finalization;
import org.mufakat.review.Position;
import org.mufakat.review.ProposalVersion;
import org.mufakat.review.SourceRef;
import org.mufakat.review.Stance;
import org.mufakat.review.VersionItem;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.round.RoundAddressee;
import org.mufakat.round.RoundParticipant;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.Audience;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.submission.Submission;
import org.mufakat.submission.TrackingEvent;
import org.mufakat.submission.TrackingKind;
import org.mufakat.submission.Uptake;
import org.mufakat.submission.UptakeLevel;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Importing a round exported as JSON ({@link RoundArchive}) by this or another installation, for the secretariat:
 * the whole document is checked first (schema, required fields, values, references) and a bad one is refused with
 * every problem listed and nothing written; a good one becomes a new round with everything in it, in one
 * transaction, and the same export (source installation and export id) imports only once. Constituencies are found
 * by code and created when missing; forums by acronym or name and their sessions by title, created when missing;
 * member organisations by name within their constituency, created when missing. No account is ever created:
 * comments are attributed to the importing account with the original author's name kept as the comment's author
 * name, and the names recorded on other records (who decided, sent, recorded) are kept as text. Imported
 * submissions keep their tracking number unless this installation has given it already, and are not published.
 * This is the one place that writes other features' records directly: it restores them as they were, which none
 * of their workflows (each guarding a live step of the life cycle) could do.
 */
@ApplicationScoped
public class RoundImport {

    /** The largest document accepted; the server refuses larger bodies before this (quarkus.http.limits). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PROBLEMS = 50;
    private static final Pattern TRACKING = Pattern.compile("MFK-(\\d{4})-(\\d{4,})");

    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    Texts texts;
    @Inject
    ObjectMapper json;

    /** Whether the current user may import rounds, for pages to offer the form. */
    public boolean mayImport() {
        return permissions.may(ImportAction.IMPORT_ROUND, Scoped.NETWORK);
    }

    /** The form is the secretariat's: 403 for anyone else. */
    public void checkMayImport() {
        permissions.check(ImportAction.IMPORT_ROUND, Scoped.NETWORK);
    }

    /**
     * Imports the document, or with {@code dryRun} only checks it and reports what would be created. Rules: only the
     * secretariat; nothing is written unless the whole document is valid (400 listing the problems); one export
     * imports once (the second time reports the round it became); 413 beyond {@link #MAX_BYTES}.
     */
    @Transactional
    public ImportReport importRound(byte[] body, boolean dryRun) {
        permissions.check(ImportAction.IMPORT_ROUND, Scoped.NETWORK);
        if (body == null || body.length == 0) {
            throw FormInvalidException.field("file", texts.get("mufakat.import.noFile"));
        }
        if (body.length > MAX_BYTES) {
            throw new WebApplicationException(texts.get("mufakat.import.tooLarge", MAX_BYTES / 1024 / 1024), 413);
        }
        Archive a = parse(body);
        Check check = new Check();
        check.archive(a);
        check.throwIfAny();
        RoundImportRecord before = RoundImportRecord.find(a.installation(), a.exportId());
        if (before != null) {
            Round round = Round.findById(before.roundId);
            return new ImportReport(dryRun, true, before.roundId, round == null ? null : round.title, Map.of(),
                    texts.get("mufakat.import.already", String.valueOf(before.roundId)));
        }
        Map<String, Integer> counts = plan(a);
        if (dryRun) {
            return new ImportReport(true, false, null, a.round().title(), counts,
                    texts.get("mufakat.import.checked"));
        }
        Round round = new Writer(a).write();
        RoundImportRecord record = new RoundImportRecord();
        record.sourceInstallation = a.installation();
        record.exportId = a.exportId();
        record.roundId = round.id;
        record.importedAt = Instant.now();
        record.importedBy = user.username();
        record.persist();
        audit.record(user.username(), "round.imported", "Round", round.id.toString(), "from installation "
                + a.installation() + ", export " + a.exportId() + ": " + counts);
        return new ImportReport(false, false, round.id, round.title, counts,
                texts.get("mufakat.import.imported", round.title, String.valueOf(round.id)));
    }

    private Archive parse(byte[] body) {
        try {
            return json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                    .readValue(body, Archive.class);
        } catch (JsonProcessingException e) {
            throw FormInvalidException.field("document", texts.get("mufakat.import.notJson",
                    e.getOriginalMessage() == null ? "" : shorten(e.getOriginalMessage())));
        } catch (IOException e) {
            throw FormInvalidException.field("document", texts.get("mufakat.import.notJson", ""));
        }
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Counts per kind of what the import creates, looking up what exists already. */
    private static Map<String, Integer> plan(Archive a) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("constituencies", (int) a.round().participants().stream()
                .filter(p -> Constituency.findByCode(p.constituency().toUpperCase(Locale.ROOT)) == null).count());
        Set<String> forums = new HashSet<>();
        Set<String> sessions = new HashSet<>();
        for (SessionRef s : sessions(a)) {
            Forum f = findForum(s);
            if (f == null) {
                forums.add(forumKey(s));
            }
            if (f == null || ForumSession.findByTitle(f, s.title()) == null) {
                sessions.add(forumKey(s) + "\n" + s.title());
            }
        }
        c.put("forums", forums.size());
        c.put("forumSessions", sessions.size());
        c.put("organisations", (int) a.positions().stream().filter(p -> p.organisation() != null)
                .map(p -> p.constituency().toUpperCase(Locale.ROOT) + "\n" + p.organisation()).distinct()
                .filter(key -> {
                    Constituency k = Constituency.findByCode(key.substring(0, key.indexOf('\n')));
                    return k == null || MemberOrganisation.findByName(k, key.substring(key.indexOf('\n') + 1)) == null;
                }).count());
        c.put("rounds", 1);
        c.put("themes", a.round().themes().size());
        c.put("inputs", a.inputs().size());
        c.put("statements", a.inputs().stream().mapToInt(i -> i.statements().size()).sum());
        c.put("dispositions", (int) a.inputs().stream().flatMap(i -> i.statements().stream())
                .filter(s -> s.disposition() != null).count());
        c.put("recommendations", a.recommendations().size());
        c.put("versions", a.versions().size());
        c.put("versionItems", a.versions().stream().mapToInt(v -> v.items().size()).sum());
        c.put("positions", a.positions().size());
        c.put("comments", a.comments().size());
        c.put("submissions", a.submissions().size());
        c.put("events", a.submissions().stream().mapToInt(s -> s.events().size()).sum());
        c.put("uptake", a.submissions().stream().mapToInt(s -> s.uptake().size()).sum());
        return c;
    }

    private static List<SessionRef> sessions(Archive a) {
        List<SessionRef> all = new ArrayList<>();
        if (a.round().forumSession() != null) {
            all.add(a.round().forumSession());
        }
        a.submissions().forEach(s -> all.add(s.forumSession()));
        return all;
    }

    private static String forumKey(SessionRef s) {
        return (s.forumAcronym() == null ? s.forum() : s.forumAcronym()).toLowerCase(Locale.ROOT);
    }

    private static Forum findForum(SessionRef s) {
        Forum f = s.forumAcronym() == null ? null : Forum.find("lower(acronym) = ?1",
                s.forumAcronym().toLowerCase(Locale.ROOT)).firstResult();
        return f != null ? f : Forum.find("lower(name) = ?1", s.forum().toLowerCase(Locale.ROOT)).firstResult();
    }

    /** The whole document's problems, each under the path of the field ("inputs[0].statements[2].theme"). */
    private final class Check {
        final FormErrors errors = FormErrors.none();
        int count;
        final Set<String> themes = new HashSet<>();
        final Set<String> participants = new HashSet<>();
        final Set<String> statements = new HashSet<>();
        final Set<String> recommendations = new HashSet<>();

        void problem(String path, String message) {
            count++;
            if (count <= MAX_PROBLEMS) {
                errors.add(path, message);
            } else if (count == MAX_PROBLEMS + 1) {
                errors.add("more", texts.get("mufakat.import.tooMany"));
            }
        }

        boolean present(String path, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                problem(path, texts.get("mufakat.import.required"));
                return false;
            }
            return true;
        }

        <E extends Enum<E>> void oneOf(String path, String value, Class<E> type) {
            if (present(path, value) && Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(value))) {
                problem(path, texts.get("mufakat.import.oneOf", Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", "))));
            }
        }

        void reference(String path, String value, Set<String> known) {
            if (present(path, value) && !known.contains(value)) {
                problem(path, texts.get("mufakat.import.unknownReference", value));
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new FormInvalidException(errors);
            }
        }

        void archive(Archive a) {
            if (!ArchiveJson.SCHEMA.equals(a.schema())) {
                problem("schema", texts.get("mufakat.import.schema", ArchiveJson.SCHEMA));
                return;
            }
            present("installation", a.installation());
            present("exportId", a.exportId());
            if (!present("round", a.round())) {
                return;
            }
            round(a);
            list("inputs", a.inputs());
            list("recommendations", a.recommendations());
            list("versions", a.versions());
            list("positions", a.positions());
            list("comments", a.comments());
            list("submissions", a.submissions());
            if (count > 0) {
                return;
            }
            for (int i = 0; i < a.inputs().size(); i++) {
                input("inputs[" + i + "]", a.inputs().get(i));
            }
            for (int i = 0; i < a.recommendations().size(); i++) {
                RecommendationPart r = a.recommendations().get(i);
                String path = "recommendations[" + i + "]";
                if (present(path + ".number", r.number()) && !recommendations.add(r.number())) {
                    problem(path + ".number", texts.get("mufakat.import.twice", r.number()));
                }
                reference(path + ".theme", r.theme(), themes);
                present(path + ".addressee", r.addressee());
                present(path + ".text", r.text() == null ? r.unvarnishedText() : r.text());
                sources(path + ".sources", r.sources());
            }
            for (int i = 0; i < a.inputs().size(); i++) {
                List<StatementPart> ss = a.inputs().get(i).statements();
                for (int j = 0; ss != null && j < ss.size(); j++) {
                    var d = ss.get(j).disposition();
                    String path = "inputs[" + i + "].statements[" + j + "].disposition";
                    if (d != null) {
                        oneOf(path + ".fate", d.fate(), Fate.class);
                        if (d.recommendation() != null) {
                            reference(path + ".recommendation", d.recommendation(), recommendations);
                        }
                    }
                }
            }
            Set<Integer> versions = new HashSet<>();
            for (int i = 0; i < a.versions().size(); i++) {
                VersionPart v = a.versions().get(i);
                String path = "versions[" + i + "]";
                if (!versions.add(v.number())) {
                    problem(path + ".number", texts.get("mufakat.import.twice", String.valueOf(v.number())));
                }
                present(path + ".label", v.label());
                oneOf(path + ".stage", v.stage(), RoundStatus.class);
                present(path + ".checksum", v.checksum());
                if (present(path + ".items", v.items())) {
                    for (int j = 0; j < v.items().size(); j++) {
                        ItemPart item = v.items().get(j);
                        String ip = path + ".items[" + j + "]";
                        if (item.recommendation() != null) {
                            reference(ip + ".recommendation", item.recommendation(), recommendations);
                        }
                        present(ip + ".number", item.number());
                        present(ip + ".themeCode", item.themeCode());
                        present(ip + ".addressee", item.addressee());
                        present(ip + ".text", item.text() == null ? item.unvarnishedText() : item.text());
                        sources(ip + ".sources", item.sources());
                    }
                }
            }
            Set<String> slots = new HashSet<>();
            for (int i = 0; i < a.positions().size(); i++) {
                PositionPart p = a.positions().get(i);
                String path = "positions[" + i + "]";
                if (p.recommendation() != null) {
                    reference(path + ".recommendation", p.recommendation(), recommendations);
                }
                participant(path + ".constituency", p.constituency());
                oneOf(path + ".stance", p.stance(), Stance.class);
                if (!slots.add(p.recommendation() + "|" + p.constituency() + "|" + p.organisation())) {
                    problem(path, texts.get("mufakat.import.twice", path));
                }
            }
            Set<Integer> refs = new HashSet<>();
            for (int i = 0; i < a.comments().size(); i++) {
                CommentPart c = a.comments().get(i);
                String path = "comments[" + i + "]";
                reference(path + ".recommendation", c.recommendation(), recommendations);
                present(path + ".body", c.body());
                present(path + ".createdAt", c.createdAt());
                if (c.parent() != null && !refs.contains(c.parent())) {
                    problem(path + ".parent", texts.get("mufakat.import.unknownReference", c.parent()));
                }
                if (!refs.add(c.ref())) {
                    problem(path + ".ref", texts.get("mufakat.import.twice", String.valueOf(c.ref())));
                }
            }
            if (a.finalization() != null) {
                present("finalization.occurredAt", a.finalization().occurredAt());
            }
            for (int i = 0; i < a.submissions().size(); i++) {
                submission("submissions[" + i + "]", a.submissions().get(i));
            }
        }

        private void list(String path, List<?> items) {
            present(path, items);
        }

        private void round(Archive a) {
            var r = a.round();
            present("round.title", r.title());
            oneOf("round.status", r.status(), RoundStatus.class);
            if (r.reviewStages() != null) {
                for (int i = 0; i < r.reviewStages().size(); i++) {
                    oneOf("round.reviewStages[" + i + "]", r.reviewStages().get(i), RoundStatus.class);
                }
            }
            present("round.inputDeadline", r.inputDeadline());
            if (r.forumSession() != null) {
                session("round.forumSession", r.forumSession());
            }
            if (present("round.themes", r.themes())) {
                for (int i = 0; i < r.themes().size(); i++) {
                    ThemePart t = r.themes().get(i);
                    if (present("round.themes[" + i + "].code", t.code()) && !themes.add(t.code())) {
                        problem("round.themes[" + i + "].code", texts.get("mufakat.import.twice", t.code()));
                    }
                    present("round.themes[" + i + "].title", t.title());
                }
            }
            present("round.addressees", r.addressees());
            if (present("round.participants", r.participants())) {
                for (int i = 0; i < r.participants().size(); i++) {
                    ParticipantPart p = r.participants().get(i);
                    String path = "round.participants[" + i + "]";
                    if (!present(path + ".constituency", p.constituency())) {
                        continue;
                    }
                    String code = p.constituency().toUpperCase(Locale.ROOT);
                    if (!participants.add(code)) {
                        problem(path + ".constituency", texts.get("mufakat.import.twice", code));
                    } else if (Constituency.findByCode(code) == null && (p.name() == null || p.name().isBlank()
                            || p.country() == null || p.country().isBlank())) {
                        problem(path, texts.get("mufakat.import.unknownConstituency", code));
                    }
                }
            }
        }

        private void session(String path, SessionRef s) {
            present(path + ".forum", s.forum());
            present(path + ".title", s.title());
            present(path + ".startsOn", s.startsOn());
            if (s.forumSpace() != null) {
                oneOf(path + ".forumSpace", s.forumSpace(), ForumSpace.class);
            }
        }

        private void participant(String path, String code) {
            if (present(path, code) && !participants.contains(code.toUpperCase(Locale.ROOT))) {
                problem(path, texts.get("mufakat.import.notParticipant", code));
            }
        }

        private void input(String path, InputPart input) {
            participant(path + ".constituency", input.constituency());
            oneOf(path + ".state", input.state(), InputState.class);
            present(path + ".createdAt", input.createdAt());
            if (!present(path + ".statements", input.statements())) {
                return;
            }
            for (int j = 0; j < input.statements().size(); j++) {
                StatementPart s = input.statements().get(j);
                String sp = path + ".statements[" + j + "]";
                reference(sp + ".theme", s.theme(), themes);
                present(sp + ".addressee", s.addressee());
                present(sp + ".text", s.text());
                present(sp + ".createdAt", s.createdAt());
                if (present(sp + ".number", s.number()) && input.constituency() != null
                        && !statements.add(key(input.constituency(), s.number()))) {
                    problem(sp + ".number", texts.get("mufakat.import.twice", s.number()));
                }
            }
        }

        private void sources(String path, List<SourcePart> sources) {
            if (sources == null) {
                return;
            }
            for (int k = 0; k < sources.size(); k++) {
                SourcePart s = sources.get(k);
                if (present(path + "[" + k + "].constituency", s.constituency())
                        && present(path + "[" + k + "].statement", s.statement())
                        && !statements.contains(key(s.constituency(), s.statement()))) {
                    problem(path + "[" + k + "]", texts.get("mufakat.import.unknownReference",
                            s.constituency() + " " + s.statement()));
                }
            }
        }

        private void submission(String path, SubmissionPart s) {
            present(path + ".trackingNumber", s.trackingNumber());
            if (present(path + ".forumSession", s.forumSession())) {
                session(path + ".forumSession", s.forumSession());
            }
            oneOf(path + ".register", s.register(), Audience.Register.class);
            present(path + ".recipients", s.recipients());
            present(path + ".text", s.text());
            present(path + ".sha256", s.sha256());
            present(path + ".sentAt", s.sentAt());
            if (present(path + ".events", s.events())) {
                for (int j = 0; j < s.events().size(); j++) {
                    EventPart e = s.events().get(j);
                    oneOf(path + ".events[" + j + "].kind", e.kind(), TrackingKind.class);
                    present(path + ".events[" + j + "].occurredOn", e.occurredOn());
                }
            }
            if (present(path + ".uptake", s.uptake())) {
                Set<String> seen = new HashSet<>();
                for (int j = 0; j < s.uptake().size(); j++) {
                    UptakePart u = s.uptake().get(j);
                    reference(path + ".uptake[" + j + "].recommendation", u.recommendation(), recommendations);
                    oneOf(path + ".uptake[" + j + "].level", u.level(), UptakeLevel.class);
                    if (u.recommendation() != null && !seen.add(u.recommendation())) {
                        problem(path + ".uptake[" + j + "]", texts.get("mufakat.import.twice", u.recommendation()));
                    }
                }
            }
        }
    }

    private static String key(String constituency, String statement) {
        return constituency.toUpperCase(Locale.ROOT) + " " + statement;
    }

    /** Creates the round and everything in it from a checked document; runs inside the import's transaction. */
    private final class Writer {
        final Archive a;
        final Instant now = Instant.now();
        final String me = user.username();
        final Map<String, Constituency> constituencies = new HashMap<>();
        final Map<String, RoundTheme> themes = new HashMap<>();
        final Map<String, Statement> statements = new HashMap<>();
        final Map<String, Recommendation> recommendations = new HashMap<>();
        final Map<String, ForumSession> sessions = new HashMap<>();
        Round round;

        Writer(Archive a) {
            this.a = a;
        }

        String who(String name) {
            return name == null || name.isBlank() ? me : name.length() > 60 ? name.substring(0, 60) : name;
        }

        Round write() {
            var r = a.round();
            for (ParticipantPart p : r.participants()) {
                constituencies.put(p.constituency().toUpperCase(Locale.ROOT), constituency(p));
            }
            round = new Round();
            round.title = r.title();
            round.purpose = r.purpose();
            round.forumSession = r.forumSession() == null ? null : session(r.forumSession());
            round.inputDeadline = r.inputDeadline();
            round.endorsementDeadline = r.endorsementDeadline();
            round.publicAttribution = r.publicAttribution();
            round.createdAt = r.createdAt() == null ? now : r.createdAt();
            round.createdBy = who(r.createdBy());
            round.statusChangedAt = now;
            Set<RoundStatus> stages = EnumSet.noneOf(RoundStatus.class);
            if (r.reviewStages() != null) {
                r.reviewStages().forEach(s -> stages.add(RoundStatus.valueOf(s)));
            }
            round.restore(RoundStatus.valueOf(r.status()), stages);
            for (int i = 0; i < r.themes().size(); i++) {
                RoundTheme t = new RoundTheme();
                t.round = round;
                t.position = i + 1;
                t.code = r.themes().get(i).code();
                t.title = r.themes().get(i).title();
                round.themes.add(t);
                themes.put(t.code, t);
            }
            for (int i = 0; i < r.addressees().size(); i++) {
                RoundAddressee ad = new RoundAddressee();
                ad.round = round;
                ad.position = i + 1;
                ad.name = r.addressees().get(i);
                round.addressees.add(ad);
            }
            for (ParticipantPart p : r.participants()) {
                RoundParticipant rp = new RoundParticipant();
                rp.round = round;
                rp.constituency = constituencies.get(p.constituency().toUpperCase(Locale.ROOT));
                rp.deadlineExtension = p.deadlineExtension();
                rp.extensionReason = p.extensionReason();
                round.participants.add(rp);
            }
            round.persist();
            a.inputs().forEach(this::input);
            a.recommendations().forEach(this::recommendation);
            for (InputPart i : a.inputs()) {
                for (StatementPart s : i.statements()) {
                    if (s.disposition() != null) {
                        disposition(statements.get(key(i.constituency(), s.number())), s);
                    }
                }
            }
            a.versions().forEach(this::version);
            a.positions().forEach(this::position);
            comments();
            if (a.finalization() != null) {
                Finalization f = new Finalization();
                f.round = round;
                f.actor = who(a.finalization().actor());
                f.occurredAt = a.finalization().occurredAt();
                f.overrideReason = a.finalization().overrideReason();
                f.overridden = a.finalization().overridden();
                f.persist();
            }
            a.submissions().forEach(this::submission);
            return round;
        }

        Constituency constituency(ParticipantPart p) {
            String code = p.constituency().toUpperCase(Locale.ROOT);
            Constituency c = Constituency.findByCode(code);
            if (c == null) {
                c = new Constituency();
                c.code = code;
                c.name = p.name();
                c.country = p.country();
                c.createdAt = now;
                c.persist();
            }
            return c;
        }

        ForumSession session(SessionRef s) {
            String key = forumKey(s) + "\n" + s.title();
            ForumSession found = sessions.get(key);
            if (found != null) {
                return found;
            }
            Forum f = findForum(s);
            if (f == null) {
                f = new Forum();
                f.name = s.forum();
                f.acronym = s.forumAcronym() == null ? s.forum() : s.forumAcronym();
                f.space = s.forumSpace() == null ? ForumSpace.SANCTIONED : ForumSpace.valueOf(s.forumSpace());
                f.entry = CivilSocietyEntry.INVITATION;
                f.createdAt = now;
                f.persist();
            }
            found = ForumSession.findByTitle(f, s.title());
            if (found == null) {
                found = new ForumSession();
                found.forum = f;
                found.title = s.title();
                found.startsOn = s.startsOn();
                found.endsOn = s.endsOn();
                found.venue = s.venue();
                found.host = s.host();
                found.createdAt = now;
                found.persist();
            }
            sessions.put(key, found);
            return found;
        }

        void input(InputPart p) {
            NationalInput i = new NationalInput();
            i.round = round;
            i.constituency = constituencies.get(p.constituency().toUpperCase(Locale.ROOT));
            i.state = InputState.valueOf(p.state());
            i.startedOn = p.startedOn();
            i.endedOn = p.endedOn();
            i.venue = p.venue();
            i.organisers = p.organisers();
            i.participantsTotal = p.participantsTotal();
            i.participantsWomen = p.participantsWomen();
            i.participantsMen = p.participantsMen();
            i.participantsOther = p.participantsOther();
            i.sectors = p.sectors();
            i.preamble = p.preamble();
            i.createdAt = p.createdAt();
            i.submittedAt = p.submittedAt();
            i.submittedBy = p.submittedAt() == null ? null : who(p.submittedBy());
            i.returnReason = p.returnReason();
            i.nilReason = p.nilReason();
            i.persist();
            for (StatementPart sp : p.statements()) {
                Statement s = new Statement();
                s.input = i;
                s.theme = themes.get(sp.theme());
                s.position = sp.position();
                s.addressee = sp.addressee();
                s.text = sp.text();
                s.evidence = sp.evidence();
                s.restricted = sp.restricted();
                s.createdAt = sp.createdAt();
                s.createdBy = who(sp.createdBy());
                s.persist();
                statements.put(key(p.constituency(), sp.number()), s);
            }
        }

        void recommendation(RecommendationPart p) {
            Recommendation r = new Recommendation();
            r.round = round;
            r.theme = themes.get(p.theme());
            r.position = p.position();
            r.addressee = p.addressee();
            r.text = p.text() == null ? p.unvarnishedText() : p.text();
            r.unvarnishedText = p.unvarnishedText();
            if (p.sources() != null) {
                p.sources().forEach(s -> r.sources.add(statements.get(key(s.constituency(), s.statement()))));
            }
            r.createdAt = p.createdAt() == null ? now : p.createdAt();
            r.createdBy = who(p.createdBy());
            r.updatedAt = p.updatedAt() == null ? r.createdAt : p.updatedAt();
            r.updatedBy = who(p.updatedBy());
            r.persist();
            recommendations.put(p.number(), r);
        }

        void disposition(Statement s, StatementPart p) {
            var d = p.disposition();
            Disposition disposition = new Disposition();
            disposition.statement = s;
            disposition.fate = Fate.valueOf(d.fate());
            disposition.rationale = d.rationale();
            disposition.recommendation = d.recommendation() == null ? null : recommendations.get(d.recommendation());
            disposition.automatic = d.automatic();
            disposition.decidedAt = d.decidedAt() == null ? now : d.decidedAt();
            disposition.decidedBy = who(d.decidedBy());
            disposition.persist();
        }

        void version(VersionPart p) {
            ProposalVersion v = new ProposalVersion();
            v.round = round;
            v.number = p.number();
            v.label = p.label();
            v.stage = RoundStatus.valueOf(p.stage());
            v.automatic = p.automatic();
            v.recommendationCount = p.recommendationCount();
            v.checksum = p.checksum();
            v.createdAt = p.createdAt() == null ? now : p.createdAt();
            v.createdBy = who(p.createdBy());
            v.persist();
            for (ItemPart ip : p.items()) {
                VersionItem item = new VersionItem();
                item.version = v;
                item.ordinal = ip.ordinal();
                Recommendation r = ip.recommendation() == null ? null : recommendations.get(ip.recommendation());
                item.recommendationId = r == null ? 0 : r.id;
                item.themeCode = ip.themeCode();
                item.themeTitle = ip.themeTitle() == null ? ip.themeCode() : ip.themeTitle();
                item.number = ip.number();
                item.addressee = ip.addressee();
                item.text = ip.text() == null ? ip.unvarnishedText() : ip.text();
                item.unvarnishedText = ip.unvarnishedText();
                List<SourceRef> refs = new ArrayList<>();
                if (ip.sources() != null) {
                    for (SourcePart s : ip.sources()) {
                        Statement st = statements.get(key(s.constituency(), s.statement()));
                        refs.add(new SourceRef(st.id, st.input.constituency.id, st.input.constituency.code,
                                st.number(), st.restricted));
                    }
                }
                try {
                    item.sources = json.writeValueAsString(refs);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                item.persist();
            }
        }

        void position(PositionPart p) {
            Constituency c = constituencies.get(p.constituency().toUpperCase(Locale.ROOT));
            MemberOrganisation o = null;
            if (p.organisation() != null) {
                o = MemberOrganisation.findByName(c, p.organisation());
                if (o == null) {
                    o = new MemberOrganisation();
                    o.constituency = c;
                    o.name = p.organisation();
                    o.createdAt = now;
                    o.persist();
                }
            }
            Position position = Position.restored(round, p.recommendation() == null ? null
                    : recommendations.get(p.recommendation()), c, o);
            position.stance = Stance.valueOf(p.stance());
            position.note = p.note();
            position.takenBy = who(p.takenBy());
            position.takenAt = p.takenAt() == null ? now : p.takenAt();
            position.persist();
        }

        void comments() {
            Map<Integer, Comment> byRef = new HashMap<>();
            for (CommentPart p : a.comments()) {
                Comment c = new Comment();
                c.round = round;
                c.recommendation = recommendations.get(p.recommendation());
                c.parent = p.parent() == null ? null : byRef.get(p.parent());
                c.quote = p.quote();
                c.body = p.body();
                c.authorId = user.accountId();
                c.authorName = p.author() == null || p.author().isBlank() ? user.displayName() : p.author();
                c.createdAt = p.createdAt();
                c.resolvedAt = p.resolvedAt();
                c.resolvedBy = p.resolvedAt() == null ? null : who(p.resolvedBy());
                c.persist();
                byRef.put(p.ref(), c);
            }
        }

        void submission(SubmissionPart p) {
            Submission s = new Submission();
            s.round = round;
            s.forumSession = session(p.forumSession());
            s.proposalVersion = p.proposalVersion();
            s.register = Audience.Register.valueOf(p.register());
            s.attribution = p.attribution();
            s.coverLetter = p.coverLetter();
            s.recipients = p.recipients();
            s.text = p.text();
            s.sha256 = p.sha256();
            tracking(s, p.trackingNumber(), p.sentAt());
            s.idempotencyKey = "import-" + UUID.randomUUID();
            s.sentAt = p.sentAt();
            s.sentBy = who(p.sentBy());
            s.published = false;
            s.persist();
            for (EventPart e : p.events()) {
                TrackingEvent t = new TrackingEvent();
                t.submission = s;
                t.kind = TrackingKind.valueOf(e.kind());
                t.occurredOn = e.occurredOn();
                t.note = e.note();
                t.link = e.link();
                t.recordedAt = e.recordedAt() == null ? now : e.recordedAt();
                t.recordedBy = who(e.recordedBy());
                t.persist();
            }
            for (UptakePart u : p.uptake()) {
                Uptake up = new Uptake();
                up.submission = s;
                up.recommendation = recommendations.get(u.recommendation());
                up.level = UptakeLevel.valueOf(u.level());
                up.officialText = u.officialText();
                up.reference = u.reference();
                up.recordedAt = u.recordedAt() == null ? now : u.recordedAt();
                up.recordedBy = who(u.recordedBy());
                up.persist();
            }
        }

        /** The exported tracking number when this installation has not given it; else the year's next one. */
        void tracking(Submission s, String number, Instant sentAt) {
            Matcher m = TRACKING.matcher(number);
            boolean free = Submission.count("trackingNumber", number) == 0;
            if (m.matches() && free) {
                s.trackingYear = Integer.parseInt(m.group(1));
                s.trackingSequence = Integer.parseInt(m.group(2));
                if (Submission.count("trackingYear = ?1 and trackingSequence = ?2", s.trackingYear,
                        s.trackingSequence) == 0) {
                    s.trackingNumber = number;
                    return;
                }
            }
            s.trackingYear = m.matches() ? Integer.parseInt(m.group(1)) : sentAt.atZone(ZoneOffset.UTC).getYear();
            Integer max = Submission.getEntityManager().createQuery("select max(s.trackingSequence) from Submission s"
                    + " where s.trackingYear = ?1", Integer.class).setParameter(1, s.trackingYear).getSingleResult();
            s.trackingSequence = max == null ? 1 : max + 1;
            s.trackingNumber = String.format("MFK-%d-%04d", s.trackingYear, s.trackingSequence);
        }
    }
}
