package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseApiFunctionalTest {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void lessonsAreListedInOrderWithTheirExercises() {
        TestServer.Client client = server.client();
        HttpResponse<String> response = client.get("/api/v1/lessons");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode lessons = client.json(response);
        assertEquals(3, lessons.size());
        assertEquals("first-steps", lessons.get(0).get("slug").asText());
        assertEquals(1, lessons.get(0).get("number").asInt());
        assertEquals("two-neurons", lessons.get(1).get("slug").asText());
        assertEquals("Two neurons", lessons.get(1).get("title").asText());
        assertEquals("The chain rule through two sigmoids.", lessons.get(1).get("summary").asText());
        assertEquals("two-neuron-test", lessons.get(1).get("exercises").get(0).asText());
        assertEquals("all-kinds", lessons.get(2).get("slug").asText());
        assertEquals(6, lessons.get(2).get("exercises").size());
    }

    @Test
    void anExerciseIsDescribedWithTheCallersVariant() {
        TestServer.Client client = server.client();
        HttpResponse<String> response = client.get("/api/v1/exercises/two-neuron-test");
        assertEquals(200, response.statusCode());
        JsonNode exercise = client.json(response);
        assertEquals("two-neuron-test", exercise.get("id").asText());
        assertEquals("gradients", exercise.get("kind").asText());
        assertEquals("Both weights </script>", exercise.get("title").asText());
        assertTrue(exercise.get("prompt").asText().startsWith("Compute $\\partial P/\\partial w_2$"));
        assertTrue(exercise.get("graph").asText().contains("z = sigmoid(p2)"));
        assertEquals(List.of("x", "w1", "w2", "d"), fieldNames(exercise.get("params")));
        exercise.get("params").forEach(value -> assertTrue(value.isNumber(), value.toString()));
        double d = exercise.get("params").get("d").asDouble();
        assertTrue(d == 0.1 || d == 0.9, "d is chosen from 0.1, 0.9");
        assertEquals("dP/dw2", exercise.get("ask").get(0).asText());
        assertEquals("dP/dw1", exercise.get("ask").get(1).asText());
        assertTrue(exercise.get("labels").get("dP/dw1").asText().contains("\\partial"), exercise.toString());
        assertEquals(0.02, exercise.get("tolerance").get("rtol").asDouble());
        assertTrue(exercise.get("tolerance").has("atol"));
        assertEquals(1, exercise.get("variant").asInt());
    }

    @Test
    void theAnonymousCookieKeepsTheSameVariantAcrossRequests() {
        TestServer.Client client = server.client();
        HttpResponse<String> first = client.get("/api/v1/exercises/two-neuron-test");
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("chainrule_learner="), cookie);
        assertTrue(cookie.matches("chainrule_learner=[A-Za-z0-9_-]{22};.*"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertTrue(cookie.contains("Max-Age=31536000"), cookie);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> again = client.get("/api/v1/exercises/two-neuron-test");
            assertEquals(client.json(first), client.json(again));
            assertTrue(again.headers().firstValue("Set-Cookie").isEmpty(), "the cookie is set once");
        }
    }

    @Test
    void theDatabaseKeepsOnlyTheHashOfTheCookieToken() {
        TestServer.Client client = server.client();
        String cookie = client.get("/api/v1/exercises/two-neuron-test").headers().firstValue("Set-Cookie").orElseThrow();
        String token = cookie.substring("chainrule_learner=".length(), cookie.indexOf(';'));
        List<String> hashes = TestDatabase.strings(server, "SELECT token_hash FROM learners");
        assertTrue(hashes.stream().noneMatch(hash -> hash.contains(token)));
        assertTrue(hashes.stream().allMatch(hash -> hash.matches("[0-9a-f]{64}")), hashes.toString());
    }

    @Test
    void differentLearnersGetIndependentVariants() {
        JsonNode a = server.client().json(server.client().get("/api/v1/exercises/two-neuron-test"));
        assertEquals(1, a.get("variant").asInt());
        int distinct = 0;
        for (int i = 0; i < 5; i++) {
            TestServer.Client other = server.client();
            if (!other.json(other.get("/api/v1/exercises/two-neuron-test")).get("params").equals(a.get("params"))) {
                distinct++;
            }
        }
        assertTrue(distinct > 0, "five fresh learners do not all share one variant");
    }

    @Test
    void aFreshVariantIsNumberedOneHigherAndBecomesCurrent() {
        TestServer.Client client = server.client();
        JsonNode first = client.json(client.get("/api/v1/exercises/two-neuron-test"));
        HttpResponse<String> created = client.post("/api/v1/exercises/two-neuron-test/variants", null, "");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode second = client.json(created);
        assertEquals(2, second.get("variant").asInt());
        assertEquals(second, client.json(client.get("/api/v1/exercises/two-neuron-test")));
        assertNotEquals(first.get("variant"), second.get("variant"));
    }

    @Test
    void anUnknownExerciseIsA404JsonError() {
        TestServer.Client client = server.client();
        for (HttpResponse<String> response : List.of(
                client.get("/api/v1/exercises/no-such-exercise"),
                client.post("/api/v1/exercises/no-such-exercise/variants", null, ""),
                client.postJson("/api/v1/exercises/no-such-exercise/submissions", "{\"answers\":{}}"))) {
            assertEquals(404, response.statusCode());
            JsonNode error = client.json(response).get("error");
            assertEquals("not_found", error.get("code").asText());
            assertTrue(error.get("message").asText().contains("no-such-exercise"));
        }
    }

    @Test
    void anUnknownApiPathIsA404JsonError() {
        TestServer.Client client = server.client();
        HttpResponse<String> response = client.get("/api/v1/nothing");
        assertEquals(404, response.statusCode());
        assertEquals("not_found", client.json(response).get("error").get("code").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
