package org.mufakat.export;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.export.ArchiveJson.Archive;
import org.mufakat.export.ArchiveJson.SessionRef;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSession;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.round.Round;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;
import org.mufakat.web.Unique;

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

    private static final Logger LOG = Logger.getLogger(RoundImport.class);

    /** The largest document accepted (413 beyond); the server refuses any body over 12 MB itself (max-body-size). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PROBLEMS = 50;
    static final Pattern TRACKING = Pattern.compile("MFK-(\\d{4})-(\\d{4,})");

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
        ImportCheck check = new ImportCheck(texts);
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
        Round round = write(a);
        RoundImportRecord record = new RoundImportRecord();
        record.sourceInstallation = a.installation();
        record.exportId = a.exportId();
        record.roundId = round.id;
        record.importedAt = Instant.now();
        record.importedBy = user.username();
        // The same export imported twice at once: one wins, the other's whole import rolls back as a conflict.
        Unique.persist(record, () -> FormInvalidException.conflict(texts.get("mufakat.import.concurrent")));
        audit.record(user.username(), "round.imported", "Round", round.id.toString(), "from installation "
                + a.installation() + ", export " + a.exportId() + ": " + counts);
        return new ImportReport(false, false, round.id, round.title, counts,
                texts.get("mufakat.import.imported", round.title, String.valueOf(round.id)));
    }

    /**
     * Writes the checked archive. What the check does not know (each column's length, say) the database refuses at
     * the flush: the transaction then rolls back whole and the importer gets a 400 (the log says which value).
     */
    private Round write(Archive a) {
        try {
            Round round = new ImportWriter(a, user, json).write();
            Round.getEntityManager().flush();
            return round;
        } catch (PersistenceException e) {
            LOG.infof("A round import was refused by the database: %s", e.getMessage());
            throw FormInvalidException.field("document", texts.get("mufakat.import.refused"));
        }
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

    static String forumKey(SessionRef s) {
        return (s.forumAcronym() == null ? s.forum() : s.forumAcronym()).toLowerCase(Locale.ROOT);
    }

    static Forum findForum(SessionRef s) {
        Forum f = s.forumAcronym() == null ? null : Forum.find("lower(acronym) = ?1",
                s.forumAcronym().toLowerCase(Locale.ROOT)).firstResult();
        return f != null ? f : Forum.find("lower(name) = ?1", s.forum().toLowerCase(Locale.ROOT)).firstResult();
    }

    static String key(String constituency, String statement) {
        return constituency.toUpperCase(Locale.ROOT) + " " + statement;
    }

}
