package org.mufakat.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreBcryptSaltedAndVerify() {
        String first = hasher.hash("a long enough password");
        String second = hasher.hash("a long enough password");
        assertTrue(first.startsWith("$2"), first);
        assertNotEquals(first, second);
        assertTrue(hasher.matches("a long enough password", first));
        assertFalse(hasher.matches("a long enough passworD", first));
        assertFalse(hasher.matches(null, first));
        assertFalse(hasher.matches("x", "not a hash"));
    }
}
