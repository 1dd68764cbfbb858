package dev.chainrule.server.health;

import io.javalin.http.Context;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Handles {@code GET /healthz}: 200 {@code ok} when the database answers {@code SELECT 1}, 503 otherwise. */
public final class HealthCheck {

    private final DataSource dataSource;

    public HealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void check(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        if (databaseAnswers()) {
            ctx.result("ok");
        } else {
            ctx.status(503).result("database unavailable");
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                return result.next() && result.getInt(1) == 1;
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
