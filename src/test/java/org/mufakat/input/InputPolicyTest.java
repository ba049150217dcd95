package org.mufakat.input;

import static org.mufakat.security.PolicyTable.INDONESIA;
import static org.mufakat.security.PolicyTable.PHILIPPINES;
import static org.mufakat.security.PolicyTable.of;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;

/** Who reads, writes and returns national inputs, as a table; observers only read. */
class InputPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new InputPolicy())
                .row(InputAction.VIEW_INPUT, of(INDONESIA), "secretariat", "convenor", "observer", "focal.id",
                        "member.id")
                .row(InputAction.VIEW_INPUT, of(PHILIPPINES), "secretariat", "convenor", "observer", "focal.ph",
                        "member.ph")
                .row(InputAction.VIEW_REVISIONS, of(INDONESIA), "convenor", "focal.id")
                .row(InputAction.EDIT_INPUT, of(INDONESIA), "focal.id")
                .row(InputAction.EDIT_INPUT, of(PHILIPPINES), "focal.ph")
                .row(InputAction.RETURN_INPUT, of(INDONESIA), "convenor")
                .verify(EnumSet.allOf(InputAction.class));
    }
}
