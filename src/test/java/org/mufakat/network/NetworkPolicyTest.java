package org.mufakat.network;

import static org.mufakat.security.PolicyTable.INDONESIA;
import static org.mufakat.security.PolicyTable.PHILIPPINES;
import static org.mufakat.security.PolicyTable.of;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mufakat.security.PolicyTable;
import org.mufakat.security.Scoped;

/** Who may read and keep the network registry, as a table. */
class NetworkPolicyTest {

    @Test
    void table() {
        PolicyTable.of(new NetworkPolicy())
                .row(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK, "secretariat", "convenor", "observer", "focal.id",
                        "focal.ph", "member.id", "member.ph")
                .row(NetworkAction.USE_API_TOKENS, Scoped.NETWORK, "secretariat", "convenor", "observer", "focal.id",
                        "focal.ph", "member.id", "member.ph")
                .row(NetworkAction.MANAGE_CONSTITUENCIES, Scoped.NETWORK, "secretariat")
                .row(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK, "secretariat")
                .row(NetworkAction.MANAGE_RATIFICATIONS, Scoped.NETWORK, "secretariat", "convenor")
                .row(NetworkAction.MANAGE_ORGANISATION, of(INDONESIA), "secretariat", "focal.id")
                .row(NetworkAction.MANAGE_ORGANISATION, of(PHILIPPINES), "secretariat", "focal.ph")
                .row(NetworkAction.VIEW_ORGANISATION, of(INDONESIA), "secretariat", "convenor", "focal.id",
                        "member.id")
                .verify(EnumSet.allOf(NetworkAction.class));
    }
}
