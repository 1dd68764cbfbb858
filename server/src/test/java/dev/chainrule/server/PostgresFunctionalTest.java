package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the migrations and one learner's round trip on PostgreSQL, in the empty database that
 * {@code CHAINRULE_TEST_POSTGRES_URL} names (user and password from {@code CHAINRULE_TEST_POSTGRES_USER} / {@code _PASSWORD}).
 * Skipped when no database is named, unless {@code CHAINRULE_TEST_REQUIRE_POSTGRES=true} (set by {@code bin/test}): then a
 * missing or non-PostgreSQL URL fails the build instead of passing it silently.
 */
@EnabledIf(value = "databaseNamedOrRequired",
        disabledReason = "no PostgreSQL: set CHAINRULE_TEST_POSTGRES_URL=jdbc:postgresql://... (bin/test does)")
class PostgresFunctionalTest {

    static final String URL = "CHAINRULE_TEST_POSTGRES_URL";
    static final String REQUIRE = "CHAINRULE_TEST_REQUIRE_POSTGRES";

    static boolean databaseNamedOrRequired() {
        return System.getenv(URL) != null || "true".equals(System.getenv(REQUIRE));
    }

    /** The configuration of the named PostgreSQL database; fails when one is required and none is named. */
    static Config config() {
        Map<String, String> env = System.getenv();
        String url = env.get(URL);
        if (url == null) {
            fail(REQUIRE + "=true but " + URL + " is not set: this run must test PostgreSQL. bin/test starts a throwaway"
                    + " PostgreSQL and sets the URL; run the tests through it, or point the URL at an empty database.");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            fail(URL + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), got " + url);
        }
        return new Config(0, url,
                env.getOrDefault("CHAINRULE_TEST_POSTGRES_USER", ""), env.getOrDefault("CHAINRULE_TEST_POSTGRES_PASSWORD", ""), false);
    }

    @Test
    void theMigrationsAndASubmissionWorkOnPostgresql() {
        try (TestServer server = TestServer.start(config())) {
            TestServer.Client client = server.client();
            assertEquals("ok", client.get("/healthz").body());
            JsonNode exercise = client.json(client.get("/api/v1/exercises/two-neuron-test"));
            assertEquals(exercise, client.json(client.get("/api/v1/exercises/two-neuron-test")));
            assertEquals(2, client.json(client.post("/api/v1/exercises/two-neuron-test/variants", null, "")).get("variant").asInt());
            HttpResponse<String> submitted = client.postJson("/api/v1/exercises/two-neuron-test/submissions",
                    "{\"answers\": {\"dP/dw2\": \"1\", \"dP/dw1\": \"x\"}}");
            assertEquals(201, submitted.statusCode(), submitted.body());
            assertEquals(2, client.json(submitted).get("variant").asInt());
            assertEquals("1", TestDatabase.strings(server, "SELECT COUNT(*) FROM attempts WHERE learner_id = ("
                    + "SELECT learner_id FROM attempts ORDER BY id DESC LIMIT 1)").get(0));
            JsonNode attempts = client.json(client.get("/api/v1/me/attempts?limit=5"));
            assertEquals(1, attempts.size(), attempts.toString());
            assertEquals(client.json(submitted).get("attempt").asLong(), attempts.get(0).get("id").asLong());
            assertEquals("practising", client.json(client.get("/api/v1/me/progress")).get("skills").get(0).get("mastery").asText());
            assertTrue(client.get("/progress").body().contains("data-attempt-id=\"" + attempts.get(0).get("id").asLong() + "\""));
        }
    }

    @Test
    void aGuestSignsUpLogsInAndKeepsTheSessionAcrossARestartOnPostgresql() {
        String email = "pg-" + UUID.randomUUID() + "@example.org";
        String password = AccountFunctionalTest.PASSWORD;
        String session;
        try (TestServer server = TestServer.start(config())) {
            TestServer.Client client = server.client();
            client.get("/api/v1/exercises/two-neuron-test");
            assertEquals(201, client.postJson("/api/v1/exercises/two-neuron-test/submissions", "{\"answers\": {}}").statusCode());
            String guest = TestDatabase.strings(server, "SELECT learner_id FROM attempts ORDER BY id DESC LIMIT 1").get(0);
            assertEquals(303, AccountFunctionalTest.signUp(client, email, password).statusCode());
            assertEquals(List.of(guest), TestDatabase.strings(server, "SELECT learner_id FROM users WHERE email = '" + email + "'"));
            assertEquals(401, AccountFunctionalTest.logIn(server.client(), email, password + "x").statusCode());
            TestServer.Client other = server.client();
            HttpResponse<String> in = AccountFunctionalTest.logIn(other, email.toUpperCase(Locale.ROOT), password);
            assertEquals(303, in.statusCode());
            session = AccountFunctionalTest.cookie(in, "chainrule_session").split(";", 2)[0];
        }
        try (TestServer restarted = TestServer.start(config())) {
            TestServer.Client client = restarted.client();
            HttpResponse<String> home = client.get("/", session);
            assertTrue(home.body().contains("Signed in as " + email), home.body());
        }
    }
}
