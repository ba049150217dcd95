package org.mufakat.review;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The final versions of the demo's past rounds, so their submissions have a version to be frozen from. Loaded only
 * with demo data, for closed rounds that have recommendations and no version yet.
 */
@ApplicationScoped
public class PastVersionsDemoData {

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    Versions versions;

    @Transactional
    void load(@Observes @Priority(61) StartupEvent start) {
        if (!enabled || ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<Round> closed = Round.list("status", RoundStatus.CLOSED);
        for (Round round : closed) {
            if (Recommendation.countForRound(round) > 0 && ProposalVersion.countForRound(round) == 0) {
                versions.take(round, "Final", true, "convenor");
            }
        }
    }
}
