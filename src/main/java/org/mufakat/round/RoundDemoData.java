package org.mufakat.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;
import org.mufakat.forum.ForumSession;
import org.mufakat.network.Constituency;
import org.mufakat.web.Calendar;
import org.mufakat.web.FormErrors;
import org.mufakat.web.Texts;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * A demo round shaped like TF-AMW's yearly work: national consultations for the next AFML, collecting inputs, its
 * deadline just passed with one extension; last year's round, its inputs in and being harmonized; and a round still
 * being set up. Only in the embedded profile, once.
 */
@ApplicationScoped
public class RoundDemoData {

    public static final String TITLE = "National consultations for the 20th AFML";
    /** Last year's round, its inputs in and harmonized. */
    public static final String HARMONIZED_TITLE = "National consultations for the 19th AFML";
    static final List<String> THEMES = List.of("RF: Recruitment fees and agencies", "DW: Domestic workers",
            "UM: Undocumented migrants", "AJ: Access to justice", "SP: Social protection and health",
            "RR: Return and reintegration", "OW: Organising and wages", "DI: Documents and information");

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    Calendar calendar;
    @Inject
    AuditLog audit;
    @Inject
    Texts texts;

    @Transactional
    void load(@Observes @Priority(30) StartupEvent start) {
        if (!enabled || ConfigUtils.getProfiles().contains("prod") || Round.count() > 0
                || Constituency.count() == 0) {
            return;
        }
        LocalDate today = calendar.today();
        Round collecting = round(TITLE, "Gather each constituency's recommendations to the ASEAN Forum on Migrant"
                + " Labour and merge them into one civil-society proposal.", session("AFML", today), today.minusDays(2),
                today.plusDays(40));
        collecting.status = RoundStatus.COLLECTING;
        collecting.participant(Constituency.findByCode("KH").id).ifPresent(p -> {
            p.deadlineExtension = today.plusDays(10);
            p.extensionReason = "The national consultation in Phnom Penh was postponed after floods.";
        });
        transition(collecting, RoundStatus.SETUP, RoundStatus.COLLECTING, today);
        Round harmonized = round(HARMONIZED_TITLE, "The network's proposal to the 19th ASEAN Forum on Migrant Labour,"
                + " merged from the national consultations.", ForumSession.find("title", "19th AFML").firstResult(),
                today.minusDays(60), today.plusDays(14));
        harmonized.status = RoundStatus.HARMONIZING;
        transition(harmonized, RoundStatus.SETUP, RoundStatus.COLLECTING, today.minusDays(70));
        transition(harmonized, RoundStatus.COLLECTING, RoundStatus.HARMONIZING, today.minusDays(28));
        round("Inputs to the ACMW work plan 2028-2030", "Priorities of migrant workers' organisations for the ACMW's"
                + " next work plan.", null, today.plusDays(60), today.plusDays(120));
        int past = pastRounds(today);
        audit.record("system", "demo-data.loaded", "Round", null, "three demo rounds and " + past + " past ones");
    }

    /** The title of the round that prepared for an AFML session ("National consultations for the 9th AFML"). */
    public static String pastTitle(ForumSession session) {
        return "National consultations for the " + session.title;
    }

    /**
     * One closed round for every past AFML session since 2009, each taken through the whole life cycle in the months
     * before its session: the history the impact page and the lineage of carried recommendations tell.
     */
    private int pastRounds(LocalDate today) {
        List<ForumSession> sessions = ForumSession.<ForumSession>list("forum.acronym = ?1 and startsOn < ?2"
                + " order by startsOn", "AFML", today.minusMonths(6));
        int made = 0;
        for (ForumSession session : sessions) {
            if (Round.count("title", pastTitle(session)) > 0) {
                continue;
            }
            made++;
            LocalDate on = session.startsOn;
            Round r = round(pastTitle(session), "The network's proposal to the " + session.title + " in "
                    + session.venue + ", merged from the national consultations.", session, on.minusDays(100),
                    on.minusDays(45));
            r.createdAt = on.minusDays(160).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            RoundStatus[] path = RoundStatus.values();
            LocalDate[] days = {on.minusDays(150), on.minusDays(99), on.minusDays(80), on.minusDays(65),
                on.minusDays(50), on.minusDays(40), on.minusDays(25), on.plusDays(90)};
            for (int i = 0; i + 1 < path.length; i++) {
                RoundTransition t = new RoundTransition();
                t.round = r;
                t.fromStatus = path[i];
                t.toStatus = path[i + 1];
                t.actor = "convenor";
                t.occurredAt = days[i].atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                t.persist();
            }
            r.status = RoundStatus.CLOSED;
            r.statusChangedAt = days[days.length - 1].atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        return made;
    }

    private Round round(String title, String purpose, ForumSession session, LocalDate deadline, LocalDate endorse) {
        Round r = new Round();
        r.title = title;
        r.purpose = purpose;
        r.forumSession = session;
        r.inputDeadline = deadline;
        r.endorsementDeadline = endorse;
        r.createdAt = Instant.now();
        r.statusChangedAt = r.createdAt;
        r.createdBy = "convenor";
        r.setReviewStages(EnumSet.of(RoundStatus.MEMBER_REVIEW, RoundStatus.CALIBRATION));
        RoundForm form = new RoundForm(title, purpose, session == null ? null : session.id,
                String.join("\n", THEMES), String.join("\n", RoundSetup.DEFAULT_ADDRESSEES),
                Constituency.listAllByName().stream().map(c -> c.code).toList(), deadline.toString(),
                endorse.toString(), List.of("MEMBER_REVIEW", "CALIBRATION"), null);
        RoundSetup setup = RoundSetup.read(form, FormErrors.none(), texts);
        setup.applyTo(r, form);
        r.persist();
        return r;
    }

    private static ForumSession session(String acronym, LocalDate today) {
        return ForumSession.upcoming(today).stream().filter(s -> s.forum.acronym.equalsIgnoreCase(acronym))
                .findFirst().orElse(null);
    }

    /** A move made by the convenor 30 days before the given day. */
    private static void transition(Round r, RoundStatus from, RoundStatus to, LocalDate today) {
        RoundTransition t = new RoundTransition();
        t.round = r;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = "convenor";
        t.occurredAt = today.minusDays(30).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        t.persist();
    }
}
