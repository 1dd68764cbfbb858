package dev.chainrule.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseTest {

    @Test
    void anH2FileIsOpenedWithTheConfiguredWriteDelayUnlessItsUrlSetsOne() {
        Config config = new Config(0, "jdbc:h2:file:./data/chainrule;DB_CLOSE_ON_EXIT=FALSE", "", "", false);
        assertEquals("jdbc:h2:file:./data/chainrule;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", Database.jdbcUrl(config));
        assertEquals("jdbc:h2:file:./data/chainrule;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=500", Database.jdbcUrl(config.withH2WriteDelay(500)));
        Config own = new Config(0, "jdbc:h2:file:./x;write_delay=100", "", "", false);
        assertEquals("jdbc:h2:file:./x;write_delay=100", Database.jdbcUrl(own));
    }

    @Test
    void otherDatabasesAndInMemoryH2AreOpenedAsConfigured() {
        assertEquals("jdbc:postgresql://db/chainrule", Database.jdbcUrl(new Config(0, "jdbc:postgresql://db/chainrule", "", "", false)));
        assertEquals("jdbc:h2:mem:test", Database.jdbcUrl(new Config(0, "jdbc:h2:mem:test", "", "", false)));
    }
}
