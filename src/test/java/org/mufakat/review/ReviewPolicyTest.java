package org.mufakat.review;

import static org.mufakat.security.PolicyTable.INDONESIA;
import static org.mufakat.security.PolicyTable.MIGRANT_CARE;
import static org.mufakat.security.PolicyTable.PHILIPPINES;
import static org.mufakat.security.PolicyTable.ROUND;
import static org.mufakat.security.PolicyTable.of;
import static org.mufakat.security.PolicyTable.round;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;

/**
 * Who reads, comments, follows, edits and endorses a proposal, as a table. Indonesia takes part, the Philippines do
 * not; observers only read.
 */
class ReviewPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new ReviewPolicy())
                .row(ReviewAction.VIEW_REVIEW, ROUND, "convenor", "secretariat", "observer", "focal.id", "member.id")
                .row(ReviewAction.COMMENT, ROUND, "convenor", "focal.id", "member.id")
                .row(ReviewAction.FOLLOW, ROUND, "convenor", "secretariat", "focal.id", "member.id")
                .row(ReviewAction.RESOLVE_COMMENT, round(null, null, "member.id"), "convenor", "member.id")
                .row(ReviewAction.RESOLVE_COMMENT, round(null, null, "focal.ph"), "convenor")
                .row(ReviewAction.TAKE_POSITION, round(INDONESIA, null, null), "focal.id")
                .row(ReviewAction.TAKE_POSITION, round(INDONESIA, MIGRANT_CARE, null), "member.id")
                .row(ReviewAction.TAKE_POSITION, round(PHILIPPINES, null, null))
                .row(ReviewAction.TAKE_POSITION, round(null, null, null))
                .row(ReviewAction.TAKE_VERSION, ROUND, "convenor")
                .row(ReviewAction.EDIT_PROPOSAL, ROUND, "convenor")
                .row(ReviewAction.FINALIZE, ROUND, "convenor")
                .verify(EnumSet.allOf(ReviewAction.class));
    }
}
