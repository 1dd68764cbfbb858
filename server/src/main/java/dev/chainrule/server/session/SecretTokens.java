package dev.chainrule.server.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Makes the 128-bit random tokens of the site's cookies and the SHA-256 hashes the database keeps instead of them. */
public final class SecretTokens {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final SecureRandom random;

    public SecretTokens(SecureRandom random) {
        this.random = random;
    }

    /** 16 random bytes, base64url without padding (22 characters). */
    public String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean isWellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** The SHA-256 of {@code text} as 64 lower-case hex digits. */
    public static String hash(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** The SHA-256 of {@code text} (UTF-8) as base64url without padding. */
    public static String hashBase64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(text));
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    public static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present in the JDK", e);
        }
    }
}
