package dev.chainrule.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed log-ins per account and per client address in a sliding window, and refuses further tries once either
 * reaches its limit. Kept in memory: each instance counts on its own and a restart forgets the counts (a shared,
 * database-backed count is future work).
 */
final class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Keys tracked at most; beyond it every count is reset, so a flood of addresses cannot fill memory. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this(clock, ACCOUNT_LIMIT, ADDRESS_LIMIT, WINDOW);
    }

    LoginThrottle(Clock clock, int accountLimit, int addressLimit, Duration window) {
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /** How long until this account or address may try again; zero when it may try now. */
    Duration wait(String email, String address) {
        Instant now = clock.instant();
        Duration account = waitFor("account:" + email, accountLimit, now);
        Duration client = waitFor("address:" + address, addressLimit, now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.clear();
        }
        record("account:" + email, now);
        record("address:" + address, now);
    }

    /** A successful log-in clears the account's count (the address keeps its own). */
    void succeeded(String email) {
        failures.remove("account:" + email);
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
            prune(list, now);
            list.addLast(now);
            return list;
        });
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Duration[] wait = {Duration.ZERO};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= limit) {
                Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
                wait[0] = Duration.between(now, oldestCounted.plus(window));
            }
            return times.isEmpty() ? null : times;
        });
        return wait[0];
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        for (Iterator<Instant> it = times.iterator(); it.hasNext(); ) {
            if (it.next().isAfter(cutoff)) {
                break;
            }
            it.remove();
        }
    }
}
