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
import org.mufakat.round.RoundStatus;
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
        Round round = Round.find("status", RoundStatus.COLLECTING).firstResult();
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
        s.position = (int) Statement.count("input = ?1 and theme = ?2", input, theme) + 1;
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
