package org.mufakat.export;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;
import org.mufakat.security.Scoped;

/** Who imports rounds, as a table: the secretariat only. */
class ImportPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new ImportPolicy())
                .row(ImportAction.IMPORT_ROUND, Scoped.NETWORK, "secretariat")
                .verify(EnumSet.allOf(ImportAction.class));
    }
}
