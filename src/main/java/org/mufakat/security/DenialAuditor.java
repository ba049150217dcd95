package org.mufakat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mufakat.audit.AuditLog;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;

/** Audits refusals made by role annotations ({@code @RolesAllowed}), as {@link Permissions} does for its own. */
@ApplicationScoped
public class DenialAuditor {

    @Inject
    AuditLog audit;

    void onDenied(@Observes AuthorizationFailureEvent event) {
        if (!(event.getAuthorizationFailure() instanceof ForbiddenException) || event.getSecurityIdentity() == null
                || event.getSecurityIdentity().isAnonymous()) {
            return;
        }
        Object context = event.getEventProperties().get(AuthorizationFailureEvent.AUTHORIZATION_CONTEXT_KEY);
        audit.recordSeparately(event.getSecurityIdentity().getPrincipal().getName(), "permission.denied", "Page",
                null, context == null ? null : context.toString());
    }
}
