package dev.chainrule.server.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Hashes passwords with Argon2id (password4j) at OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 lane.
 * Hashes are PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) that carry their own parameters, so
 * checking still works after the parameters here are raised.
 */
final class PasswordHasher {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID, 19);
    /**
     * Each hash or check holds 19 MiB: at most this many run at once, the rest wait their turn, so that a burst of
     * sign-ups or log-ins cannot exhaust the heap (30 at once on -Xmx256m ran out of memory: docs/RELIABILITY.md).
     */
    private static final Semaphore AT_ONCE = new Semaphore(Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors())), true);
    /**
     * Checked against when the email is unknown, so that a miss takes as long as a wrong password. Made on a thread of
     * its own when the class is first used (an Argon2 hash is about a tenth of a second the server's start need not wait for).
     */
    private static final CompletableFuture<String> DUMMY = CompletableFuture.supplyAsync(
            () -> hashWith("not a real password, only spends the same time"), task -> {
                Thread thread = new Thread(task, "chainrule-dummy-hash");
                thread.setDaemon(true);
                thread.start();
            });

    String hash(String password) {
        return hashWith(password);
    }

    boolean matches(String password, String hash) {
        try {
            return inTurn(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of one check, for a login attempt with no account behind it. */
    void spendCheckTime(String password) {
        matches(password, DUMMY.join());
    }

    private static String hashWith(String password) {
        return inTurn(() -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
    }

    private static <T> T inTurn(Supplier<T> argon2) {
        AT_ONCE.acquireUninterruptibly();
        try {
            return argon2.get();
        } finally {
            AT_ONCE.release();
        }
    }
}
