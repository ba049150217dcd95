package org.mufakat.forum;

import static org.mufakat.forum.CivilSocietyEntry.ACCREDITATION;
import static org.mufakat.forum.CivilSocietyEntry.INVITATION;
import static org.mufakat.forum.CivilSocietyEntry.OPEN;
import static org.mufakat.forum.ForumSpace.CREATED;
import static org.mufakat.forum.ForumSpace.SANCTIONED;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The forums of the brief, with a few past and upcoming sessions, loaded like the network's demo data: only when
 * {@code mufakat.demo-data} is true, never in production, and only into an empty registry.
 */
@ApplicationScoped
public class ForumDemoData {

    private static final Logger LOG = Logger.getLogger(ForumDemoData.class);

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(25) StartupEvent start) {
        if (!enabled || Forum.count() > 0 || ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Forum afml = forum("ASEAN Forum on Migrant Labour", "AFML", SANCTIONED,
                "ASEAN Labour Ministers, with the host country's labour ministry", "Yearly", INVITATION,
                "Tripartite: governments, employers' and workers' organisations, with civil society invited. Its "
                        + "recommendations are recommendatory, not binding.\n"
                        + "Civil-society seats are few; ask for them early through the host country.");
        forum("ASEAN Committee on Migrant Workers", "ACMW", SANCTIONED,
                "ASEAN Labour Ministers, through the ASEAN Secretariat", "Meets during the year; reports to SLOM",
                INVITATION, "Oversees the implementation of the 2007 ASEAN Declaration on migrant workers and of "
                        + "the 2017 ASEAN Consensus and its Action Plan.");
        forum("Senior Labour Officials Meeting", "SLOM", SANCTIONED, "ASEAN labour ministries", "Yearly",
                INVITATION, "Prepares the Labour Ministers' decisions.");
        forum("ASEAN Labour Ministers' Meeting", "ALMM", SANCTIONED, "ASEAN Labour Ministers", "Every two years",
                INVITATION, null);
        forum("ASEAN Intergovernmental Commission on Human Rights", "AICHR", SANCTIONED, "ASEAN Foreign Ministers",
                "Regular meetings during the year", ACCREDITATION,
                "Civil-society organisations can apply for a consultative relationship.");
        forum("ASEAN Summit", "ASEAN Summit", SANCTIONED, "The ASEAN Chair", "Twice a year", INVITATION,
                "Heads of state or government; civil society meets leaders, if at all, in a short interface "
                        + "meeting.");
        forum("Global Forum on Migration and Development", "GFMD", SANCTIONED, "The state holding the GFMD chair",
                "Yearly", ACCREDITATION,
                "State-led and global; civil society takes part through its own days and registration.");
        Forum acsc = forum("ASEAN Civil Society Conference / ASEAN Peoples' Forum", "ACSC/APF", CREATED,
                "Civil society of the ASEAN Chair's country", "Yearly", OPEN,
                "Civil society's own space; the unvarnished text of a proposal belongs here.");
        forum("People's Global Action on Migration, Development and Human Rights", "PGA", CREATED,
                "Civil-society networks, alongside the GFMD", "Yearly", OPEN, null);
        forum("Asian Parliamentarians' Caucus on Migrants' Rights", "Parliamentarians' Caucus", CREATED,
                "Parliamentarians with civil-society allies", "As the caucus decides", INVITATION,
                "Where allies among legislators are found and kept.");

        session(afml, "8th AFML", "2015-10-26", "2015-10-27", "Kuala Lumpur, Malaysia",
                "Ministry of Human Resources, Malaysia");
        session(afml, "9th AFML", "2016-11-09", "2016-11-10", "Vientiane, Lao PDR",
                "Ministry of Labour and Social Welfare, Lao PDR");
        session(afml, "10th AFML", "2017-10-25", "2017-10-26", "Manila, Philippines",
                "Department of Labor and Employment, Philippines");
        session(afml, "20th AFML", "2027-10-20", "2027-10-21", "Singapore", "Ministry of Manpower, Singapore");
        session(acsc, "ACSC/APF 2015", "2015-04-21", "2015-04-24", "Kuala Lumpur, Malaysia",
                "Malaysian civil-society organising committee");
        session(acsc, "ACSC/APF 2027", "2027-09-15", null, null, null);
        audit.record("system", "demo-data.loaded", "Forum", null, "Forums of the brief with sample sessions");
        LOG.info("Loaded demo forums and sessions.");
    }

    private static Forum forum(String name, String acronym, ForumSpace space, String convenedBy, String frequency,
            CivilSocietyEntry entry, String notes) {
        Forum f = new Forum();
        ForumWorkflow.apply(f, new ForumForm(name, acronym, space, convenedBy, frequency, entry, null, notes, null));
        f.createdAt = Instant.now();
        f.persist();
        return f;
    }

    private static void session(Forum forum, String title, String startsOn, String endsOn, String venue,
            String host) {
        ForumSession s = new ForumSession();
        s.forum = forum;
        ForumWorkflow.apply(s, new ForumSessionForm(title, startsOn, endsOn, venue, host, null));
        s.createdAt = Instant.now();
        s.persist();
    }
}
