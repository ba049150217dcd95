package org.mufakat.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads a verified Keycloak token. Roles come from the realm roles in {@code realm_access.roles}, named
 * {@code mufakat-secretariat}, {@code mufakat-convenor}, {@code mufakat-focal-point}, {@code mufakat-member} and
 * {@code mufakat-observer}; scopes from the full group paths in {@code groups}: {@code /constituencies/CODE} for focal
 * points and {@code /organisations/ID} (the organisation's number in Mufakat) for members. The username is
 * {@code preferred_username} and nothing else: without it the username is null and the sign-in is refused. Neither
 * the subject nor the e-mail address stands in for it, since an e-mail address (unverified, or chosen by the person
 * in a realm shared with other applications) could equal the username of a local account and take it over.
 * Anything else in the token is ignored.
 */
public final class KeycloakClaims {

    static final String ROLE_PREFIX = "mufakat-";
    static final String CONSTITUENCY_GROUP = "/constituencies/";
    static final String ORGANISATION_GROUP = "/organisations/";

    private KeycloakClaims() {
    }

    public static ExternalIdentity read(JsonWebToken token) {
        String subject = token.getSubject();
        String username = firstText(token, "preferred_username").orElse(null);
        String displayName = firstText(token, "name").orElseGet(() -> {
            String full = (firstText(token, "given_name").orElse("") + " "
                    + firstText(token, "family_name").orElse("")).strip();
            return full.isEmpty() ? username : full;
        });
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object realmAccess = token.getClaim("realm_access");
        for (String name : strings(member(realmAccess, "roles"))) {
            roleNamed(name).ifPresent(roles::add);
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<Long> organisations = new LinkedHashSet<>();
        for (String group : strings(token.getClaim("groups"))) {
            if (group.startsWith(CONSTITUENCY_GROUP) && group.length() > CONSTITUENCY_GROUP.length()) {
                codes.add(group.substring(CONSTITUENCY_GROUP.length()).toUpperCase(Locale.ROOT));
            } else if (group.startsWith(ORGANISATION_GROUP)) {
                try {
                    organisations.add(Long.parseLong(group.substring(ORGANISATION_GROUP.length())));
                } catch (NumberFormatException e) {
                    // a group that only looks like an organisation's: ignored like any other group
                }
            }
        }
        return new ExternalIdentity(subject, username == null ? null : username.strip().toLowerCase(Locale.ROOT),
                displayName, firstText(token, "email").orElse(null), roles, codes, organisations);
    }

    /** The Mufakat role a Keycloak realm role stands for, if any: {@code mufakat-focal-point} is FOCAL_POINT. */
    public static Optional<Role> roleNamed(String realmRole) {
        for (Role role : Role.values()) {
            if (realmRole.equals(realmRoleOf(role))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public static String realmRoleOf(Role role) {
        return ROLE_PREFIX + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<String> firstText(JsonWebToken token, String... claims) {
        for (String claim : claims) {
            List<String> values = strings(token.getClaim(claim));
            if (!values.isEmpty() && !values.get(0).isBlank()) {
                return Optional.of(values.get(0).strip());
            }
        }
        return Optional.empty();
    }

    private static Object member(Object object, String name) {
        if (object instanceof JsonObject json) {
            return json.get(name);
        }
        if (object instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }

    private static List<String> strings(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                text(v).ifPresent(out::add);
            }
        } else if (claim instanceof Collection<?> values) {
            for (Object v : values) {
                text(v).ifPresent(out::add);
            }
        } else {
            text(claim).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<String> text(Object value) {
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        return Optional.empty();
    }
}
