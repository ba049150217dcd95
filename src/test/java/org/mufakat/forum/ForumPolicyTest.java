package org.mufakat.forum;

import static org.mufakat.security.PolicyTable.of;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;
import org.mufakat.security.Scoped;

/** Who keeps the forum registry, as a table. */
class ForumPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new ForumPolicy())
                .row(ForumAction.MANAGE_FORUMS, Scoped.NETWORK, "secretariat", "convenor")
                .verify(EnumSet.allOf(ForumAction.class));
    }
}
