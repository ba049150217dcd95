package org.mufakat.network;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.security.PasswordHasher;
import org.mufakat.security.Role;
import org.mufakat.web.StartupSettings;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Creates the first secretariat account of a new installation from {@code MUFAKAT_ADMIN_USERNAME} and
 * {@code MUFAKAT_ADMIN_PASSWORD}; does nothing once any secretariat account exists. When several instances start at
 * once on a new database, one creates it and the others go on without it. A password too short to be used refuses
 * the start while no secretariat exists (an app that is ready but that nobody can sign in to helps no one).
 */
@ApplicationScoped
public class NetworkStartup {

    private static final Logger LOG = Logger.getLogger(NetworkStartup.class);

    @ConfigProperty(name = "mufakat.bootstrap.username")
    Optional<String> username;
    @ConfigProperty(name = "mufakat.bootstrap.password")
    Optional<String> password;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditLog audit;

    void bootstrap(@Observes @Priority(30) StartupEvent start) {
        try {
            QuarkusTransaction.requiringNew().run(this::createFirstSecretariat);
        } catch (RuntimeException e) {
            if (!QuarkusTransaction.requiringNew().call(() -> Account.anyWithRole(Role.SECRETARIAT))) {
                throw e;
            }
            LOG.info("Another instance created the first secretariat account at the same moment.");
        }
    }

    void createFirstSecretariat() {
        if (username.isEmpty() || password.isEmpty() || Account.anyWithRole(Role.SECRETARIAT)) {
            if (!Account.anyWithRole(Role.SECRETARIAT)) {
                LOG.warn("No secretariat account exists. Set MUFAKAT_ADMIN_USERNAME and MUFAKAT_ADMIN_PASSWORD"
                        + " and restart to create the first one (see docs/operations.md).");
            }
            return;
        }
        String problem = StartupSettings.adminPasswordProblem(password.get());
        if (problem != null || password.get().length() < PasswordHasher.MIN_LENGTH) {
            // Refuse to start rather than be ready with no account anyone can sign in with.
            throw new ConfigurationException("Mufakat cannot start: " + (problem != null ? problem
                    : "MUFAKAT_ADMIN_PASSWORD is too short."));
        }
        Account a = createAccount(username.get().strip().toLowerCase(), "Secretariat", null, password.get(),
                hasher);
        grant(a, Role.SECRETARIAT, null, null, "bootstrap");
        audit.record("system", "account.bootstrapped", "Account", a.id.toString(), a.username);
        LOG.infof("Created the first secretariat account '%s'.", a.username);
    }

    static Account createAccount(String username, String displayName, String email, String password,
            PasswordHasher hasher) {
        Account a = new Account();
        a.username = username;
        a.displayName = displayName;
        a.email = email;
        a.setPasswordHash(hasher.hash(password));
        a.createdAt = Instant.now();
        a.persist();
        return a;
    }

    static void grant(Account a, Role role, Constituency c, MemberOrganisation o, String by) {
        RoleGrant g = new RoleGrant();
        g.account = a;
        g.role = role;
        g.constituency = c;
        g.organisation = o;
        g.grantedAt = Instant.now();
        g.grantedBy = by;
        a.grants.add(g);
        g.persist();
    }
}
