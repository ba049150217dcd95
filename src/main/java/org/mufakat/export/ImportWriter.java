package org.mufakat.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;

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
import org.mufakat.submission.Submission;
import org.mufakat.submission.TrackingEvent;
import org.mufakat.submission.TrackingKind;
import org.mufakat.submission.Uptake;
import org.mufakat.submission.UptakeLevel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates a round and everything in it from a checked archive, inside the import's transaction: constituencies,
 * forums, sessions and member organisations found or created, the rest created as exported (see {@link RoundImport}).
 */
final class ImportWriter {
    final Archive a;
    final CurrentUser user;
    final ObjectMapper json;
    final Instant now = Instant.now();
    final String me;
    final Map<String, Constituency> constituencies = new HashMap<>();
    final Map<String, RoundTheme> themes = new HashMap<>();
    final Map<String, Statement> statements = new HashMap<>();
    final Map<String, Recommendation> recommendations = new HashMap<>();
    final Map<String, ForumSession> sessions = new HashMap<>();
    Round round;

    ImportWriter(Archive a, CurrentUser user, ObjectMapper json) {
        this.a = a;
        this.user = user;
        this.json = json;
        this.me = user.username();
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
                    disposition(statements.get(RoundImport.key(i.constituency(), s.number())), s);
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
        String key = RoundImport.forumKey(s) + "\n" + s.title();
        ForumSession found = sessions.get(key);
        if (found != null) {
            return found;
        }
        Forum f = RoundImport.findForum(s);
        if (f == null) {
            f = new Forum();
            f.name = s.forum();
            String acronym = s.forumAcronym() == null ? s.forum() : s.forumAcronym();
            f.acronym = acronym.length() > 40 ? acronym.substring(0, 40) : acronym;
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
            statements.put(RoundImport.key(p.constituency(), sp.number()), s);
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
            p.sources().forEach(s -> r.sources.add(statements.get(RoundImport.key(s.constituency(), s.statement()))));
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
                    Statement st = statements.get(RoundImport.key(s.constituency(), s.statement()));
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
        Matcher m = RoundImport.TRACKING.matcher(number);
        if (m.matches() && Submission.count("trackingNumber", number) == 0) {
            s.trackingYear = Integer.parseInt(m.group(1));
            s.trackingSequence = Integer.parseInt(m.group(2));
            if (Submission.count("trackingYear = ?1 and trackingSequence = ?2", s.trackingYear,
                    s.trackingSequence) == 0) {
                s.trackingNumber = number;
                return;
            }
        }
        s.trackingYear = m.matches() ? Integer.parseInt(m.group(1)) : sentAt.atZone(ZoneOffset.UTC).getYear();
        s.trackingSequence = Submission.nextSequence(s.trackingYear);
        s.trackingNumber = Submission.trackingNumber(s.trackingYear, s.trackingSequence);
    }
}
