package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.mufakat.forum.ForumSession;
import org.mufakat.harmonize.PastRecommendationsDemoData;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.review.ProposalVersion;
import org.mufakat.review.VersionEntry;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.security.Audience;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The demo's history of submissions since 2009: each past round's proposal sent to its AFML three weeks before the
 * session (calibrated), and the latest one before each SLOM (calibrated) and ACSC/APF (unvarnished); what officials
 * did with them (acknowledgements coming sooner over the years, some tabled, some never answered); and the uptake of
 * each recommendation, partial for the demands the network keeps carrying. Loaded only with demo data, when nothing
 * has been submitted yet.
 */
@ApplicationScoped
public class SubmissionDemoData {

    private static final Logger LOG = Logger.getLogger(SubmissionDemoData.class);
    private static final String CONVENOR = "convenor";

    /** Days from sending to the AFML host's acknowledgement, per year; none means it never came. */
    static final Map<Integer, Integer> ACKNOWLEDGED_AFTER = Map.ofEntries(Map.entry(2010, 45), Map.entry(2011, 30),
            Map.entry(2013, 21), Map.entry(2014, 20), Map.entry(2015, 14), Map.entry(2016, 14), Map.entry(2017, 7),
            Map.entry(2018, 10), Map.entry(2019, 7), Map.entry(2020, 12), Map.entry(2021, 9), Map.entry(2022, 6),
            Map.entry(2023, 5), Map.entry(2024, 7), Map.entry(2025, 4));

    /** What an AFML made of a demand in a year: level and its wording in the AFML's recommendations. */
    record Taken(UptakeLevel level, String officialText) {
    }

    static final Map<String, Taken> UPTAKE = Map.ofEntries(
            Map.entry("2009 FEES", none()), Map.entry("2009 DWLAW", none()), Map.entry("2009 PDO", none()),
            Map.entry("2010 DWLAW", none()), Map.entry("2010 DWREST", none()),
            Map.entry("2010 PDO", full("Provide comprehensive pre-departure orientation programmes for migrant"
                    + " workers, in their languages and with the participation of civil society.")),
            Map.entry("2011 FEES", none()), Map.entry("2011 JUST", none()),
            Map.entry("2011 DWREST", partial("Promote the rights of domestic workers to keep their own travel and"
                    + " identity documents.")),
            Map.entry("2012 DWLAW", partial("Consider extending labour protection to domestic workers.")),
            Map.entry("2012 DET", none()), Map.entry("2012 INSTR", none()),
            Map.entry("2013 FEES", partial("Promote ethical recruitment and work towards reducing the recruitment"
                    + " costs borne by migrant workers.")),
            Map.entry("2013 DWREST", full("Ensure domestic workers' entitlement to a weekly rest day and to keep"
                    + " their passports and work permits.")),
            Map.entry("2014 DWLAW", partial("Encourage ASEAN Member States to consider ratifying ILO Convention"
                    + " 189.")),
            Map.entry("2014 JUST", partial("Improve migrant workers' access to complaint mechanisms.")),
            Map.entry("2014 INSTR", partial("Expedite the drafting of the ASEAN instrument.")),
            Map.entry("2015 FEES", partial("Regulate recruitment agencies and their fees.")),
            Map.entry("2015 PORT", none()),
            Map.entry("2015 INSTR", partial("Conclude the ASEAN instrument at the earliest.")),
            Map.entry("2016 DWLAW", partial("Promote decent work for domestic workers.")),
            Map.entry("2016 DET", none()),
            Map.entry("2016 INSTR", partial("Conclude the ASEAN instrument by 2017.")),
            Map.entry("2017 FEES", partial("Promote fair and ethical recruitment, in line with the ASEAN Consensus.")),
            Map.entry("2017 PORT", partial("Study the portability of social security entitlements.")),
            Map.entry("2017 INSTR", full("Welcome the ASEAN Consensus on the Protection and Promotion of the Rights"
                    + " of Migrant Workers, signed in Manila on 14 November 2017.")),
            Map.entry("2018 JUST", partial("Strengthen legal assistance for migrant workers.")),
            Map.entry("2018 FISH", full("Strengthen labour inspection in the fishing sector, at sea and in port.")),
            Map.entry("2019 FEES", partial("Reduce recruitment costs borne by migrant workers.")),
            Map.entry("2019 PORT", partial("Develop guidelines on the portability of social security.")),
            Map.entry("2020 DET", none()),
            Map.entry("2020 COVID", full("Include migrant workers, regardless of status, in COVID-19 responses.")),
            Map.entry("2021 DWLAW", partial("Promote the ratification of ILO Convention 189.")),
            Map.entry("2021 VAX", partial("Ensure migrant workers' access to COVID-19 vaccination.")),
            Map.entry("2022 FEES", partial("Work towards zero recruitment fees for migrant workers.")),
            Map.entry("2022 PORT", partial("Pilot bilateral agreements on social security portability.")),
            Map.entry("2023 JUST", partial("Ensure access to justice for migrant workers, including after return.")),
            Map.entry("2023 SKILLS", full("Recognise the skills of returning migrant workers.")),
            Map.entry("2024 DET", none()), Map.entry("2024 DWLAW", partial("Promote decent work for domestic"
                    + " workers.")),
            Map.entry("2025 FEES", partial("Move towards the employer-pays principle.")),
            Map.entry("2025 PORT", partial("Implement the guidelines on portability of social security.")));

    private static Taken none() {
        return new Taken(UptakeLevel.NONE, null);
    }

    private static Taken partial(String text) {
        return new Taken(UptakeLevel.PARTIAL, text);
    }

    private static Taken full(String text) {
        return new Taken(UptakeLevel.FULL, text);
    }

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    Versions versions;
    @Inject
    AuditLog audit;
    @Inject
    org.mufakat.web.Calendar calendar;

    @Transactional
    void load(@Observes @Priority(70) StartupEvent start) {
        if (!enabled || ConfigUtils.getProfiles().contains("prod") || Submission.count() > 0) {
            return;
        }
        List<Round> past = Round.list("status = ?1 and forumSession.forum.acronym = ?2"
                + " order by forumSession.startsOn", RoundStatus.CLOSED, "AFML");
        int sent = 0;
        for (Round round : past) {
            ProposalVersion version = ProposalVersion.latest(round);
            if (version == null) {
                continue;
            }
            ForumSession afml = round.forumSession;
            int year = afml.startsOn.getYear();
            Submission s = send(round, version, afml, Audience.Register.CALIBRATED, afml.startsOn.minusDays(21));
            sent++;
            event(s, TrackingKind.RECEIVED, afml.startsOn.minusDays(19), null);
            Integer after = ACKNOWLEDGED_AFTER.get(year);
            if (after == null) {
                event(s, TrackingKind.NO_RESPONSE, afml.startsOn.plusDays(30), "No acknowledgement from the host"
                        + " ministry; the proposal was handed to delegates at the venue.");
                continue;
            }
            event(s, TrackingKind.ACKNOWLEDGED, afml.startsOn.minusDays(21).plusDays(after),
                    "The host ministry confirmed receipt and shared it with the drafting committee.");
            event(s, TrackingKind.TABLED, afml.startsOn, "Presented in the civil-society session.");
            boolean reflected = false;
            int number = 0;
            for (VersionEntry entry : versions.entries(version)) {
                number++;
                Taken taken = UPTAKE.get(year + " " + demandOf(entry));
                if (taken != null) {
                    uptake(s, entry, taken, afml.title + ", recommendation " + number);
                    reflected |= taken.level() != UptakeLevel.NONE;
                }
            }
            if (reflected) {
                event(s, TrackingKind.REFLECTED, afml.endsOn == null ? afml.startsOn : afml.endsOn,
                        "The AFML's recommendations take up part of the proposal.");
            }
        }
        sent += sendOn("SLOM", Audience.Register.CALIBRATED, past);
        sent += sendOn("ACSC/APF", Audience.Register.UNVARNISHED, past);
        if (sent > 0) {
            audit.record("system", "demo-data.loaded", "Submission", null, sent + " past submissions");
            LOG.info("Loaded " + sent + " demo submissions of past rounds");
        }
    }

    /** The latest round finished before each past session of the forum is sent to it a month before. */
    private int sendOn(String acronym, Audience.Register register, List<Round> rounds) {
        int sent = 0;
        for (ForumSession session : ForumSession.<ForumSession>list("forum.acronym = ?1 and startsOn < ?2"
                + " order by startsOn", acronym, calendar.today().minusMonths(6))) {
            LocalDate day = session.startsOn.minusDays(30);
            Round latest = rounds.stream().filter(r -> r.forumSession.startsOn.isBefore(day)).reduce((a, b) -> b)
                    .orElse(null);
            ProposalVersion version = latest == null ? null : ProposalVersion.latest(latest);
            if (version == null) {
                continue;
            }
            Submission s = send(latest, version, session, register, day);
            sent++;
            if (register == Audience.Register.UNVARNISHED) {
                event(s, TrackingKind.TABLED, session.startsOn, "Read out in the migrant workers' workshop.");
            } else if (session.startsOn.getYear() >= 2017) {
                event(s, TrackingKind.ACKNOWLEDGED, day.plusDays(10), null);
            } else {
                event(s, TrackingKind.NO_RESPONSE, session.startsOn.plusDays(30), null);
            }
        }
        return sent;
    }

    private static String demandOf(VersionEntry entry) {
        return PastRecommendationsDemoData.DEMANDS.entrySet().stream()
                .filter(d -> d.getValue().text().equals(entry.text())).map(Map.Entry::getKey).findFirst().orElse("");
    }

    private Submission send(Round round, ProposalVersion version, ForumSession session, Audience.Register register,
            LocalDate on) {
        Submission s = new Submission();
        s.round = round;
        s.forumSession = session;
        s.proposalVersion = version.number;
        s.register = register;
        s.attribution = round.publicAttribution;
        s.coverLetter = "Dear colleagues,\n\nOn behalf of the network we submit the civil-society recommendations"
                + " to the " + session.title + ", the result of national consultations in each ASEAN Member State.";
        s.recipients = session.host == null ? session.forum.convenedBy : session.host;
        s.text = SubmissionText.render(round.title, versions.entries(version), Audience.outside(round.publicAttribution,
                register));
        s.sha256 = SubmissionText.sha256(s.text);
        s.trackingYear = on.getYear();
        s.trackingSequence = Submission.nextSequence(s.trackingYear);
        s.trackingNumber = Submission.trackingNumber(s.trackingYear, s.trackingSequence);
        s.idempotencyKey = "demo-" + s.trackingNumber;
        s.sentAt = on.atTime(10, 0).toInstant(ZoneOffset.UTC);
        s.sentBy = CONVENOR;
        s.persist();
        return s;
    }

    private static void event(Submission s, TrackingKind kind, LocalDate on, String note) {
        TrackingEvent e = new TrackingEvent();
        e.submission = s;
        e.kind = kind;
        e.occurredOn = on;
        e.note = note;
        e.recordedAt = on.atTime(12, 0).toInstant(ZoneOffset.UTC);
        e.recordedBy = CONVENOR;
        e.persist();
    }

    private static void uptake(Submission s, VersionEntry entry, Taken taken, String reference) {
        Uptake u = new Uptake();
        u.submission = s;
        u.recommendation = Recommendation.findById(entry.recommendationId());
        u.level = taken.level();
        u.officialText = taken.officialText();
        u.reference = taken.level() == UptakeLevel.NONE ? null : reference;
        u.recordedAt = Instant.now();
        u.recordedBy = CONVENOR;
        u.persist();
    }
}
