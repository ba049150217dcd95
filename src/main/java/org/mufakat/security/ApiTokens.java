package org.mufakat.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a personal API token looks like: {@value #PREFIX} and 256 random bits in base64url (43 characters), so that
 * people, secret scanners and the sign-in mechanism recognise it. Only its SHA-256 is stored: a token is checked by
 * one lookup of that hash, never by a slow password hash (256 random bits need none).
 */
public final class ApiTokens {

    public static final String PREFIX = "mfk_";
    private static final int RANDOM_BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    /** A new token; shown once to its owner, then only its {@link #hash} is kept. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token, in lower-case hex (64 characters). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the text starts as a personal API token does (whether it is well formed is checked later). */
    public static boolean recognised(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** True for a token of the right length and alphabet; anything else is refused without a lookup. */
    static boolean wellFormed(String token) {
        if (token == null || token.length() != LENGTH || !recognised(token)) {
            return false;
        }
        for (int i = PREFIX.length(); i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
