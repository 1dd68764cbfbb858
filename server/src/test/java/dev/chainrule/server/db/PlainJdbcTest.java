package dev.chainrule.server.db;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainJdbcTest {

    private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:plain-jdbc-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

    @Test
    void workRunsOnAPooledConnectionAndReturnsItsResult() {
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10))"));
        jdbi.useHandle(handle -> handle.execute("INSERT INTO t VALUES (7, 'seven')"));
        String name = PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT name FROM t WHERE id = ?")) {
                query.setInt(1, 7);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
        assertEquals("seven", name);
    }

    @Test
    void insideAnOpenHandleTheWorkUsesThatHandlesConnectionAndTransaction() {
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE u (id INT PRIMARY KEY)"));
        jdbi.useTransaction(handle -> {
            handle.execute("INSERT INTO u VALUES (1)");
            assertSame(handle.getConnection(), PlainJdbc.with(jdbi, connection -> connection));
            int seen = PlainJdbc.with(jdbi, connection -> {
                try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM u")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertEquals(1, seen, "the uncommitted row of the same transaction");
            handle.rollback();
        });
        int left = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM u").mapTo(Integer.class).one());
        assertEquals(0, left, "rolled back with the transaction");
    }

    @Test
    void aFailedStatementIsJdbisExceptionWithTheDatabasesErrorAsItsCause() {
        UnableToExecuteStatementException failure = assertThrows(UnableToExecuteStatementException.class,
                () -> PlainJdbc.with(jdbi, connection -> connection.prepareStatement("SELECT * FROM no_such_table")));
        SQLException cause = assertInstanceOf(SQLException.class, failure.getCause());
        assertTrue(cause.getMessage().contains("NO_SUCH_TABLE"), cause.getMessage());
    }
}
