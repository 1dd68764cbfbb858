package dev.chainrule.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Holds the server's settings, read from environment variables or a {@code chainrule.properties} file (the environment wins). */
public record Config(int port, String dbUrl, String dbUser, String dbPassword, boolean dev, Path contentDir,
                     boolean signUp, String adminEmail, String adminPassword, boolean secureCookies,
                     int dbConnectionTimeoutMillis, int h2WriteDelayMillis) {

    static final String PORT = "CHAINRULE_PORT";
    static final String DB_URL = "CHAINRULE_DB_URL";
    static final String DB_USER = "CHAINRULE_DB_USER";
    static final String DB_PASSWORD = "CHAINRULE_DB_PASSWORD";
    static final String DEV = "CHAINRULE_DEV";
    static final String CONTENT_DIR = "CHAINRULE_CONTENT_DIR";
    static final String SIGNUP = "CHAINRULE_SIGNUP";
    static final String ADMIN_EMAIL = "CHAINRULE_ADMIN_EMAIL";
    static final String ADMIN_PASSWORD = "CHAINRULE_ADMIN_PASSWORD";
    static final String SECURE_COOKIES = "CHAINRULE_SECURE_COOKIES";
    static final String DB_CONNECTION_TIMEOUT = "CHAINRULE_DB_CONNECTION_TIMEOUT_MS";
    static final String H2_WRITE_DELAY = "CHAINRULE_H2_WRITE_DELAY_MS";

    public static final int DEFAULT_PORT = 7070;
    /** An H2 file under ./data; connections may close and reopen without losing the database. */
    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/chainrule;DB_CLOSE_ON_EXIT=FALSE";
    /**
     * How long a request waits for a free database connection while all are busy before it is answered 503 (Hikari's
     * own default): long enough to ride out a burst of load on a small pool. A database that cannot be reached is
     * answered 503 at once, whatever this is (see {@code health.FailFastDataSource}).
     */
    public static final int DEFAULT_DB_CONNECTION_TIMEOUT_MILLIS = 30_000;
    /**
     * H2 writes every commit to its file before the submission is acknowledged, so a killed server loses nothing it
     * acknowledged (H2's own default, 500 ms, may lose the last half second; docs/RELIABILITY.md has the measured cost).
     */
    public static final int DEFAULT_H2_WRITE_DELAY_MILLIS = 0;

    public Config {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(PORT + " must be between 0 and 65535, got " + port);
        }
        if (dbUrl == null || !dbUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException(DB_URL + " must be a JDBC URL (jdbc:...), got " + dbUrl);
        }
        if (contentDir != null && !Files.isDirectory(contentDir)) {
            throw new IllegalArgumentException(CONTENT_DIR + " must name a directory, got " + contentDir);
        }
        adminEmail = adminEmail == null || adminEmail.isBlank() ? null : adminEmail.strip();
        adminPassword = adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
        if ((adminEmail == null) != (adminPassword == null)) {
            throw new IllegalArgumentException("set both " + ADMIN_EMAIL + " and " + ADMIN_PASSWORD + ", or neither");
        }
        if (dbConnectionTimeoutMillis < 500 || dbConnectionTimeoutMillis > 120_000) {
            throw new IllegalArgumentException(DB_CONNECTION_TIMEOUT + " must be between 500 and 120000 (milliseconds), got "
                    + dbConnectionTimeoutMillis);
        }
        if (h2WriteDelayMillis < 0 || h2WriteDelayMillis > 60_000) {
            throw new IllegalArgumentException(H2_WRITE_DELAY + " must be between 0 and 60000 (milliseconds), got " + h2WriteDelayMillis);
        }
    }

    /** The settings with the given accounts settings and the default database timeouts and durability. */
    public Config(int port, String dbUrl, String dbUser, String dbPassword, boolean dev, Path contentDir,
                  boolean signUp, String adminEmail, String adminPassword, boolean secureCookies) {
        this(port, dbUrl, dbUser, dbPassword, dev, contentDir, signUp, adminEmail, adminPassword, secureCookies,
                DEFAULT_DB_CONNECTION_TIMEOUT_MILLIS, DEFAULT_H2_WRITE_DELAY_MILLIS);
    }

    /** The settings with defaults for accounts: self sign-up on, no bootstrap admin, cookies Secure only over HTTPS. */
    public Config(int port, String dbUrl, String dbUser, String dbPassword, boolean dev, Path contentDir) {
        this(port, dbUrl, dbUser, dbPassword, dev, contentDir, true, null, null, false);
    }

    /** The settings with the built-in course only. */
    public Config(int port, String dbUrl, String dbUser, String dbPassword, boolean dev) {
        this(port, dbUrl, dbUser, dbPassword, dev, null);
    }

    /** These settings with self sign-up turned on or off. */
    public Config withSignUp(boolean open) {
        return new Config(port, dbUrl, dbUser, dbPassword, dev, contentDir, open, adminEmail, adminPassword, secureCookies,
                dbConnectionTimeoutMillis, h2WriteDelayMillis);
    }

    /** These settings with a bootstrap admin account. */
    public Config withAdmin(String email, String password) {
        return new Config(port, dbUrl, dbUser, dbPassword, dev, contentDir, signUp, email, password, secureCookies,
                dbConnectionTimeoutMillis, h2WriteDelayMillis);
    }

    /** These settings with the Secure flag on every cookie (the site is served over HTTPS). */
    public Config withSecureCookies(boolean secure) {
        return new Config(port, dbUrl, dbUser, dbPassword, dev, contentDir, signUp, adminEmail, adminPassword, secure,
                dbConnectionTimeoutMillis, h2WriteDelayMillis);
    }

    /** These settings with another wait for a database connection ({@code CHAINRULE_DB_CONNECTION_TIMEOUT_MS}). */
    public Config withDbConnectionTimeout(int millis) {
        return new Config(port, dbUrl, dbUser, dbPassword, dev, contentDir, signUp, adminEmail, adminPassword, secureCookies,
                millis, h2WriteDelayMillis);
    }

    /** These settings with another H2 write delay ({@code CHAINRULE_H2_WRITE_DELAY_MS}; ignored on PostgreSQL). */
    public Config withH2WriteDelay(int millis) {
        return new Config(port, dbUrl, dbUser, dbPassword, dev, contentDir, signUp, adminEmail, adminPassword, secureCookies,
                dbConnectionTimeoutMillis, millis);
    }

    /** The directory of extra or replacement lessons ({@code CHAINRULE_CONTENT_DIR}), if one is set. */
    public Optional<Path> contentDirectory() {
        return Optional.ofNullable(contentDir);
    }

    /** The settings of this process: {@code chainrule.properties} in the working directory, overridden by the environment. */
    public static Config fromEnvironment() {
        return from(System.getenv(), Path.of("chainrule.properties"));
    }

    static Config from(Map<String, String> env, Path propertiesFile) {
        Map<String, String> values = new HashMap<>(readProperties(propertiesFile));
        env.forEach((key, value) -> {
            if (key.startsWith("CHAINRULE_")) {
                values.put(key, value);
            }
        });
        return new Config(
                parsePort(values.getOrDefault(PORT, String.valueOf(DEFAULT_PORT))),
                values.getOrDefault(DB_URL, DEFAULT_DB_URL),
                values.getOrDefault(DB_USER, ""),
                values.getOrDefault(DB_PASSWORD, ""),
                Boolean.parseBoolean(values.getOrDefault(DEV, "false").trim()),
                contentDir(values.getOrDefault(CONTENT_DIR, "")),
                parseBoolean(SIGNUP, values.getOrDefault(SIGNUP, "true")),
                values.get(ADMIN_EMAIL),
                values.get(ADMIN_PASSWORD),
                parseBoolean(SECURE_COOKIES, values.getOrDefault(SECURE_COOKIES, "false")),
                parseMillis(DB_CONNECTION_TIMEOUT, values.getOrDefault(DB_CONNECTION_TIMEOUT, String.valueOf(DEFAULT_DB_CONNECTION_TIMEOUT_MILLIS))),
                parseMillis(H2_WRITE_DELAY, values.getOrDefault(H2_WRITE_DELAY, String.valueOf(DEFAULT_H2_WRITE_DELAY_MILLIS))));
    }

    private static boolean parseBoolean(String key, String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, got '" + text + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static Path contentDir(String text) {
        return text.isBlank() ? null : Path.of(text.strip()).toAbsolutePath().normalize();
    }

    private static int parseMillis(String key, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of milliseconds, got '" + text + "'", e);
        }
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a number, got '" + text + "'", e);
        }
    }

    private static Map<String, String> readProperties(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).trim()));
        return values;
    }

    @Override
    public String toString() {
        return "Config[port=" + port + ", dbUrl=" + dbUrl + ", dbUser=" + dbUser + ", dev=" + dev + (contentDir == null ? "" : ", contentDir=" + contentDir)
                + ", signUp=" + signUp + ", admin=" + (adminEmail == null ? "none" : adminEmail) + ", secureCookies=" + secureCookies
                + ", dbConnectionTimeoutMs=" + dbConnectionTimeoutMillis + (dbUrl.startsWith("jdbc:h2:") ? ", h2WriteDelayMs=" + h2WriteDelayMillis : "") + "]";
    }
}
