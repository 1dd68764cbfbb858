package dev.chainrule.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the test server's database directly, to check what was stored. */
final class TestDatabase {

    private TestDatabase() {
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> strings(TestServer server, String sql) {
        try (Connection connection = server.running.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
