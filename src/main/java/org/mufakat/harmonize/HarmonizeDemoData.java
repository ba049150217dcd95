package org.mufakat.harmonize;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.input.Statement;
import org.mufakat.round.Round;
import org.mufakat.round.RoundDemoData;
import org.mufakat.round.RoundStatus;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Last year's round fully harmonized: nine recommendations merged from twenty statements, every statement with a
 * fate (merged, incorporated, one reworded testimony, one deferred, one not included), so a new user sees the
 * workspace, the outcome pages and the source matrix filled. Only with demo data on, never in production, once.
 */
@ApplicationScoped
public class HarmonizeDemoData {

    public static final String TITLE = RoundDemoData.HARMONIZED_TITLE;

    private static final Logger LOG = Logger.getLogger(HarmonizeDemoData.class);

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(50) StartupEvent start) {
        if (!enabled || ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Round round = Round.find("title", TITLE).firstResult();
        if (round == null || round.status() != RoundStatus.HARMONIZING || Recommendation.countForRound(round) > 0) {
            return;
        }
        List<Statement> statements = Statement.listSubmitted(round);
        if (statements.isEmpty()) {
            return;
        }
        Builder b = new Builder(round, statements);
        b.carry("RF", "FEES");
        b.carry("UM", "DET");
        b.carry("AJ", "JUST");
        b.carry("SP", "PORT");
        b.recommendation("RF", "ASEAN Member States", "Prohibit the charging of recruitment and placement fees to "
                + "migrant workers, in line with the ILO General Principles and Operational Guidelines for Fair "
                + "Recruitment, and sanction the agencies that charge them.", "Stop agencies squeezing fees out of "
                + "migrant workers: ban placement fees outright and punish every agency that charges them.",
                "ID RF-1", "PH RF-1", "KH RF-1");
        b.recommendation("DW", "ASEAN Member States", "Guarantee domestic workers a weekly rest of at least 24 "
                + "consecutive hours and their right to keep their own identity documents.", null,
                "ID DW-1", "PH DW-1", "MY DW-1");
        b.recommendation("DW", "ASEAN Member States", "Recognise domestic work as work in the labour laws of all "
                + "ASEAN Member States.", null, "KH DW-1");
        b.recommendation("UM", "ASEAN Member States", "End the immigration detention of migrant workers and their "
                + "children, and offer regularisation as an alternative to deportation.", "No more raids, no more "
                + "children behind bars: regularise undocumented workers instead of deporting them.",
                "ID UM-1", "TH UM-1", "MM-TH UM-1");
        b.recommendation("AJ", "ASEAN Member States", "Ensure that migrant workers can bring claims against "
                + "employers, including after their return home, with free interpreters and legal aid.", null,
                "PH AJ-1", "MY AJ-1", "MM-TH AJ-R1");
        b.recommendation("SP", "ASEAN", "Make social protection portable across ASEAN and open national health "
                + "insurance to all migrant workers whatever their status.", null, "ID SP-1", "TH SP-1");
        b.recommendation("RR", "ASEAN Member States", "Fund reintegration programmes for returning migrant workers, "
                + "with recognition of the skills they gained abroad.", null, "KH RR-1");
        b.recommendation("OW", "ASEAN Member States", "Guarantee migrant workers' right to form and join trade "
                + "unions and to stand for union office.", null, "TH OW-1");
        b.recommendation("DI", "ASEAN Member States", "Give every migrant worker a standard employment contract in "
                + "their own language before departure.", null, "PH DI-1");
        b.fate("MM-TH AJ-R1", Fate.REWORDED, "The testimony is cited, without names, as evidence for AJ.1 rather "
                + "than as a recommendation of its own.");
        b.fate("MY OW-1", Fate.NOT_INCLUDED, "The levy is a Malaysian measure: it is carried by the Malaysian focal "
                + "point's own advocacy and the joint letter to the Ministry of Human Resources, not by the "
                + "regional proposal.");
        b.fate("MM-TH DI-1", Fate.DEFERRED, "Deferred to next year's round on documents and information, where "
                + "the brokers' role will be discussed with Thai unions.");
        audit.record("system", "demo-data.loaded", "Round", round.auditId(), "demo recommendations");
        LOG.info("Loaded demo recommendations into round " + round.title);
    }

    /** Writes recommendations and fates as the workflow would, without a signed-in convenor. */
    private static final class Builder {

        private final Round round;
        private final List<Statement> statements;

        /** The past recommendation each theme's first recommendation carries on, by theme code. */
        private final java.util.Map<String, Recommendation> carried = new java.util.HashMap<>();

        Builder(Round round, List<Statement> statements) {
            this.round = round;
            this.statements = statements;
        }

        /** The theme's first recommendation is the demand asked in past rounds under that key, carried on. */
        void carry(String themeCode, String key) {
            Recommendation past = PastRecommendationsDemoData.latest(key);
            if (past != null) {
                carried.put(themeCode, past);
            }
        }

        void recommendation(String themeCode, String addressee, String text, String unvarnished,
                String... references) {
            Recommendation r = new Recommendation();
            r.round = round;
            r.theme = round.theme(themeCode).orElseThrow();
            r.position = Recommendation.listForTheme(r.theme).size() + 1;
            r.carriedFrom = r.position == 1 ? carried.get(themeCode) : null;
            r.addressee = addressee;
            r.text = text;
            r.unvarnishedText = unvarnished;
            for (String ref : references) {
                r.sources.add(statement(ref));
            }
            r.createdAt = Instant.now();
            r.createdBy = "convenor";
            r.updatedAt = r.createdAt;
            r.updatedBy = r.createdBy;
            r.persist();
            for (Statement s : r.sources) {
                Disposition d = new Disposition();
                d.statement = s;
                d.fate = r.sources.size() > 1 ? Fate.MERGED : Fate.INCORPORATED;
                d.recommendation = r;
                d.automatic = true;
                d.decidedAt = r.createdAt;
                d.decidedBy = "convenor";
                d.persist();
            }
        }

        void fate(String reference, Fate fate, String rationale) {
            Statement s = statement(reference);
            Disposition d = Disposition.forStatement(s);
            if (d == null) {
                d = new Disposition();
                d.statement = s;
            }
            d.fate = fate;
            d.rationale = rationale;
            d.automatic = false;
            d.decidedAt = Instant.now();
            d.decidedBy = "convenor";
            d.persist();
        }

        private Statement statement(String reference) {
            return statements.stream().filter(s -> s.reference().equals(reference)).findFirst().orElseThrow(
                    () -> new IllegalStateException("No demo statement " + reference));
        }
    }
}
