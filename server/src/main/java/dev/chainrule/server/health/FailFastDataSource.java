package dev.chainrule.server.health;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The connection pool, made to tell a busy database from an unreachable one. A request waits for a free connection
 * up to the pool's connection timeout, as with Hikari alone; but the moment the pool fails to open a new connection to
 * the database, the database counts as down: the requests waiting for a connection are woken and refused, and every
 * later one is refused at once (a {@link SQLTransientConnectionException}, which the error handlers turn into a 503),
 * until the pool, which keeps trying in the background, opens a connection again.
 */
public final class FailFastDataSource extends HikariDataSource {

    /** SQLSTATE of a client unable to establish a connection. */
    static final String CANNOT_CONNECT = "08001";

    private final AtomicBoolean down = new AtomicBoolean();
    /** Guards {@link #waiting} and {@link #woken}, and the switch to down, so that no waiter is missed. */
    private final Object waiters = new Object();
    private final Set<Thread> waiting = new HashSet<>();
    private final Set<Thread> woken = new HashSet<>();

    private FailFastDataSource(HikariConfig config) {
        super(config);
    }

    /**
     * Starts the pool of {@code config} (JDBC URL, credentials, driver properties; the connection timeout is the
     * longest a request waits while every connection is busy), watching each connection it opens.
     */
    public static FailFastDataSource open(HikariConfig config) {
        Watch watch = new Watch(new DriverDataSource(config.getJdbcUrl(), config.getDriverClassName(), config.getDataSourceProperties(),
                config.getUsername(), config.getPassword()));
        config.setDataSource(watch);
        config.setUsername(null);
        config.setPassword(null);
        FailFastDataSource pool = new FailFastDataSource(config);
        watch.pool = pool;
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Thread me = Thread.currentThread();
        synchronized (waiters) {
            if (down.get()) {
                throw unavailable(null);
            }
            waiting.add(me);
        }
        try {
            return super.getConnection();
        } catch (SQLException e) {
            if (down.get()) {
                throw unavailable(e);
            }
            throw e;
        } finally {
            boolean wokenHere;
            synchronized (waiters) {
                waiting.remove(me);
                wokenHere = woken.remove(me);
            }
            if (wokenHere) {
                Thread.interrupted(); // the wake-up is over: the thread goes on uninterrupted
            }
        }
    }

    private void connectionFailed() {
        synchronized (waiters) {
            if (!down.getAndSet(true)) {
                for (Thread thread : waiting) {
                    woken.add(thread);
                    thread.interrupt(); // ends its wait in the pool
                }
            }
        }
    }

    private void connectionOpened() {
        down.set(false);
    }

    private static SQLTransientConnectionException unavailable(SQLException cause) {
        return new SQLTransientConnectionException("the database cannot be reached; the server keeps trying to reconnect",
                CANNOT_CONNECT, cause);
    }

    /** The pool's source of new connections: the driver, watched for connections that cannot be made and for ones that can. */
    private static final class Watch implements javax.sql.DataSource {

        private final DriverDataSource driver;
        private volatile FailFastDataSource pool;

        Watch(DriverDataSource driver) {
            this.driver = driver;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watched(driver::getConnection);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watched(() -> driver.getConnection(username, password));
        }

        private Connection watched(Connect connect) throws SQLException {
            FailFastDataSource watching = pool; // null while the pool opens its first connection, inside its constructor
            try {
                Connection connection = connect.connect();
                if (watching != null) {
                    watching.connectionOpened();
                }
                return connection;
            } catch (SQLException | RuntimeException e) {
                if (watching != null) {
                    watching.connectionFailed();
                }
                throw e;
            }
        }

        /** Opening one connection. */
        private interface Connect {
            Connection connect() throws SQLException;
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return driver.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            driver.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            driver.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return driver.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return driver.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return driver.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return driver.isWrapperFor(type);
        }
    }
}
