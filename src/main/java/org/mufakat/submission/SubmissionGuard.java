package org.mufakat.submission;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.StageGuard;
import org.mufakat.web.Texts;

/** A round becomes SUBMITTED only with a submission sent; nobody can force it there without one. */
@ApplicationScoped
public class SubmissionGuard implements StageGuard {

    @Inject
    Texts texts;

    @Override
    public List<String> reasonsAgainst(Round round, RoundStatus target) {
        if (target == RoundStatus.SUBMITTED && Submission.countForRound(round) == 0) {
            return List.of(texts.get("mufakat.submission.sendFirst"));
        }
        return List.of();
    }
}
