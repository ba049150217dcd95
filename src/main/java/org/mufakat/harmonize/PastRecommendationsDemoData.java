package org.mufakat.harmonize;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The recommendations of the demo's past rounds, one round a year since 2009, shaped like TF-AMW's story: some demands
 * taken up at once, others (fees charged to workers, domestic work as work, portable social security, detention)
 * carried from year to year. Each demand has a key; a demand asked again is carried from its last appearance, so
 * the lineage reads "first asked in 2009, carried 8 times". Loaded only with demo data, into closed past rounds that
 * have no recommendation yet, before the demo's current rounds, whose recurring demands carry these lineages on.
 */
@ApplicationScoped
public class PastRecommendationsDemoData {

    private static final Logger LOG = Logger.getLogger(PastRecommendationsDemoData.class);

    /** A demand of the network: the theme it belongs to, the addressee and the calibrated text. */
    public record Demand(String theme, String addressee, String text) {
    }

    /** The network's recurring and one-off demands, by key. */
    public static final Map<String, Demand> DEMANDS = Map.ofEntries(
            Map.entry("FEES", new Demand("RF", "ASEAN Member States", "Prohibit recruitment agencies from charging"
                    + " placement fees to migrant workers, and sanction those that do.")),
            Map.entry("DWLAW", new Demand("DW", "ASEAN Member States", "Recognise domestic work as work and cover"
                    + " domestic workers in national labour laws.")),
            Map.entry("PDO", new Demand("DI", "ASEAN Member States", "Provide free pre-departure orientation in the"
                    + " workers' own languages, run with migrant workers' organisations.")),
            Map.entry("DWREST", new Demand("DW", "ASEAN Member States", "Guarantee domestic workers a weekly day off"
                    + " and forbid employers from holding their passports.")),
            Map.entry("JUST", new Demand("AJ", "ASEAN Member States", "Let migrant workers bring claims against"
                    + " employers, including after they return home, with free interpreters.")),
            Map.entry("DET", new Demand("UM", "ASEAN Member States", "End the immigration detention of migrant"
                    + " workers and their children.")),
            Map.entry("INSTR", new Demand("OW", "ASEAN", "Adopt a binding ASEAN instrument on the protection and"
                    + " promotion of the rights of migrant workers.")),
            Map.entry("PORT", new Demand("SP", "ASEAN", "Make social security portable between ASEAN Member"
                    + " States, so that contributions follow the worker home.")),
            Map.entry("FISH", new Demand("OW", "ASEAN Member States", "Inspect working conditions on fishing"
                    + " vessels, at sea and in port, with interpreters.")),
            Map.entry("COVID", new Demand("SP", "ASEAN Member States", "Include migrant workers, whatever their"
                    + " status, in COVID-19 relief, testing and treatment.")),
            Map.entry("VAX", new Demand("SP", "ASEAN Member States", "Vaccinate migrant workers free of charge"
                    + " regardless of their status, without reporting them to immigration.")),
            Map.entry("SKILLS", new Demand("RR", "ASEAN Member States", "Recognise the skills migrant workers gained"
                    + " abroad when they return home.")));

    /** Which demands each year's round made, in the order of its proposal. */
    public static final Map<Integer, List<String>> ASKED = Map.ofEntries(
            Map.entry(2009, List.of("FEES", "DWLAW", "PDO")),
            Map.entry(2010, List.of("DWLAW", "DWREST", "PDO")),
            Map.entry(2011, List.of("FEES", "DWREST", "JUST")),
            Map.entry(2012, List.of("DWLAW", "DET", "INSTR")),
            Map.entry(2013, List.of("FEES", "DWREST")),
            Map.entry(2014, List.of("DWLAW", "JUST", "INSTR")),
            Map.entry(2015, List.of("FEES", "PORT", "INSTR")),
            Map.entry(2016, List.of("DWLAW", "DET", "INSTR")),
            Map.entry(2017, List.of("FEES", "PORT", "INSTR")),
            Map.entry(2018, List.of("JUST", "FISH")),
            Map.entry(2019, List.of("FEES", "PORT")),
            Map.entry(2020, List.of("DET", "COVID")),
            Map.entry(2021, List.of("DWLAW", "VAX")),
            Map.entry(2022, List.of("FEES", "PORT")),
            Map.entry(2023, List.of("JUST", "SKILLS")),
            Map.entry(2024, List.of("DET", "DWLAW")),
            Map.entry(2025, List.of("FEES", "PORT")));

    /** The latest past recommendation making that demand, or null. */
    static Recommendation latest(String key) {
        return Recommendation.find("text = ?1 and round.status = ?2 order by round.forumSession.startsOn desc",
                DEMANDS.get(key).text(), RoundStatus.CLOSED).firstResult();
    }

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(45) StartupEvent start) {
        if (!enabled || ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<Round> past = Round.list("status = ?1 and forumSession is not null order by forumSession.startsOn",
                RoundStatus.CLOSED);
        Map<String, Recommendation> lastAsked = new HashMap<>();
        int made = 0;
        for (Round round : past) {
            List<String> keys = ASKED.get(round.forumSession.startsOn.getYear());
            if (keys == null || Recommendation.countForRound(round) > 0) {
                continue;
            }
            Instant at = round.forumSession.startsOn.minusDays(70).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (String key : keys) {
                Demand d = DEMANDS.get(key);
                Recommendation r = new Recommendation();
                r.round = round;
                r.theme = round.theme(d.theme()).orElseThrow();
                r.position = Recommendation.listForTheme(r.theme).size() + 1;
                r.addressee = d.addressee();
                r.text = d.text();
                r.createdAt = at;
                r.createdBy = "convenor";
                r.updatedAt = at;
                r.updatedBy = "convenor";
                r.carriedFrom = lastAsked.get(key);
                r.persist();
                lastAsked.put(key, r);
                made++;
            }
        }
        if (made > 0) {
            audit.record("system", "demo-data.loaded", "Round", null, made + " recommendations of past rounds");
            LOG.info("Loaded " + made + " demo recommendations into past rounds");
        }
    }
}
