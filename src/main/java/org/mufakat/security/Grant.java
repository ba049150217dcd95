package org.mufakat.security;

/**
 * One role held by a person, with its scope. A member's grant also carries the constituency of its organisation,
 * so that "same constituency" checks work for members too.
 */
public record Grant(Role role, Long constituencyId, String constituencyCode, Long organisationId,
        String organisationName) {

    public static Grant network(Role role) {
        return new Grant(role, null, null, null, null);
    }

    public boolean coversConstituency(Long id) {
        return id != null && id.equals(constituencyId);
    }

    public boolean coversOrganisation(Long id) {
        return id != null && id.equals(organisationId);
    }
}
