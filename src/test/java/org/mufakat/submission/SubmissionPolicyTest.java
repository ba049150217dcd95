package org.mufakat.submission;

import static org.mufakat.security.PolicyTable.ROUND;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;

/** Who sends, tracks and reads submissions, as a table: the convenor writes; whoever reads the round reads. */
class SubmissionPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new SubmissionPolicy())
                .row(SubmissionAction.VIEW_SUBMISSIONS, ROUND, "secretariat", "convenor", "observer", "focal.id",
                        "member.id")
                .row(SubmissionAction.SUBMIT, ROUND, "convenor")
                .row(SubmissionAction.TRACK, ROUND, "convenor")
                .row(SubmissionAction.PUBLISH, ROUND, "convenor")
                .verify(EnumSet.allOf(SubmissionAction.class));
    }
}
