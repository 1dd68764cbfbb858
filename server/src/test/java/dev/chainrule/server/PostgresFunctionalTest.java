package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the migrations and one learner's round trip on PostgreSQL. Runs only when {@code CHAINRULE_TEST_POSTGRES_URL}
 * names an empty database (user and password from {@code CHAINRULE_TEST_POSTGRES_USER} / {@code _PASSWORD}).
 */
@EnabledIfEnvironmentVariable(named = "CHAINRULE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresFunctionalTest {

    @Test
    void theMigrationsAndASubmissionWorkOnPostgresql() {
        Map<String, String> env = System.getenv();
        Config config = new Config(0, env.get("CHAINRULE_TEST_POSTGRES_URL"),
                env.getOrDefault("CHAINRULE_TEST_POSTGRES_USER", ""), env.getOrDefault("CHAINRULE_TEST_POSTGRES_PASSWORD", ""), false);
        try (TestServer server = TestServer.start(config)) {
            TestServer.Client client = server.client();
            assertEquals("ok", client.get("/healthz").body());
            JsonNode exercise = client.json(client.get("/api/v1/exercises/two-neuron-test"));
            assertEquals(exercise, client.json(client.get("/api/v1/exercises/two-neuron-test")));
            assertEquals(2, client.json(client.post("/api/v1/exercises/two-neuron-test/variants", null, "")).get("variant").asInt());
            HttpResponse<String> submitted = client.postJson("/api/v1/exercises/two-neuron-test/submissions",
                    "{\"answers\": {\"dP/dw2\": \"1\", \"dP/dw1\": \"x\"}}");
            assertEquals(201, submitted.statusCode(), submitted.body());
            assertEquals(2, client.json(submitted).get("variant").asInt());
            assertEquals("1", TestDatabase.strings(server, "SELECT COUNT(*) FROM attempts").get(0));
        }
    }
}
