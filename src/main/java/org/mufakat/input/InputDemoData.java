package org.mufakat.input;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.network.Constituency;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.round.RoundDemoData;
import org.mufakat.round.RoundTheme;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Demo national inputs for the demo round that collects inputs: Indonesia and the Philippines submitted, Cambodia
 * drafting, Viet Nam a nil return, Lao PDR not started. Only when {@code mufakat.demo-data} is true, never in
 * production, and only while there is no national input at all, so a restart changes nothing.
 */
@ApplicationScoped
public class InputDemoData {

    private static final Logger LOG = Logger.getLogger(InputDemoData.class);

    /** The demo's restricted statement (MM-TH AJ-R1): it must never leave the network, nor its evidence. */
    public static final String TESTIMONY = "Testimony: a Burmese worker in Mae Sot was beaten by his employer and "
            + "dismissed after he asked for unpaid wages.";
    public static final String TESTIMONY_EVIDENCE = "Recorded by MAP Foundation; names withheld.";

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(40) StartupEvent start) {
        if (!enabled || NationalInput.count() > 0) {
            return;
        }
        if (ConfigUtils.getProfiles().contains("prod")) {
            LOG.error("mufakat.demo-data is ignored in production.");
            return;
        }
        Round round = Round.find("title", RoundDemoData.TITLE).firstResult();
        if (round == null) {
            return;
        }
        NationalInput id = input(round, "ID", InputState.SUBMITTED);
        if (id != null) {
            record(id, LocalDate.of(2026, 2, 23), "Jakarta, Hotel Sofyan Betawi", "Migrant CARE; SBMI", 62, 38, 22,
                    2, "Migrant workers' unions, returnees' associations, NGOs, Muslim and Christian organisations, "
                            + "University of Indonesia",
                    "Indonesia ratified the 1990 International Convention on the Protection of the Rights of All "
                            + "Migrant Workers in 2012 and passed Law 18/2017, which promises *zero placement cost*.");
            statement(id, "RF", 0, "Enforce the **zero-cost placement** guaranteed by Law 18/2017 and publish the "
                    + "list of agencies sanctioned for charging fees.",
                    "In the consultation, 41 of 62 participants had paid fees of 15-40 million rupiah.", false);
            statement(id, "DW", 1, "Adopt a binding ASEAN instrument recognising domestic work as work, with a "
                    + "weekly rest day and the right to keep one's passport.", null, false);
            statement(id, "UM", 0, "Stop the detention and caning of undocumented Indonesian workers and provide "
                    + "consular help within 24 hours of arrest.", null, false);
            statement(id, "AJ", 1, "Set up legal aid desks at every embassy with lawyers who speak the workers' "
                    + "languages.", null, false);
            statement(id, "AJ", 0, "Testimony: a worker from Lombok was held for eight months without pay and "
                    + "could not leave the employer's house.", "Case file kept by SBMI; name withheld.", true);
            finish(id, "focal.id");
        }
        NationalInput ph = input(round, "PH", InputState.SUBMITTED);
        if (ph != null) {
            record(ph, LocalDate.of(2026, 2, 16), "Quezon City, Center for Migrant Advocacy", "CMA; Migrante "
                    + "International", 48, 30, 17, 1, "Domestic workers, seafarers' groups, returnees, church "
                            + "organisations",
                    "The Philippines has ratified ILO C189 on domestic workers and C97 and C143 on migration.");
            statement(ph, "DW", 0, "Ratify ILO Convention 189 and align national laws on domestic work with it.",
                    null, false);
            statement(ph, "RF", 1, "Hold recruitment agencies jointly liable with employers for contract "
                    + "substitution.", "Contract substitution was reported by 1 in 3 returnees consulted.", false);
            statement(ph, "AJ", 2, "Allow migrant workers to pursue claims after they have returned home.", null,
                    false);
            statement(ph, "UM", 1, "Offer regularisation instead of deportation to workers who became "
                    + "undocumented after fleeing abusive employers.", null, false);
            finish(ph, "focal.ph");
        }
        NationalInput kh = input(round, "KH", InputState.DRAFTING);
        if (kh != null) {
            record(kh, LocalDate.of(2026, 3, 9), "Phnom Penh", "LSCW; Cambodian Labour Confederation", null, null,
                    null, null, null, null);
            statement(kh, "RF", 0, "Cap recruitment fees for work in Thailand and Malaysia and make agencies "
                    + "publish them.", null, false);
            revision(kh, "focal.kh", "input.statement-added");
        }
        NationalInput vn = input(round, "VN", InputState.NIL_RETURN);
        if (vn != null) {
            vn.nilReason = "No national consultation could be held before the deadline; CGFED will join the "
                    + "regional consultation instead.";
            vn.submittedAt = Instant.now();
            vn.submittedBy = "focal.vn";
            revision(vn, "focal.vn", "input.nil-return");
        }
        audit.record("system", "demo-data.loaded", "Round", round.auditId(), "demo national inputs");
        LOG.info("Loaded demo national inputs into round " + round.title);
        Round harmonized = Round.find("title", RoundDemoData.HARMONIZED_TITLE).firstResult();
        if (harmonized != null) {
            lastYear(harmonized);
        }
    }

    /**
     * Last year's inputs, all in: six submitted, three nil returns. Several constituencies asked for nearly the same
     * thing, which is what harmonization merges.
     */
    private void lastYear(Round round) {
        NationalInput id = input(round, "ID", InputState.SUBMITTED);
        if (id != null) {
            record(id, LocalDate.of(2025, 8, 12), "Jakarta", "Migrant CARE; SBMI", 54, 30, 23, 1,
                    "Unions, returnees, NGOs", null);
            statement(id, "RF", 0, "Enforce zero placement fees for Indonesian workers and sanction the agencies "
                    + "that still charge them.", null, false);
            statement(id, "DW", 1, "Guarantee domestic workers a weekly day off and the right to keep their own "
                    + "passports.", null, false);
            statement(id, "UM", 2, "End the detention of undocumented migrant workers and their children in "
                    + "immigration depots.", null, false);
            statement(id, "SP", 4, "Make social security benefits portable when migrant workers return home.",
                    null, false);
            finish(id, "focal.id");
        }
        NationalInput ph = input(round, "PH", InputState.SUBMITTED);
        if (ph != null) {
            record(ph, LocalDate.of(2025, 8, 5), "Quezon City", "Center for Migrant Advocacy", 41, 27, 14, 0,
                    "Domestic workers, seafarers, returnees", null);
            statement(ph, "RF", 0, "Prohibit recruitment agencies from charging placement fees to migrant workers.",
                    null, false);
            statement(ph, "DW", 1, "Give every domestic worker a weekly rest day and let them keep their own "
                    + "passport.", null, false);
            statement(ph, "AJ", 3, "Let migrant workers file claims against their employers after they have "
                    + "returned home.", null, false);
            statement(ph, "DI", 7, "Issue standard employment contracts in the worker's own language before "
                    + "departure.", null, false);
            finish(ph, "focal.ph");
        }
        NationalInput kh = input(round, "KH", InputState.SUBMITTED);
        if (kh != null) {
            record(kh, LocalDate.of(2025, 8, 19), "Phnom Penh", "LSCW; Cambodian Labour Confederation", 37, 20, 17,
                    0, "Unions, returnees, NGOs", null);
            statement(kh, "RF", 0, "Ban the placement fees that recruitment agencies charge Cambodian workers going "
                    + "to Thailand and Malaysia.", null, false);
            statement(kh, "DW", 1, "Recognise domestic work as work in the labour laws of destination countries.",
                    null, false);
            statement(kh, "RR", 5, "Fund reintegration programmes for returning migrant workers, with "
                    + "recognition of the skills they gained abroad.", null, false);
            finish(kh, "focal.kh");
        }
        NationalInput th = input(round, "TH", InputState.SUBMITTED);
        if (th != null) {
            record(th, LocalDate.of(2025, 8, 26), "Bangkok", "HRDF; State Enterprise Workers' Relations "
                    + "Confederation", 45, 22, 23, 0, "Unions, migrant associations, NGOs", null);
            statement(th, "UM", 2, "Stop immigration raids and the detention of undocumented workers; offer "
                    + "regularisation instead.", null, false);
            statement(th, "OW", 6, "Allow migrant workers to form and join trade unions and to be elected as union "
                    + "officers.", null, false);
            statement(th, "SP", 4, "Include migrant workers in the national health insurance scheme whatever "
                    + "their status.", null, false);
            finish(th, "focal.th");
        }
        NationalInput my = input(round, "MY", InputState.SUBMITTED);
        if (my != null) {
            record(my, LocalDate.of(2025, 9, 2), "Kuala Lumpur", "Tenaganita; MTUC", 33, 15, 18, 0,
                    "Unions, NGOs, domestic workers' groups", null);
            statement(my, "DW", 1, "Guarantee domestic workers one day off each week and stop employers from "
                    + "holding their passports.", null, false);
            statement(my, "AJ", 3, "Set up a labour court for migrant workers' claims, with interpreters.", null,
                    false);
            statement(my, "OW", 6, "Abolish the levy that employers deduct from migrant workers' wages.", null,
                    false);
            finish(my, "focal.my");
        }
        NationalInput mm = input(round, "MM-TH", InputState.SUBMITTED);
        if (mm != null) {
            record(mm, LocalDate.of(2025, 8, 30), "Mae Sot", "MAP Foundation", 29, 16, 13, 0,
                    "Burmese migrant workers, community organisations", null);
            statement(mm, "UM", 2, "Release the children of undocumented Burmese migrants from immigration "
                    + "detention.", null, false);
            statement(mm, "AJ", 3, TESTIMONY, TESTIMONY_EVIDENCE, true);
            statement(mm, "DI", 7, "Stop employers and brokers from confiscating Burmese workers' identity "
                    + "documents.", null, false);
            finish(mm, "focal.mmth");
        }
        for (String code : new String[] { "VN", "LA", "SG" }) {
            NationalInput nil = input(round, code, InputState.NIL_RETURN);
            if (nil != null) {
                nil.nilReason = "No national consultation was held this year; the network's members joined the "
                        + "regional consultation.";
                nil.submittedAt = Instant.now();
                nil.submittedBy = "focal." + code.toLowerCase();
                revision(nil, nil.submittedBy, "input.nil-return");
            }
        }
    }

    private static NationalInput input(Round round, String code, InputState state) {
        Constituency c = Constituency.findByCode(code);
        if (c == null || !round.includes(c)) {
            return null;
        }
        NationalInput input = NationalInput.unsaved(round, c);
        input.state = state;
        input.createdAt = Instant.now();
        input.persist();
        return input;
    }

    private static void record(NationalInput i, LocalDate started, String venue, String organisers, Integer total,
            Integer women, Integer men, Integer other, String sectors, String preamble) {
        i.startedOn = started;
        i.endedOn = started == null ? null : started.plusDays(1);
        i.venue = venue;
        i.organisers = organisers;
        i.participantsTotal = total;
        i.participantsWomen = women;
        i.participantsMen = men;
        i.participantsOther = other;
        i.sectors = sectors;
        i.preamble = preamble;
    }

    /** A statement under the theme with this code, or else the round's theme at {@code fallback}. */
    private static void statement(NationalInput input, String themeCode, int fallback, String text,
            String evidence, boolean restricted) {
        RoundTheme theme = input.round.theme(themeCode).orElse(input.round.themes.isEmpty() ? null
                : input.round.themes.get(Math.min(fallback, input.round.themes.size() - 1)));
        if (theme == null) {
            return;
        }
        Statement s = new Statement();
        s.input = input;
        s.theme = theme;
        s.position = Statement.listForSeries(input, theme, restricted).size() + 1;
        java.util.List<String> addressees = input.round.addresseesFor(input.constituency);
        s.addressee = addressees.isEmpty() ? "ASEAN" : addressees.get(Math.abs(text.hashCode()) % addressees.size());
        s.text = text;
        s.evidence = evidence;
        s.restricted = restricted;
        s.createdAt = Instant.now();
        s.createdBy = "focal." + input.constituency.code.toLowerCase();
        s.persist();
    }

    private static void finish(NationalInput input, String by) {
        input.submittedAt = Instant.now();
        input.submittedBy = by;
        revision(input, by, "input.submitted");
    }

    private static void revision(NationalInput input, String by, String action) {
        InputRevision.record(input, by, action);
    }
}
