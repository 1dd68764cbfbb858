package dev.chainrule.server.hostile;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The hostile-input suite on PostgreSQL, in a fresh database on the server {@code CHAINRULE_TEST_POSTGRES_URL} names
 * (bin/test starts one). Skipped when none is named, unless {@code CHAINRULE_TEST_REQUIRE_POSTGRES=true}: then it fails.
 */
@EnabledIf(value = "postgresNamedOrRequired", disabledReason = "no PostgreSQL: set CHAINRULE_TEST_POSTGRES_URL (bin/test does)")
class HostileInputOnPostgresFunctionalTest extends HostileInputFunctionalTest {

    static boolean postgresNamedOrRequired() {
        return HostileSite.postgresNamed() || "true".equals(System.getenv("CHAINRULE_TEST_REQUIRE_POSTGRES"));
    }

    @Override
    boolean postgres() {
        return true;
    }
}
