package org.mufakat.harmonize;

import static org.mufakat.security.PolicyTable.INDONESIA;
import static org.mufakat.security.PolicyTable.PHILIPPINES;
import static org.mufakat.security.PolicyTable.ROUND;
import static org.mufakat.security.PolicyTable.of;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;

/** Who harmonizes, sees outcomes and reads provenance, as a table. */
class HarmonizePolicyTest {

    @Test
    void table() {
        PolicyTable.of(new HarmonizePolicy())
                .row(HarmonizeAction.HARMONIZE, ROUND, "convenor")
                .row(HarmonizeAction.VIEW_OUTCOME, of(INDONESIA), "convenor", "focal.id")
                .row(HarmonizeAction.VIEW_OUTCOME, of(PHILIPPINES), "convenor", "focal.ph")
                .row(HarmonizeAction.VIEW_PROVENANCE, ROUND, "convenor", "secretariat", "observer", "focal.id",
                        "member.id")
                .verify(EnumSet.allOf(HarmonizeAction.class));
    }
}
