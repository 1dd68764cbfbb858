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

    @Test
    void withThePoolNamedTheWorkBorrowsItsConnectionFromThePoolButStillJoinsAnOpenHandle() throws Exception {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plain-jdbc-pool-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        java.util.concurrent.atomic.AtomicInteger borrowed = new java.util.concurrent.atomic.AtomicInteger();
        javax.sql.DataSource counting = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        borrowed.incrementAndGet();
                    }
                    return method.invoke(h2, args);
                });
        Jdbi pooled = Jdbi.create(counting);
        PlainJdbc.Pool.use(pooled, counting);
        pooled.useHandle(handle -> handle.execute("CREATE TABLE v (id INT PRIMARY KEY)"));
        int before = borrowed.get();

        int count = PlainJdbc.with(pooled, connection -> {
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM v")) {
                rows.next();
                return rows.getInt(1);
            }
        });
        assertEquals(0, count);
        assertEquals(before + 1, borrowed.get(), "one connection borrowed from the pool, no handle opened");

        pooled.useTransaction(handle -> {
            handle.execute("INSERT INTO v VALUES (1)");
            int inside = borrowed.get();
            assertSame(handle.getConnection(), PlainJdbc.with(pooled, connection -> connection), "the open handle's connection");
            assertEquals(inside, borrowed.get(), "nothing more borrowed inside the transaction");
            handle.rollback();
        });
    }

    @Test
    void aPoolThatCannotConnectFailsAsJdbiDoesSoTheErrorHandlerSeesTheDatabaseIsUnavailable() {
        javax.sql.DataSource down = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("HikariDataSource HikariDataSource (chainrule) has been closed."); // no SQLSTATE
                });
        Jdbi unreachable = Jdbi.create(down);
        PlainJdbc.Pool.use(unreachable, down);
        RuntimeException failure = assertThrows(org.jdbi.v3.core.ConnectionException.class,
                () -> PlainJdbc.with(unreachable, connection -> connection), "what Jdbi.withHandle throws then");
        assertTrue(dev.chainrule.server.health.DatabaseUnavailable.causedBy(failure), "a 503, not a 500");
    }
}
