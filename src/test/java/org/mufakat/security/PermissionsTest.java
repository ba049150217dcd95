package org.mufakat.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of {@link Permissions}, decided for made-up people against objects of constituency 1. */
class PermissionsTest {

    static final Scoped INDONESIA = Scoped.constituency(1L);

    static Permissions as(Grant... grants) {
        Permissions permissions = new Permissions();
        permissions.user = new CurrentUser() {
            @Override
            public boolean isSignedIn() {
                return true;
            }

            @Override
            public List<Grant> grants() {
                return List.of(grants);
            }
        };
        return permissions;
    }

    static Grant focalPoint(long constituency) {
        return new Grant(Role.FOCAL_POINT, constituency, "C" + constituency, null, null);
    }

    static Grant member(long constituency) {
        return new Grant(Role.MEMBER, constituency, "C" + constituency, 9L, "Org");
    }

    @Test
    void restrictedTextIsForTheConvenorAndTheConstituencysFocalPointsOnly() {
        assertTrue(as(Grant.network(Role.CONVENOR)).may(Action.VIEW_RESTRICTED, INDONESIA));
        assertTrue(as(focalPoint(1)).may(Action.VIEW_RESTRICTED, INDONESIA));
        assertFalse(as(focalPoint(2)).may(Action.VIEW_RESTRICTED, INDONESIA));
        assertFalse(as(member(1)).may(Action.VIEW_RESTRICTED, INDONESIA));
        assertFalse(as(Grant.network(Role.SECRETARIAT)).may(Action.VIEW_RESTRICTED, INDONESIA));
        assertFalse(as(Grant.network(Role.OBSERVER)).may(Action.VIEW_RESTRICTED, INDONESIA));
    }

    @Test
    void onlyTheConstituencysFocalPointsEditItsInput() {
        assertTrue(as(focalPoint(1)).may(Action.EDIT_INPUT, INDONESIA));
        assertTrue(as(focalPoint(2), focalPoint(1)).may(Action.EDIT_INPUT, INDONESIA));
        assertFalse(as(focalPoint(2)).may(Action.EDIT_INPUT, INDONESIA));
        assertFalse(as(Grant.network(Role.CONVENOR)).may(Action.EDIT_INPUT, INDONESIA));
        assertFalse(as(member(1)).may(Action.EDIT_INPUT, INDONESIA));
    }

    @Test
    void inputsAreReadByTheNetworkRolesAndTheConstituencyButNotByOtherConstituencies() {
        assertTrue(as(Grant.network(Role.CONVENOR)).may(Action.VIEW_INPUT, INDONESIA));
        assertTrue(as(Grant.network(Role.SECRETARIAT)).may(Action.VIEW_INPUT, INDONESIA));
        assertTrue(as(Grant.network(Role.OBSERVER)).may(Action.VIEW_INPUT, INDONESIA));
        assertTrue(as(member(1)).may(Action.VIEW_INPUT, INDONESIA));
        assertFalse(as(focalPoint(2)).may(Action.VIEW_INPUT, INDONESIA));
        assertFalse(as(member(2)).may(Action.VIEW_INPUT, INDONESIA));
    }

    @Test
    void roundsAreRunByTheConvenor() {
        assertTrue(as(Grant.network(Role.CONVENOR)).may(Action.MANAGE_ROUNDS, Scoped.NETWORK));
        assertFalse(as(Grant.network(Role.SECRETARIAT)).may(Action.MANAGE_ROUNDS, Scoped.NETWORK));
        assertTrue(as(Grant.network(Role.CONVENOR)).may(Action.RETURN_INPUT, INDONESIA));
        assertFalse(as(focalPoint(1)).may(Action.RETURN_INPUT, INDONESIA));
        assertTrue(as(focalPoint(2)).may(Action.VIEW_ROUND_PROGRESS, Scoped.NETWORK));
        assertFalse(as(member(1)).may(Action.VIEW_ROUND_PROGRESS, Scoped.NETWORK));
    }

    @Test
    void theNetworkRegistryRules() {
        assertTrue(as(focalPoint(1)).may(Action.MANAGE_ORGANISATION, INDONESIA));
        assertFalse(as(focalPoint(2)).may(Action.MANAGE_ORGANISATION, INDONESIA));
        assertTrue(as(Grant.network(Role.SECRETARIAT)).may(Action.MANAGE_ACCOUNTS, Scoped.NETWORK));
        assertFalse(as(Grant.network(Role.CONVENOR)).may(Action.MANAGE_ACCOUNTS, Scoped.NETWORK));
        assertTrue(as(Grant.network(Role.CONVENOR)).may(Action.MANAGE_FORUMS, Scoped.NETWORK));
        assertFalse(as(focalPoint(1)).may(Action.MANAGE_FORUMS, Scoped.NETWORK));
    }
}
