package org.mufakat.submission;

import static org.mufakat.security.PolicyTable.ROUND;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;
import org.mufakat.security.Scoped;

/**
 * Who sends, tracks and reads submissions, keeps engagement and allies, as a table: the convenor sends and tracks;
 * whoever reads the round reads submissions; focal points and members never read allies.
 */
class SubmissionPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new SubmissionPolicy())
                .row(SubmissionAction.VIEW_SUBMISSIONS, ROUND, "secretariat", "convenor", "observer", "focal.id",
                        "member.id")
                .row(SubmissionAction.SUBMIT, ROUND, "convenor")
                .row(SubmissionAction.TRACK, ROUND, "convenor")
                .row(SubmissionAction.RECORD_UPTAKE, ROUND, "convenor")
                .row(SubmissionAction.CARRY_FORWARD, ROUND, "convenor")
                .row(SubmissionAction.EDIT_ENGAGEMENT, Scoped.NETWORK, "secretariat", "convenor")
                .row(SubmissionAction.VIEW_ALLIES, Scoped.NETWORK, "secretariat", "convenor", "observer")
                .row(SubmissionAction.MAINTAIN_ALLIES, Scoped.NETWORK, "secretariat", "convenor")
                .row(SubmissionAction.PUBLISH, ROUND, "convenor")
                .verify(EnumSet.allOf(SubmissionAction.class));
    }
}
