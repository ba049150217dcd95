package org.mufakat.security;

import java.security.GeneralSecurityException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;

/** bcrypt hashes in Modular Crypt Format ($2a$...), as stored in the account table. */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 12;
    private static final int COST = 11;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    /** bcrypt's work factor: always {@value #COST} where Mufakat runs for people. */
    private final int cost;
    /** A hash of a password nobody has, verified against when the username is unknown so timing tells nothing. */
    private final String decoy;

    public PasswordHasher() {
        this(COST);
    }

    /**
     * Tests may lower the work factor ({@code mufakat.password.test-cost}): the suite signs in thousands of times,
     * and at {@value #COST} that alone takes minutes. Outside the test launch mode the setting is not read.
     */
    @Inject
    PasswordHasher(@ConfigProperty(name = "mufakat.password.test-cost", defaultValue = "" + COST) int testCost) {
        this.cost = LaunchMode.current() == LaunchMode.TEST ? testCost : COST;
        this.decoy = hash("no-such-account-decoy-password");
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification without an account to verify against. */
    public void burn(String password) {
        matches(password == null ? "" : password, decoy);
    }
}
