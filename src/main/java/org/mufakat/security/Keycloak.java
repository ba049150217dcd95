package org.mufakat.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which ways of signing in this server offers: Keycloak, local passwords, or both. */
@ApplicationScoped
public class Keycloak {

    @ConfigProperty(name = "mufakat.keycloak.enabled")
    boolean enabled;
    @ConfigProperty(name = "mufakat.keycloak.name")
    String name;
    @ConfigProperty(name = "mufakat.login.local")
    boolean localSignIn;
    @ConfigProperty(name = "quarkus.oidc.client-id")
    Optional<String> clientId;

    /** True when people can sign in through Keycloak (the OIDC tenant is on). */
    public boolean enabled() {
        return enabled;
    }

    /** What the sign-in button calls the identity provider ("Sign in with ..."). */
    public String name() {
        return name;
    }

    /** True when local usernames and passwords are accepted (the form and HTTP Basic). */
    public boolean localSignIn() {
        return localSignIn;
    }

    public String clientId() {
        return clientId.orElse("mufakat");
    }
}
