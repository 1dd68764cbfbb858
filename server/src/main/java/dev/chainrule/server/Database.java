package dev.chainrule.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** Builds the connection pool and brings the schema up to date with the Flyway migrations in {@code db/migration}. */
final class Database {

    private Database() {
    }

    static HikariDataSource open(Config config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.dbUrl());
        if (!config.dbUser().isEmpty()) {
            hikari.setUsername(config.dbUser());
        }
        if (!config.dbPassword().isEmpty()) {
            hikari.setPassword(config.dbPassword());
        }
        hikari.setPoolName("chainrule");
        hikari.setMaximumPoolSize(10);
        hikari.setConnectionTimeout(5_000);
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }
}
