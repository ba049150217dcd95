package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSession;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The network's engagement at the demo's past forum sessions and a few allies met there (people made up for the
 * demo), loaded like the other demo data: only when {@code mufakat.demo-data} is true, never in production, and only
 * when neither engagement nor allies are recorded.
 */
@ApplicationScoped
public class AllyDemoData {

    private static final Logger LOG = Logger.getLogger(AllyDemoData.class);
    private static final String WHO = "secretariat";

    /**
     * Seats asked for and granted at the other past AFML sessions, per year: the network was not invited at first,
     * then given more seats as the years went by.
     */
    static final java.util.Map<Integer, int[]> SEATS = java.util.Map.ofEntries(java.util.Map.entry(2009,
            new int[] {4, 0}), java.util.Map.entry(2010, new int[] {4, 1}), java.util.Map.entry(2011, new int[] {5, 2}),
            java.util.Map.entry(2012, new int[] {5, 2}), java.util.Map.entry(2013, new int[] {6, 2}),
            java.util.Map.entry(2014, new int[] {6, 3}), java.util.Map.entry(2018, new int[] {8, 6}),
            java.util.Map.entry(2019, new int[] {8, 6}), java.util.Map.entry(2020, new int[] {10, 10}),
            java.util.Map.entry(2021, new int[] {10, 8}), java.util.Map.entry(2022, new int[] {8, 6}),
            java.util.Map.entry(2023, new int[] {8, 7}), java.util.Map.entry(2024, new int[] {8, 8}),
            java.util.Map.entry(2025, new int[] {10, 8}));

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(75) StartupEvent start) {
        if (!enabled || ConfigUtils.getProfiles().contains("prod") || Engagement.count() > 0 || Ally.count() > 0) {
            return;
        }
        ForumSession afml8 = session("AFML", "8th AFML");
        ForumSession afml9 = session("AFML", "9th AFML");
        ForumSession afml10 = session("AFML", "10th AFML");
        ForumSession acsc = session("ACSC/APF", "ACSC/APF 2015");
        if (afml8 == null || afml9 == null || afml10 == null || acsc == null) {
            return;
        }
        Engagement e8 = engagement(afml8, Invitation.YES, 6, 3,
                "Seats shared with the regional trade unions; the host ministry invited us late.");
        delegate(e8, "Aisyah Rahman", "Tenaganita", true);
        delegate(e8, "Rizky Pratama", "Migrant CARE", false);
        delegate(e8, "Maria Santos", "Center for Migrant Advocacy", true);
        Engagement e9 = engagement(afml9, Invitation.YES, 6, 4, null);
        delegate(e9, "Somchai Phonsavanh", "Village Focus International", true);
        delegate(e9, "Rizky Pratama", "Migrant CARE", true);
        delegate(e9, "Nguyen Thi Lan", "CGFED", false);
        delegate(e9, "Sok Dara", "Legal Support for Children and Women", false);
        Engagement e10 = engagement(afml10, Invitation.YES, 8, 8,
                "The Philippines as host gave civil society its own preparatory meeting.");
        delegate(e10, "Maria Santos", "Center for Migrant Advocacy", true);
        delegate(e10, "Aisyah Rahman", "Tenaganita", true);
        delegate(e10, "Thandar Aung", "MAP Foundation", true);
        engagement(acsc, Invitation.UNKNOWN, null, null, "Open to all; no seats to ask for.");
        for (ForumSession past : ForumSession.<ForumSession>list("forum.acronym = ?1 and startsOn < ?2",
                "AFML", LocalDate.now().minusMonths(6))) {
            int[] seats = SEATS.get(past.startsOn.getYear());
            if (seats != null && Engagement.count("forumSession", past) == 0) {
                engagement(past, seats[1] == 0 ? Invitation.NO : Invitation.YES, seats[0], seats[1], null);
            }
        }

        ally("Dewi Lestari (demo)", AllyKind.PARLIAMENTARIAN, "Member of Parliament, Commission IX (labour)",
                "House of Representatives of Indonesia", "Indonesia", "2015-10-27",
                "Promised to table the **domestic workers' bill** at the next sitting.", afml8, afml9);
        ally("Ramon dela Cruz (demo)", AllyKind.OFFICIAL, "Director, International Labor Affairs",
                "Department of Labor and Employment", "Philippines", "2016-11-10",
                "Supports a standard employment contract for domestic workers across ASEAN.", afml9, afml10);
        ally("Regional migration programme (demo)", AllyKind.AGENCY, null, "An international agency", "Thailand",
                "2017-10-26", "Funds national consultations in Cambodia, Lao PDR and Myanmar.", afml10);
        ally("Siti Aminah (demo)", AllyKind.PARLIAMENTARIAN, "Member of Parliament", "Parliament of Malaysia",
                "Malaysia", "2015-04-24", null, acsc);
        ally("Lim Wei Ling (demo)", AllyKind.OFFICIAL, "Deputy Director, Foreign Manpower", "Ministry of Manpower",
                "Singapore", "2018-10-30", "Agreed to meet the network before each AFML.",
                session("AFML", "11th AFML"));
        ally("Nguyen Van Minh (demo)", AllyKind.PARLIAMENTARIAN, "Member of the National Assembly",
                "National Assembly of Viet Nam", "Viet Nam", "2020-10-22",
                "Raised migrant workers' access to COVID-19 relief in the Assembly.", session("AFML", "13th AFML"));
        ally("Sokha Chan (demo)", AllyKind.OFFICIAL, "Director, Department of Employment and Manpower",
                "Ministry of Labour and Vocational Training", "Cambodia", "2022-11-18",
                "Hosts the national consultation on return and reintegration.", session("AFML", "15th AFML"));
        ally("Bounmy Keovilay (demo)", AllyKind.AGENCY, null, "Lao Federation of Trade Unions", "Lao PDR",
                "2024-10-24", "Runs pre-departure orientation with the network's materials.",
                session("AFML", "17th AFML"));
        audit.record("system", "demo-data.loaded", "Engagement", null, "Engagement at past sessions and allies");
        LOG.info("Loaded demo engagement and allies.");
    }

    private static ForumSession session(String acronym, String title) {
        Forum forum = Forum.findByAcronym(acronym);
        return forum == null ? null : ForumSession.findByTitle(forum, title);
    }

    private static Engagement engagement(ForumSession s, Invitation invited, Integer requested, Integer granted,
            String notes) {
        Engagement e = new Engagement();
        e.forumSession = s;
        e.invited = invited;
        e.seatsRequested = requested;
        e.seatsGranted = granted;
        e.notes = notes;
        e.updatedAt = Instant.now();
        e.updatedBy = WHO;
        e.persist();
        return e;
    }

    private static void delegate(Engagement e, String name, String organisation, boolean spoke) {
        Delegate d = new Delegate();
        d.engagement = e;
        d.position = e.delegates.size() + 1;
        d.name = name;
        d.organisation = organisation;
        d.spoke = spoke;
        e.delegates.add(d);
        d.persist();
    }

    private static void ally(String name, AllyKind kind, String title, String organisation, String country,
            String since, String commitments, ForumSession... sessions) {
        Ally a = new Ally();
        a.name = name;
        a.kind = kind;
        a.title = title;
        a.organisation = organisation;
        a.country = country;
        a.since = LocalDate.parse(since);
        a.commitments = commitments;
        a.forumSessions.addAll(List.of(sessions));
        a.createdAt = Instant.now();
        a.createdBy = WHO;
        a.updatedAt = a.createdAt;
        a.updatedBy = WHO;
        a.persist();
    }
}
