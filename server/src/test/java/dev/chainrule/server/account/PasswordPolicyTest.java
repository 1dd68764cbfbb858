package dev.chainrule.server.account;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.fromClasspath();

    @Test
    void theShippedListHoldsThousandsOfCommonPasswords() {
        assertTrue(policy.commonCount() > 2000, "only " + policy.commonCount());
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertEquals(Optional.empty(), policy.problem("violet-tensor-bridge", "ada@example.org"));
        assertEquals(Optional.empty(), policy.problem("8 chars!", "ada@example.org"));
    }

    @Test
    void passwordsUnderEightCharactersAreTooShortCountingCodePoints() {
        assertEquals(Optional.of("account.error.passwordShort"), policy.problem("abc1234", null));
        assertEquals(Optional.of("account.error.passwordShort"), policy.problem("\uD83D\uDE00".repeat(7), null));
        assertEquals(Optional.empty(), policy.problem("\uD83D\uDE00".repeat(8), null));
    }

    @Test
    void passwordsOverTheLimitAreTooLong() {
        assertEquals(Optional.of("account.error.passwordLong"), policy.problem("x".repeat(129), null));
    }

    @Test
    void commonPasswordsAreRefusedInAnyCase() {
        for (String common : new String[] {"password", "Password1", "QWERTY123", "iloveyou", "12345678", "letmein1", "sunshine2024"}) {
            assertEquals(Optional.of("account.error.passwordCommon"), policy.problem(common, null), common);
        }
    }

    @Test
    void theEmailOrItsNamePartIsRefused() {
        assertEquals(Optional.of("account.error.passwordEmail"), policy.problem("ada.lovelace@example.org", "ada.lovelace@example.org"));
        assertEquals(Optional.of("account.error.passwordEmail"), policy.problem("Ada.Lovelace", "ada.lovelace@example.org"));
    }
}
