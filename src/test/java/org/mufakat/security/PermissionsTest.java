package org.mufakat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The facade: it asks the policy that owns an action, refuses nobody's requests, and knows every action's owner. */
class PermissionsTest {

    enum TestAction implements Action {
        READ, WRITE
    }

    enum Orphan implements Action {
        LOST
    }

    static class TestPolicy implements Policy {
        @Override
        public Class<TestAction> actions() {
            return TestAction.class;
        }

        @Override
        public boolean allows(Actor actor, Action action, Scoped target) {
            return action == TestAction.READ || actor.isConvenor();
        }
    }

    static Permissions as(boolean signedIn, Grant... grants) {
        Permissions permissions = new Permissions();
        permissions.user = new CurrentUser() {
            @Override
            public boolean isSignedIn() {
                return signedIn;
            }

            @Override
            public Long accountId() {
                return 1L;
            }

            @Override
            public List<Grant> grants() {
                return List.of(grants);
            }
        };
        permissions.add(new TestPolicy());
        return permissions;
    }

    @Test
    void theOwningPolicyDecides() {
        assertTrue(as(true, Grant.network(Role.OBSERVER)).may(TestAction.READ, Scoped.NETWORK));
        assertFalse(as(true, Grant.network(Role.OBSERVER)).may(TestAction.WRITE, Scoped.NETWORK));
        assertTrue(as(true, Grant.network(Role.CONVENOR)).may(TestAction.WRITE, Scoped.NETWORK));
    }

    @Test
    void nobodyMayDoAnything() {
        assertFalse(as(false).may(TestAction.READ, Scoped.NETWORK));
    }

    @Test
    void anActionWithoutAPolicyIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> as(true).may(Orphan.LOST, Scoped.NETWORK));
    }

    @Test
    void twoPoliciesForOneEnumAreRefused() {
        Permissions permissions = as(true);
        assertThrows(IllegalStateException.class, () -> permissions.add(new TestPolicy()));
    }

    @Test
    void theAudienceOpensRestrictedContentToTheConvenorAndTheConstituencysFocalPoints() {
        Confidential testimony = new Confidential() {
            @Override
            public boolean restricted() {
                return true;
            }

            @Override
            public Long scopeConstituencyId() {
                return 1L;
            }
        };
        assertTrue(Audience.of(PolicyTable.CAST.get("convenor")).sees(testimony));
        assertTrue(Audience.of(PolicyTable.CAST.get("focal.id")).sees(testimony));
        for (String name : List.of("secretariat", "observer", "focal.ph", "member.id", "member.ph")) {
            assertFalse(Audience.of(PolicyTable.CAST.get(name)).sees(testimony), name);
        }
        assertFalse(Audience.NOBODY.sees(testimony));
        assertFalse(Audience.outside(true, Audience.Register.CALIBRATED).sees(testimony));
        assertEquals(Set.of(), Audience.outside(false, Audience.Register.UNVARNISHED).constituencies());
    }
}
