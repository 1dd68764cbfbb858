package dev.chainrule.server.reliability;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one test: on the server {@code CHAINRULE_TEST_POSTGRES_URL} names (bin/test
 * starts one), else on a {@link PrivatePostgres}. With neither the test is skipped, or fails when
 * {@code CHAINRULE_TEST_REQUIRE_POSTGRES=true}.
 */
final class PostgresDatabase implements AutoCloseable {

    static final String URL = "CHAINRULE_TEST_POSTGRES_URL";

    final String url;
    final String user;
    final String password;
    private final PrivatePostgres own;

    private PostgresDatabase(String url, String user, String password, PrivatePostgres own) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.own = own;
    }

    static PostgresDatabase fresh(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> env = System.getenv();
        String base = env.get(URL);
        if (base != null) {
            if (!base.startsWith("jdbc:postgresql:")) {
                Assertions.fail(URL + " must be a PostgreSQL JDBC URL, got " + base);
            }
            String user = env.getOrDefault("CHAINRULE_TEST_POSTGRES_USER", "");
            String password = env.getOrDefault("CHAINRULE_TEST_POSTGRES_PASSWORD", "");
            try (Connection connection = DriverManager.getConnection(base, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name + " on " + base, e);
            }
            return new PostgresDatabase(base.substring(0, base.lastIndexOf('/') + 1) + name, user, password, null);
        }
        Optional<Path> bin = PrivatePostgres.binaries();
        if (bin.isEmpty()) {
            String reason = "no PostgreSQL: set " + URL + " (bin/test does) or install PostgreSQL's binaries";
            if ("true".equals(env.get(PrivatePostgres.REQUIRE))) {
                Assertions.fail(PrivatePostgres.REQUIRE + "=true but " + reason);
            }
            Assumptions.abort(reason);
        }
        PrivatePostgres pg = PrivatePostgres.start(bin.get());
        pg.createDatabase(name);
        return new PostgresDatabase(pg.url(name), PrivatePostgres.USER, "", pg);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The server's settings for this database. */
    Map<String, String> settings() {
        return Map.of("CHAINRULE_DB_URL", url, "CHAINRULE_DB_USER", user, "CHAINRULE_DB_PASSWORD", password);
    }

    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }
}
