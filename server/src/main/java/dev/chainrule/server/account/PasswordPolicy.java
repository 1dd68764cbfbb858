package dev.chainrule.server.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a new password is acceptable: 8 to 128 characters, not on the list of common passwords shipped in
 * {@code account/common-passwords.txt} (compared lower-cased), and not the account's email or its name part.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    static final String COMMON_LIST = "account/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static PasswordPolicy fromClasspath() {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_LIST);
        if (in == null) {
            throw new IllegalStateException("the common password list " + COMMON_LIST + " is missing from the classpath");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_LIST, e);
        }
        return new PasswordPolicy(Set.copyOf(words));
    }

    int commonCount() {
        return common.size();
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> problem(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("account.error.passwordShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("account.error.passwordLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("account.error.passwordCommon");
        }
        if (email != null && !email.isEmpty()) {
            String name = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
            if (lower.equals(email) || lower.equals(name)) {
                return Optional.of("account.error.passwordEmail");
            }
        }
        return Optional.empty();
    }
}
