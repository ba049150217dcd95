package org.mufakat.round;

import static org.mufakat.security.PolicyTable.ROUND;
import static org.mufakat.security.PolicyTable.of;
import static org.mufakat.security.PolicyTable.round;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;

/** Who runs rounds and sees their progress, as a table. */
class RoundPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new RoundPolicy())
                .row(RoundAction.MANAGE_ROUNDS, ROUND, "convenor")
                .row(RoundAction.VIEW_ROUND_PROGRESS, ROUND, "convenor", "secretariat", "focal.id", "focal.ph")
                .verify(EnumSet.allOf(RoundAction.class));
    }
}
