package dev.clvops.deploy.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random passwords and tokens, and the SHA-256 under which a token is stored. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String TOKEN_PREFIX = "clvops_";

    private Secrets() {
    }

    /** 18 random bytes as 24 URL-safe characters. */
    static String password() {
        return random(18);
    }

    /** 32 random bytes, URL-safe, behind a recognisable prefix. */
    static String token() {
        return TOKEN_PREFIX + random(32);
    }

    static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
