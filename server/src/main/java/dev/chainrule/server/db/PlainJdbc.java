package dev.chainrule.server.db;

import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs plain JDBC on a connection from Jdbi's pool (the handle this thread already has open, if any). For the few small
 * reads every lesson page and submission makes: measured under load, Jdbi's per-statement work (configuration copies,
 * argument binding, result mapping) cost about twice what H2 spent running them. A failure is Jdbi's usual
 * {@link UnableToExecuteStatementException}, so it is handled like any other database failure (a 503 when the database
 * cannot be reached).
 */
public final class PlainJdbc {

    /** Work on a connection, which may throw what JDBC throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private PlainJdbc() {
    }

    /** Jdbi configuration: the pool {@link #with} borrows from directly when no handle is open on the thread. */
    public static final class Pool implements JdbiConfig<Pool> {
        private DataSource source;

        public Pool() {
        }

        private Pool(Pool other) {
            this.source = other.source;
        }

        /** The pool {@code jdbi} was created on. */
        public static void use(Jdbi jdbi, DataSource source) {
            jdbi.getConfig(Pool.class).source = source;
        }

        @Override
        public Pool createCopy() {
            return new Pool(this);
        }
    }

    public static <T> T with(Jdbi jdbi, Work<T> work) {
        DataSource pool = jdbi.getConfig(Pool.class).source;
        if (pool != null && jdbi.getHandleScope().get() == null) {
            Connection connection;
            try {
                connection = pool.getConnection();
            } catch (SQLException e) { // as Jdbi reports it: no connection at all is the database being unavailable (a 503)
                throw new ConnectionException(e);
            }
            try (connection) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        }
        return jdbi.withHandle(handle -> {
            try {
                return work.run(handle.getConnection());
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        });
    }
}
