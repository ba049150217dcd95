package org.mufakat.security;

import java.util.Set;

/**
 * A person as the identity provider (Keycloak) describes them in a token whose signature, issuer, audience and
 * expiry have been checked: who they are, and the Mufakat roles and scopes its realm roles and groups give them.
 */
public record ExternalIdentity(String subject, String username, String displayName, String email, Set<Role> roles,
        Set<String> constituencyCodes, Set<Long> organisationIds) {

    public ExternalIdentity {
        roles = Set.copyOf(roles);
        constituencyCodes = Set.copyOf(constituencyCodes);
        organisationIds = Set.copyOf(organisationIds);
    }
}
