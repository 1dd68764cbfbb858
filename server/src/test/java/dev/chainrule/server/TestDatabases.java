package dev.chainrule.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where a test server keeps its data: a fresh H2 file under the test's temporary directory, or, when the build runs
 * the functional tests a second time with {@code -Dchainrule.test.database=postgresql} (bin/test does), a fresh
 * database on the throwaway PostgreSQL named by {@code CHAINRULE_TEST_POSTGRES_URL}. The same directory always maps
 * to the same database, so a test can restart a server on its data.
 */
final class TestDatabases {
    static final String PROPERTY = "chainrule.test.database";

    private TestDatabases() {
    }

    static boolean postgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    static Config config(Path databaseDir) {
        if (!postgres()) {
            return new Config(0, "jdbc:h2:file:" + databaseDir.resolve("chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                    "", "", false);
        }
        String base = System.getenv("CHAINRULE_TEST_POSTGRES_URL");
        if (base == null || !base.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(PROPERTY + "=postgresql needs CHAINRULE_TEST_POSTGRES_URL (bin/test sets it)");
        }
        String user = System.getenv().getOrDefault("CHAINRULE_TEST_POSTGRES_USER", "");
        String password = System.getenv().getOrDefault("CHAINRULE_TEST_POSTGRES_PASSWORD", "");
        String name = "t" + Integer.toHexString(databaseDir.toAbsolutePath().toString().hashCode()).replace('-', 'n');
        try (Connection c = DriverManager.getConnection(base, user, password)) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        try (Statement create = c.createStatement()) {
                            create.execute("CREATE DATABASE " + name);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + base, e);
        }
        return new Config(0, base.substring(0, base.lastIndexOf('/') + 1) + name, user, password, false);
    }
}
