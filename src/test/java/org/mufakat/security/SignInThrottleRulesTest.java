package org.mufakat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The delays and the client addresses sign-in throttling counts by, as plain rules. */
class SignInThrottleRulesTest {

    @Test
    void delaysDoubleFromTwoSecondsPastTheFreeFailuresUpToTheLongest() {
        SignInThrottle t = new SignInThrottle();
        t.maxDelay = Duration.ofMinutes(15);
        assertEquals(Duration.ZERO, t.delay(4, 5));
        assertEquals(Duration.ofSeconds(2), t.delay(5, 5));
        assertEquals(Duration.ofSeconds(4), t.delay(6, 5));
        assertEquals(Duration.ofSeconds(512), t.delay(13, 5));
        assertEquals(Duration.ofMinutes(15), t.delay(14, 5));
        assertEquals(Duration.ofMinutes(15), t.delay(Integer.MAX_VALUE, 5));
    }

    @Test
    void anIpv6AddressCountsAsItsSlash64AndOthersAsTheyAre() {
        assertEquals("2001:db8:1:2::/64", ClientAddress.normalise("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2::/64", ClientAddress.normalise("[2001:db8:1:2::1]"));
        assertEquals("203.0.113.7", ClientAddress.normalise("203.0.113.7"));
        assertEquals("203.0.113.7", ClientAddress.normalise("::ffff:203.0.113.7"));
        assertEquals("unknown", ClientAddress.normalise(null));
        assertEquals("not:an:address!", ClientAddress.normalise("not:an:address!"));
    }

    @Test
    void keysKeepTheUsernameWithinTheColumn() {
        String key = SignInThrottle.accountKey("x".repeat(500), "2001:db8:1:2::/64");
        assertEquals(true, key.length() <= 200);
    }
}
