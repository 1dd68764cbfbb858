package dev.chainrule.server.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private final AccountStorageTest.ManualClock clock = new AccountStorageTest.ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFifthFailureForAnAccountLocksItUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada@example.org", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Duration.ZERO, throttle.wait("ada@example.org", "10.0.0.9"));
        throttle.failed("ada@example.org", "10.0.0.4");
        assertEquals(Duration.ofMinutes(11), throttle.wait("ada@example.org", "10.0.0.9"));
        assertEquals(Duration.ZERO, throttle.wait("bob@example.org", "10.0.0.9"), "other accounts are not affected");
        clock.advance(Duration.ofMinutes(11));
        assertEquals(Duration.ZERO, throttle.wait("ada@example.org", "10.0.0.9"));
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@example.org", "10.0.0.1");
        }
        assertEquals(LoginThrottle.WINDOW, throttle.wait("new@example.org", "10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.wait("new@example.org", "10.0.0.2"));
    }

    @Test
    void aSuccessClearsTheAccountsCountButNotTheAddresses() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada@example.org", "10.0.0.1");
        }
        throttle.succeeded("ada@example.org");
        throttle.failed("ada@example.org", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.wait("ada@example.org", "10.0.0.2"));
        assertTrue(throttle.wait("ada@example.org", "10.0.0.1").isZero());
    }
}
