package dev.chainrule.server.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the site has stored, read straight from its database: per table the row count, the largest id and a
 * digest of every row (so a changed value is seen, not only a new row). Columns that change with normal use while a
 * request is refused (a session's last-seen time, a token's last use) are left out.
 */
record StoredState(Map<String, Table> tables) {

    /** Written on every request by design, not data a refused request may not touch. */
    static final Set<String> VOLATILE = Set.of("sessions.last_seen_at", "api_tokens.last_used_at");

    /** One table: how many rows, the largest id (null: no id column or no rows), and a digest of all rows. */
    record Table(long rows, String maxId, String digest) {
    }

    static StoredState read(HostileSite site) {
        try (Connection connection = site.running.dataSource().getConnection()) {
            Map<String, Table> tables = new TreeMap<>();
            for (String table : tableNames(connection)) {
                tables.put(table, table(connection, table));
            }
            return new StoredState(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stored state", e);
        }
    }

    /** What differs from {@code before}, table by table; empty when nothing does. */
    List<String> changesSince(StoredState before) {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            Table was = before.tables.get(entry.getKey());
            Table now = entry.getValue();
            if (was == null) {
                changes.add("new table " + entry.getKey());
            } else if (!was.equals(now)) {
                changes.add(entry.getKey() + ": rows " + was.rows + " -> " + now.rows + ", max id " + was.maxId + " -> " + now.maxId
                        + (was.rows == now.rows ? ", a row's values changed" : ""));
            }
        }
        return changes;
    }

    long rows(String table) {
        return tables.get(table).rows();
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> strings(HostileSite site, String sql) {
        try (Connection connection = site.running.dataSource().getConnection();
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

    private static List<String> tableNames(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "public" : "PUBLIC";
        List<String> names = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("flyway_")) {
                    names.add(name);
                }
            }
        }
        if (names.size() < 10) {
            throw new IllegalStateException("expected the site's tables, found " + names);
        }
        return names;
    }

    private static Table table(Connection connection, String table) throws SQLException {
        List<String> lines = new ArrayList<>();
        boolean hasId = false;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = rows.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                hasId |= columns.getColumnName(i).equalsIgnoreCase("id");
            }
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String column = columns.getColumnName(i).toLowerCase(Locale.ROOT);
                    if (!VOLATILE.contains(table + "." + column)) {
                        line.append(column).append('=').append(rows.getString(i)).append('\u0001');
                    }
                }
                lines.add(line.toString());
            }
        }
        lines.sort(null);
        String maxId = null;
        if (hasId) {
            try (Statement statement = connection.createStatement(); ResultSet max = statement.executeQuery("SELECT MAX(id) FROM " + table)) {
                max.next();
                maxId = max.getString(1);
            }
        }
        return new Table(lines.size(), maxId, digest(lines));
    }

    private static String digest(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
