package dev.chainrule.server.health;

import org.jdbi.v3.core.ConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure to reach the database (stopped, restarting, unreachable, or the pool refusing while it is) from
 * every other failure: the first is a 503 "try again shortly", the rest a 500 bug.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08 is "connection exception"; 57P01-57P03 are PostgreSQL shutting down or starting up. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything it was caused by or suppressed, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return causedBy(failure, seen);
    }

    private static boolean causedBy(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null || seen.size() > 50) {
            return false;
        }
        if (isConnectionFailure(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causedBy(suppressed, seen)) {
                return true;
            }
        }
        if (failure instanceof SQLException sql && causedBy(sql.getNextException(), seen)) {
            return true;
        }
        return causedBy(failure.getCause(), seen);
    }

    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        // Jdbi's wrapper of a failed DataSource.getConnection()
        if (failure instanceof ConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SERVER_GOING_AWAY.contains(state);
        }
        return false;
    }
}
