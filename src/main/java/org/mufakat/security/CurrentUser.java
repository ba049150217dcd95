package org.mufakat.security;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;

/** The person behind this request, as templates ({@code inject:currentUser}) and workflows see them. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private Audience audience;

    /**
     * Pages rendered on the I/O thread (an address no resource serves) cannot wait for the identity; they are drawn
     * as for an anonymous visitor.
     */
    private LoginAccount account() {
        if (!BlockingOperationControl.isBlockingAllowed() || identity.isAnonymous()) {
            return null;
        }
        return identity.getAttribute(SignIn.ACCOUNT_ATTRIBUTE);
    }

    public boolean isSignedIn() {
        return account() != null;
    }

    public Long accountId() {
        LoginAccount a = account();
        return a == null ? null : a.id();
    }

    /** The username, or "anonymous" for audit lines written before sign-in. */
    public String username() {
        LoginAccount a = account();
        return a == null ? "anonymous" : a.username();
    }

    public String displayName() {
        LoginAccount a = account();
        return a == null ? "" : a.displayName();
    }

    public List<Grant> grants() {
        LoginAccount a = account();
        return a == null ? List.of() : a.grants();
    }

    /** This person as policies see them. */
    public Actor actor() {
        return new Actor(accountId(), grants());
    }

    /** What this person may see, computed once for the request. */
    public Audience audience() {
        if (audience == null) {
            audience = isSignedIn() ? Audience.of(actor()) : Audience.NOBODY;
        }
        return audience;
    }

    public boolean has(Role role) {
        return actor().has(role);
    }

    public boolean isSecretariat() {
        return has(Role.SECRETARIAT);
    }

    public boolean isConvenor() {
        return has(Role.CONVENOR);
    }

    /** Constituencies this person acts for as focal point. */
    public Set<Long> focalPointConstituencies() {
        return actor().focalPointConstituencies();
    }

    /** Constituencies this person belongs to in any scoped role (focal point, or member of an organisation there). */
    public Set<Long> ownConstituencies() {
        return actor().ownConstituencies();
    }
}
