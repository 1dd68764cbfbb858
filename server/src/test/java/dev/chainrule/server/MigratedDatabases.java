package dev.chainrule.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Migrated databases for storage tests that run on both: an H2 file, or the PostgreSQL named by
 * {@code CHAINRULE_TEST_POSTGRES_URL} (a missing one fails when {@code CHAINRULE_TEST_REQUIRE_POSTGRES=true}, as
 * bin/test sets, and is skipped otherwise).
 */
public final class MigratedDatabases {
    private MigratedDatabases() {
    }

    /** {@code kind} is "h2" (a file at {@code h2File}) or "postgresql". */
    public static Jdbi open(String kind, Path h2File) {
        DataSource source;
        if (kind.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + h2File.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
            source = h2;
        } else {
            String url = System.getenv("CHAINRULE_TEST_POSTGRES_URL");
            if (url == null) {
                if ("true".equals(System.getenv("CHAINRULE_TEST_REQUIRE_POSTGRES"))) {
                    fail("CHAINRULE_TEST_REQUIRE_POSTGRES=true but CHAINRULE_TEST_POSTGRES_URL is not set");
                }
                Assumptions.abort("no PostgreSQL: set CHAINRULE_TEST_POSTGRES_URL (bin/test does)");
            }
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(System.getenv().getOrDefault("CHAINRULE_TEST_POSTGRES_USER", ""));
            pg.setPassword(System.getenv().getOrDefault("CHAINRULE_TEST_POSTGRES_PASSWORD", ""));
            source = pg;
        }
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        return Jdbi.create(source);
    }
}
