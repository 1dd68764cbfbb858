package dev.chainrule.server.learner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Makes the 128-bit random token of an anonymous learner's cookie and the SHA-256 hash the database keeps instead. */
final class LearnerToken {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final SecureRandom random;

    LearnerToken(SecureRandom random) {
        this.random = random;
    }

    /** 16 random bytes, base64url without padding (22 characters). */
    String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isWellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present in the JDK", e);
        }
    }
}
