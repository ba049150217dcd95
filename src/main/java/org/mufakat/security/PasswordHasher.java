package org.mufakat.security;

import java.security.GeneralSecurityException;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashes in Modular Crypt Format ($2a$...), as stored in the account table. */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 12;
    private static final int COST = 11;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    /** A hash of a password nobody has, verified against when the username is unknown so timing tells nothing. */
    private final String decoy = hash("no-such-account-decoy-password");

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
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
