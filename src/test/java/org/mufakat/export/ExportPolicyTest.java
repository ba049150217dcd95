package org.mufakat.export;

import static org.mufakat.security.PolicyTable.ROUND;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;

/**
 * Who exports a round, as a table: whoever reads the round downloads the public edition; only the network's staff
 * the internal one; only the convenor writes the foreword.
 */
class ExportPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new ExportPolicy())
                .row(ExportAction.EXPORT_PUBLIC, ROUND, "secretariat", "convenor", "observer", "focal.id",
                        "member.id")
                .row(ExportAction.EXPORT_INTERNAL, ROUND, "secretariat", "convenor")
                .row(ExportAction.WRITE_FOREWORD, ROUND, "convenor")
                .verify(EnumSet.allOf(ExportAction.class));
    }
}
