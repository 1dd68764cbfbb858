package dev.chainrule.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.chainrule.server.health.FailFastDataSource;
import org.flywaydb.core.Flyway;

import java.util.List;
import java.util.Locale;

/**
 * Builds the connection pool and brings the schema up to date with the Flyway migrations in {@code db/migration}
 * (listed in {@link MigrationFiles}, not looked for on the classpath).
 * The pool tells a busy database from an unreachable one and answers at once while it is down
 * ({@link FailFastDataSource}); every wait on the database is bounded, so a request gets a 503 rather than hanging;
 * H2 writes each commit before it is acknowledged.
 */
final class Database {

    /** Seconds a PostgreSQL query may wait on the network before the driver gives up (a dead peer, not a slow query). */
    static final int POSTGRES_SOCKET_TIMEOUT_SECONDS = 30;
    /** Milliseconds to check that a pooled connection still works before handing it out. */
    static final int VALIDATION_TIMEOUT_MILLIS = 1_000;
    /** Seconds to open a TCP connection to PostgreSQL. */
    static final int POSTGRES_CONNECT_TIMEOUT_SECONDS = 5;

    private Database() {
    }

    static HikariDataSource open(Config config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(jdbcUrl(config));
        if (!config.dbUser().isEmpty()) {
            hikari.setUsername(config.dbUser());
        }
        if (!config.dbPassword().isEmpty()) {
            hikari.setPassword(config.dbPassword());
        }
        hikari.setPoolName("chainrule");
        hikari.setMaximumPoolSize(10);
        if (config.dbUrl().startsWith("jdbc:postgresql:")) {
            // driver defaults wait 10 s to connect and forever for a reply; the URL's own parameters still win
            hikari.addDataSourceProperty("connectTimeout", String.valueOf(POSTGRES_CONNECT_TIMEOUT_SECONDS));
            hikari.addDataSourceProperty("socketTimeout", String.valueOf(POSTGRES_SOCKET_TIMEOUT_SECONDS));
            hikari.addDataSourceProperty("tcpKeepAlive", "true");
        }
        hikari.setConnectionTimeout(config.dbConnectionTimeoutMillis());
        // a pooled connection idle for a while is checked before use; a dead one must not use up the wait
        hikari.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        HikariDataSource dataSource = FailFastDataSource.open(hikari);
        try {
            migrate(dataSource);
            if (config.dbUrl().startsWith("jdbc:h2:")) {
                realignIdentities(dataSource);
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /** Applies the migrations the database lacks, after validating those it has (checksums included). */
    static void migrate(javax.sql.DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + MigrationFiles.FOLDER)
                .resourceProvider(new MigrationFiles(Database.class.getClassLoader()))
                .javaMigrationClassProvider(() -> MigrationFiles.JAVA)
                .load()
                .migrate();
    }

    /**
     * After a kill -9, H2 can come back with an identity's sequence behind rows whose commits it did write, and would
     * then hand out an id already taken (a primary-key violation on the next insert: CrashReliabilityTest found it).
     * So at every start each identity column whose next value is not above the largest id in use restarts just above it.
     */
    static void realignIdentities(javax.sql.DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            java.util.List<String[]> identities = new java.util.ArrayList<>();
            try (java.sql.ResultSet columns = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
                while (columns.next()) {
                    identities.add(new String[] {columns.getString(1), columns.getString(2), columns.getString(3)});
                }
            }
            for (String[] identity : identities) {
                String table = '"' + identity[0] + '"';
                String column = '"' + identity[1] + '"';
                long next;
                try (java.sql.ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                // an ALTER TABLE is a schema change H2 writes at once (tens of ms each): only for a sequence that is behind
                if (Long.parseLong(identity[2]) < next) {
                    statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not realign the H2 identity sequences: " + e.getMessage(), e);
        }
    }

    /** The configured URL; for H2 with its write delay, unless the URL sets one itself. */
    static String jdbcUrl(Config config) {
        String url = config.dbUrl();
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=" + config.h2WriteDelayMillis();
    }
}
