package dev.chainrule.server.health;

import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void aPoolThatCannotHandOutAConnectionMeansTheDatabaseIsUnavailable() {
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("chainrule - Connection is not available")));
        assertTrue(DatabaseUnavailable.causedBy(new ConnectionException(new SQLException("HikariDataSource has been closed"))));
    }

    @Test
    void postgresqlShuttingDownOrALostConnectionAnywhereInTheCausesMeansUnavailable() {
        SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertTrue(DatabaseUnavailable.causedBy(new UnableToExecuteStatementException(shutdown, null)));
        SQLException starting = new SQLException("FATAL: the database system is starting up", "57P03");
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("wrapped", starting)));
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        RuntimeException rollbackFailed = new RuntimeException("the transaction failed");
        rollbackFailed.addSuppressed(io);
        assertTrue(DatabaseUnavailable.causedBy(rollbackFailed));
        SQLException batch = new SQLException("batch entry 0 failed", "42000");
        batch.setNextException(new SQLException("This connection has been closed.", "08003"));
        assertTrue(DatabaseUnavailable.causedBy(batch));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNotUnavailability() {
        assertFalse(DatabaseUnavailable.causedBy(new UnableToExecuteStatementException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"), null)));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
        RuntimeException loop = new RuntimeException("a cause that loops");
        RuntimeException other = new RuntimeException("back", loop);
        loop.initCause(other);
        assertFalse(DatabaseUnavailable.causedBy(loop));
    }
}
