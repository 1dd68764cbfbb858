package dev.chainrule.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsServeOnPort7070FromAnH2FileUnderData() {
        Config config = Config.from(Map.of(), dir.resolve("missing.properties"));
        assertEquals(7070, config.port());
        assertTrue(config.dbUrl().startsWith("jdbc:h2:file:./data/chainrule"));
        assertEquals("", config.dbUser());
        assertFalse(config.dev());
    }

    @Test
    void environmentWinsOverThePropertiesFile() throws IOException {
        Path file = dir.resolve("chainrule.properties");
        Files.writeString(file, "CHAINRULE_PORT=8080\nCHAINRULE_DB_USER=sa\nCHAINRULE_DEV=true\n");
        Config config = Config.from(Map.of("CHAINRULE_PORT", "9090", "PATH", "/bin"), file);
        assertEquals(9090, config.port());
        assertEquals("sa", config.dbUser());
        assertTrue(config.dev());
    }

    @Test
    void aPortThatIsNotANumberIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("CHAINRULE_PORT", "http"), dir.resolve("none")));
        assertTrue(e.getMessage().contains("CHAINRULE_PORT"));
    }

    @Test
    void thePasswordIsNotPrinted() {
        Config config = new Config(1, "jdbc:h2:mem:x", "u", "secret", false);
        assertFalse(config.toString().contains("secret"));
    }

    @Test
    void accountSettingsDefaultToOpenSignUpNoAdminAndCookiesSecureOnlyOverHttps() {
        Config config = Config.from(Map.of(), dir.resolve("none"));
        assertTrue(config.signUp());
        assertEquals(null, config.adminEmail());
        assertFalse(config.secureCookies());
    }

    @Test
    void accountSettingsAreReadFromTheEnvironment() {
        Config config = Config.from(Map.of("CHAINRULE_SIGNUP", "false", "CHAINRULE_ADMIN_EMAIL", "root@example.org",
                "CHAINRULE_ADMIN_PASSWORD", "s3cret-admin-pass", "CHAINRULE_SECURE_COOKIES", "TRUE"), dir.resolve("none"));
        assertFalse(config.signUp());
        assertEquals("root@example.org", config.adminEmail());
        assertEquals("s3cret-admin-pass", config.adminPassword());
        assertTrue(config.secureCookies());
        assertFalse(config.toString().contains("s3cret-admin-pass"), config.toString());
    }

    @Test
    void anAdminEmailWithoutAPasswordOrAMistypedSwitchIsRefusedWithItsName() {
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("CHAINRULE_ADMIN_EMAIL", "root@example.org"), dir.resolve("none")));
        assertTrue(half.getMessage().contains("CHAINRULE_ADMIN_PASSWORD"), half.getMessage());
        IllegalArgumentException flag = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("CHAINRULE_SIGNUP", "yes"), dir.resolve("none")));
        assertTrue(flag.getMessage().contains("CHAINRULE_SIGNUP"), flag.getMessage());
    }

    @Test
    void databaseWaitsAndH2DurabilityDefaultToThirtySecondsAndEveryCommitWritten() {
        Config config = Config.from(Map.of(), dir.resolve("none"));
        assertEquals(30_000, config.dbConnectionTimeoutMillis());
        assertEquals(0, config.h2WriteDelayMillis());
        Config set = Config.from(Map.of("CHAINRULE_DB_CONNECTION_TIMEOUT_MS", "1500", "CHAINRULE_H2_WRITE_DELAY_MS", "500"), dir.resolve("none"));
        assertEquals(1_500, set.dbConnectionTimeoutMillis());
        assertEquals(500, set.h2WriteDelayMillis());
    }

    @Test
    void aDatabaseWaitOutOfRangeOrNotANumberIsRefusedWithItsName() {
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("CHAINRULE_DB_CONNECTION_TIMEOUT_MS", "100"), dir.resolve("none")));
        assertTrue(tooShort.getMessage().contains("CHAINRULE_DB_CONNECTION_TIMEOUT_MS"), tooShort.getMessage());
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("CHAINRULE_H2_WRITE_DELAY_MS", "soon"), dir.resolve("none")));
        assertTrue(words.getMessage().contains("CHAINRULE_H2_WRITE_DELAY_MS"), words.getMessage());
    }
}
