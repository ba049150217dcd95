package org.mufakat.export;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.mufakat.forum.ForumSpace;
import org.mufakat.harmonize.Fate;
import org.mufakat.network.Constituency;
import org.mufakat.review.Stance;
import org.mufakat.round.InputState;
import org.mufakat.round.RoundStatus;
import org.mufakat.security.Audience;
import org.mufakat.submission.TrackingKind;
import org.mufakat.submission.UptakeLevel;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/**
 * The problems of a whole round archive, each under the path of its field ("inputs[0].statements[2].theme"): schema,
 * required fields, enum values, duplicates and references. At most {@value RoundImport#MAX_PROBLEMS} are listed.
 */
final class ImportCheck {

    private final Texts texts;

    ImportCheck(Texts texts) {
        this.texts = texts;
    }

    final FormErrors errors = FormErrors.none();
    int count;
    final Set<String> themes = new HashSet<>();
    final Set<String> participants = new HashSet<>();
    final Set<String> statements = new HashSet<>();
    final Set<String> recommendations = new HashSet<>();

    void problem(String path, String message) {
        count++;
        if (count <= RoundImport.MAX_PROBLEMS) {
            errors.add(path, message);
        } else if (count == RoundImport.MAX_PROBLEMS + 1) {
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
        boolean whole = present("inputs", a.inputs()) & present("recommendations", a.recommendations())
                & present("versions", a.versions()) & present("positions", a.positions())
                & present("comments", a.comments()) & present("submissions", a.submissions());
        if (!whole) {
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
                    && !statements.add(RoundImport.key(input.constituency(), s.number()))) {
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
                    && !statements.contains(RoundImport.key(s.constituency(), s.statement()))) {
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
