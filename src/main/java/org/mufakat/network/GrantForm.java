package org.mufakat.network;

import jakarta.validation.constraints.NotNull;

import org.mufakat.security.Role;
import org.mufakat.web.FormData;

/** Grant a role; focal points need a constituency, members an organisation. */
public record GrantForm(@NotNull(message = "{mufakat.choose}") Role role, Long constituencyId, Long organisationId) {

    public static GrantForm from(FormData f) {
        return new GrantForm(role(f.text("role")), f.number("constituencyId"), f.number("organisationId"));
    }

    static Role role(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
