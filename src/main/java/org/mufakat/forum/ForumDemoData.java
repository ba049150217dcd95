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

    /**
     * The AFML sessions the network has prepared for since 2009, one a year: title, first and last day, venue, host.
     * The demo's past rounds and submissions are made for them.
     */
    static final String[][] PAST_AFML = {
        {"2nd AFML", "2009-07-24", "2009-07-25", "Bangkok, Thailand", "Ministry of Labour, Thailand"},
        {"3rd AFML", "2010-07-19", "2010-07-20", "Hanoi, Viet Nam", "Ministry of Labour, Invalids and Social Affairs"},
        {"4th AFML", "2011-10-24", "2011-10-25", "Bali, Indonesia", "Ministry of Manpower and Transmigration"},
        {"5th AFML", "2012-10-09", "2012-10-10", "Siem Reap, Cambodia", "Ministry of Labour and Vocational Training"},
        {"6th AFML", "2013-11-26", "2013-11-27", "Bandar Seri Begawan, Brunei Darussalam",
            "Department of Labour, Brunei Darussalam"},
        {"7th AFML", "2014-11-20", "2014-11-21", "Nay Pyi Taw, Myanmar", "Ministry of Labour, Myanmar"},
        {"8th AFML", "2015-10-26", "2015-10-27", "Kuala Lumpur, Malaysia", "Ministry of Human Resources, Malaysia"},
        {"9th AFML", "2016-11-09", "2016-11-10", "Vientiane, Lao PDR", "Ministry of Labour and Social Welfare, Lao PDR"},
        {"10th AFML", "2017-10-25", "2017-10-26", "Manila, Philippines",
            "Department of Labor and Employment, Philippines"},
        {"11th AFML", "2018-10-29", "2018-10-30", "Singapore", "Ministry of Manpower, Singapore"},
        {"12th AFML", "2019-10-02", "2019-10-03", "Bangkok, Thailand", "Ministry of Labour, Thailand"},
        {"13th AFML", "2020-10-21", "2020-10-22", "Online, hosted by Viet Nam",
            "Ministry of Labour, Invalids and Social Affairs"},
        {"14th AFML", "2021-10-27", "2021-10-28", "Online, hosted by Brunei Darussalam",
            "Department of Labour, Brunei Darussalam"},
        {"15th AFML", "2022-11-17", "2022-11-18", "Siem Reap, Cambodia", "Ministry of Labour and Vocational Training"},
        {"16th AFML", "2023-09-26", "2023-09-27", "Yogyakarta, Indonesia", "Ministry of Manpower, Indonesia"},
        {"17th AFML", "2024-10-23", "2024-10-24", "Vientiane, Lao PDR", "Ministry of Labour and Social Welfare, Lao PDR"},
        {"18th AFML", "2025-10-15", "2025-10-16", "Kuala Lumpur, Malaysia", "Ministry of Human Resources, Malaysia"},
    };
    /** Civil society's own conferences the network took its unvarnished proposal to. */
    static final String[][] PAST_ACSC = {
        {"ACSC/APF 2009", "2009-02-20", "2009-02-22", "Bangkok, Thailand", "Thai civil-society organising committee"},
        {"ACSC/APF 2012", "2012-03-29", "2012-03-31", "Phnom Penh, Cambodia",
            "Cambodian civil-society organising committee"},
        {"ACSC/APF 2015", "2015-04-21", "2015-04-24", "Kuala Lumpur, Malaysia",
            "Malaysian civil-society organising committee"},
        {"ACSC/APF 2017", "2017-11-10", "2017-11-12", "Manila, Philippines",
            "Philippine civil-society organising committee"},
        {"ACSC/APF 2020", "2020-09-08", "2020-09-10", "Online, hosted from Viet Nam", "Regional organising committee"},
        {"ACSC/APF 2024", "2024-09-03", "2024-09-05", "Dili, Timor-Leste", "Timorese civil-society organising committee"},
    };
    /** Senior Labour Officials Meetings the network wrote to after an AFML. */
    static final String[][] PAST_SLOM = {
        {"7th SLOM", "2011-05-16", "2011-05-17", "Jakarta, Indonesia", "Ministry of Manpower and Transmigration"},
        {"11th SLOM", "2015-05-19", "2015-05-20", "Kuala Lumpur, Malaysia", "Ministry of Human Resources, Malaysia"},
        {"13th SLOM", "2017-05-22", "2017-05-23", "Manila, Philippines",
            "Department of Labor and Employment, Philippines"},
        {"15th SLOM", "2019-06-18", "2019-06-19", "Bangkok, Thailand", "Ministry of Labour, Thailand"},
        {"19th SLOM", "2023-06-13", "2023-06-14", "Jakarta, Indonesia", "Ministry of Manpower, Indonesia"},
    };

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
        Forum slom = forum("Senior Labour Officials Meeting", "SLOM", SANCTIONED, "ASEAN labour ministries", "Yearly",
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

        for (String[] past : PAST_AFML) {
            session(afml, past[0], past[1], past[2], past[3], past[4]);
        }
        session(afml, "19th AFML", "2026-12-09", "2026-12-10", "Manila, Philippines",
                "Department of Migrant Workers, Philippines");
        session(afml, "20th AFML", "2027-10-20", "2027-10-21", "Singapore", "Ministry of Manpower, Singapore");
        for (String[] past : PAST_ACSC) {
            session(acsc, past[0], past[1], past[2], past[3], past[4]);
        }
        for (String[] past : PAST_SLOM) {
            session(slom, past[0], past[1], past[2], past[3], past[4]);
        }
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
