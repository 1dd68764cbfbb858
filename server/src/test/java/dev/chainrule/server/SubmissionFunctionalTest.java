package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionFunctionalTest {

    static final String EXERCISE = "/api/v1/exercises/two-neuron-test";
    static final String SUBMIT = EXERCISE + "/submissions";

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
    void submissionIsGradedFromTheStoredVariant() {
        TestServer.Client client = server.client();
        Map<String, Double> params = params(client.json(client.get(EXERCISE)));
        double dw2 = TwoNeuronNetwork.slope(params, "w2");
        double dw1 = TwoNeuronNetwork.slope(params, "w1");
        String body = "{\"answers\": {\"dP/dw2\": \"" + dw2 + "\", \"dP/dw1\": \"" + (dw1 + 0.5 + 10 * Math.abs(dw1)) + "\"}}";
        HttpResponse<String> response = client.postJson(SUBMIT, body);
        assertEquals(201, response.statusCode(), response.body());
        JsonNode reply = client.json(response);
        assertEquals("two-neuron-test", reply.get("exercise").asText());
        assertEquals(1, reply.get("variant").asInt());
        assertEquals(0.5, reply.get("score").asDouble(), 1e-12);
        assertEquals("dP/dw2", reply.get("fields").get(0).get("field").asText());
        assertEquals("correct", reply.get("fields").get(0).get("status").asText());
        assertEquals("dP/dw1", reply.get("fields").get(1).get("field").asText());
        assertEquals("incorrect", reply.get("fields").get(1).get("status").asText());
        assertTrue(reply.get("attempt").asLong() > 0);
        assertFalse(reply.get("chainCorrect").asBoolean());
        assertEquals(1.0, reply.get("fields").get(0).get("credit").asDouble());
        assertEquals(0.0, reply.get("fields").get(1).get("credit").asDouble());
        for (JsonNode field : reply.get("fields")) {
            assertTrue(field.has("mistake") && field.get("mistake").isNull(), field.toString());
        }
    }

    @Test
    void aSubmissionSentAgainWithItsIdempotencyKeyIsAnsweredFromTheFirstAndStoredOnce() {
        TestServer.Client client = server.client();
        Map<String, Double> params = params(client.json(client.get(EXERCISE)));
        String body = "{\"answers\": {\"dP/dw2\": \"" + TwoNeuronNetwork.slope(params, "w2") + "\", \"dP/dw1\": \"7\"}}";
        String key = "offline-" + System.nanoTime();
        HttpResponse<String> first = client.postJsonWithHeader(SUBMIT, body, "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        long attempt = client.json(first).get("attempt").asLong();

        // the retry carries different answers (a client bug, or an edited queue): the first submission still stands
        HttpResponse<String> again = client.postJsonWithHeader(SUBMIT, body.replace("\"7\"", "\"8\""), "Idempotency-Key", key);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replay").orElseThrow());
        assertEquals(client.json(first), client.json(again), "the same reply as the first time");
        assertEquals(List.of("1"), TestDatabase.strings(server,
                "SELECT COUNT(*) FROM attempts WHERE idempotency_key = '" + key + "'"));
        assertEquals(List.of(String.valueOf(attempt)), TestDatabase.strings(server,
                "SELECT id FROM attempts WHERE idempotency_key = '" + key + "'"));

        HttpResponse<String> without = client.postJson(SUBMIT, body);
        assertEquals(201, without.statusCode(), "without a key every submission counts");
        assertTrue(client.json(without).get("attempt").asLong() > attempt);

        HttpResponse<String> bad = client.postJsonWithHeader(SUBMIT, body, "Idempotency-Key", "no spaces please");
        assertEquals(400, bad.statusCode());
        assertEquals("invalid_idempotency_key", client.json(bad).get("error").get("code").asText());

        TestServer.Client other = server.client();
        other.get(EXERCISE);
        assertEquals(201, other.postJsonWithHeader(SUBMIT, body, "Idempotency-Key", key).statusCode(),
                "keys belong to one learner: another learner's same key is a new submission");
    }

    @Test
    void aGradientWithoutTheSigmoidsSlopeNamesTheMistakeAndStoresItOnce() {
        TestServer.Client client = server.client();
        Map<String, Double> params = params(client.json(client.get(EXERCISE)));
        double y = 1 / (1 + Math.exp(-params.get("w1") * params.get("x")));
        double z = 1 / (1 + Math.exp(-params.get("w2") * y));
        double withoutSlope = (params.get("d") - z) * y;
        String body = "{\"answers\": {\"dP/dw2\": " + withoutSlope + ", \"dP/dw1\": " + TwoNeuronNetwork.slope(params, "w1") + "}}";
        JsonNode reply = client.json(client.postJson(SUBMIT, body));
        JsonNode field = reply.get("fields").get(0);
        assertEquals("incorrect", field.get("status").asText(), reply.toString());
        assertEquals("activation-derivative-omitted", field.get("mistake").get("id").asText());
        assertTrue(field.get("message").asText().endsWith(field.get("mistake").get("explanation").asText()));
        assertTrue(reply.get("fields").get(1).get("mistake").isNull());
        assertEquals(List.of("dP/dw2 activation-derivative-omitted"), TestDatabase.strings(server,
                "SELECT field || ' ' || mistake FROM attempt_mistakes WHERE attempt_id = " + reply.get("attempt").asLong()));
    }

    @Test
    void numbersAreAcceptedAsAnswersAndAllCorrectScoresOne() {
        TestServer.Client client = server.client();
        Map<String, Double> params = params(client.json(client.get(EXERCISE)));
        String body = "{\"answers\": {\"dP/dw2\": " + TwoNeuronNetwork.slope(params, "w2")
                + ", \"dP/dw1\": " + TwoNeuronNetwork.slope(params, "w1") + "}}";
        JsonNode reply = client.json(client.postJson(SUBMIT, body));
        assertEquals(1.0, reply.get("score").asDouble(), reply.toString());
        assertTrue(reply.get("chainCorrect").asBoolean());
    }

    @Test
    void aSubmissionIsGradedAgainstTheNewestVariant() {
        TestServer.Client client = server.client();
        Map<String, Double> old = params(client.json(client.get(EXERCISE)));
        Map<String, Double> current = params(client.json(client.post(EXERCISE + "/variants", null, "")));
        String body = "{\"answers\": {\"dP/dw2\": " + TwoNeuronNetwork.slope(current, "w2")
                + ", \"dP/dw1\": " + TwoNeuronNetwork.slope(old, "w1") + "}}";
        JsonNode reply = client.json(client.postJson(SUBMIT, body));
        assertEquals(2, reply.get("variant").asInt());
        assertEquals("correct", reply.get("fields").get(0).get("status").asText());
    }

    @Test
    void aSubmissionIsStoredWithItsAnswersVerdictsAndScore() {
        TestServer.Client client = server.client();
        client.get(EXERCISE);
        JsonNode reply = client.json(client.postJson(SUBMIT, "{\"answers\": {\"dP/dw2\": \" 12.5 \", \"dP/dw1\": \"abc\"}}"));
        long id = reply.get("attempt").asLong();
        List<String> row = TestDatabase.strings(server, "SELECT answers FROM attempts WHERE id = " + id);
        assertEquals(List.of("{\"dP/dw2\":\" 12.5 \",\"dP/dw1\":\"abc\"}"), row);
        String verdicts = TestDatabase.strings(server, "SELECT verdicts FROM attempts WHERE id = " + id).get(0);
        assertTrue(verdicts.contains("\"status\":\"invalid\""), verdicts);
        assertEquals(0.0, Double.parseDouble(TestDatabase.strings(server, "SELECT score FROM attempts WHERE id = " + id).get(0)));
        assertEquals(List.of("two-neuron-test"), TestDatabase.strings(server, "SELECT exercise_id FROM attempts WHERE id = " + id));
    }

    @Test
    void missingAnswersAreGradedInvalid() {
        TestServer.Client client = server.client();
        Map<String, Double> params = params(client.json(client.get(EXERCISE)));
        JsonNode reply = client.json(client.postJson(SUBMIT, "{\"answers\": {\"dP/dw1\": \"" + TwoNeuronNetwork.slope(params, "w1") + "\"}}"));
        assertEquals("invalid", reply.get("fields").get(0).get("status").asText(), reply.toString());
        assertTrue(reply.get("fields").get(0).get("message").asText().length() > 0);
        assertEquals("correct", reply.get("fields").get(1).get("status").asText());
        assertEquals(0.5, reply.get("score").asDouble(), 1e-12);
    }

    @Test
    void badBodiesGetA400NamingTheProblem() {
        TestServer.Client client = server.client();
        client.get(EXERCISE);
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("", new String[] {"invalid_body", null});
        cases.put("not json", new String[] {"invalid_json", null});
        cases.put("{\"answers\": {}} trailing", new String[] {"invalid_json", null});
        cases.put("[1, 2]", new String[] {"invalid_body", null});
        cases.put("{}", new String[] {"invalid_body", "answers"});
        cases.put("{\"answers\": [\"1\"]}", new String[] {"invalid_body", "answers"});
        cases.put("{\"answers\": {\"dP/dw9\": \"1\"}}", new String[] {"unknown_field", "dP/dw9"});
        cases.put("{\"answers\": {\"dP/dw1\": true}}", new String[] {"invalid_answer", "dP/dw1"});
        cases.put("{\"answers\": {\"dP/dw1\": null}}", new String[] {"invalid_answer", "dP/dw1"});
        cases.put("{\"answers\": {\"dP/dw1\": \"1\", \"dP/dw1\": \"2\"}}", new String[] {"invalid_json", null});
        cases.put("{\"answers\": {\"dP/dw1\": \"" + "9".repeat(201) + "\"}}", new String[] {"answer_too_long", "dP/dw1"});
        cases.put("{\"answers\": {}, \"score\": 1}", new String[] {"unknown_field", "score"});
        cases.forEach((body, expected) -> {
            HttpResponse<String> response = client.postJson(SUBMIT, body);
            assertEquals(400, response.statusCode(), body + " -> " + response.body());
            JsonNode error = client.json(response).get("error");
            assertEquals(expected[0], error.get("code").asText(), body);
            assertTrue(error.get("message").asText().length() > 5, body);
            if (expected[1] != null) {
                assertEquals(expected[1], error.get("field").asText(), body);
            }
        });
        assertEquals(List.of("0"), TestDatabase.strings(server, "SELECT COUNT(*) FROM attempts a JOIN variants v ON a.variant_id = v.id"
                + " WHERE v.seed IS NOT NULL AND a.answers LIKE '%99999999%'"));
    }

    @Test
    void aBodyThatIsNotDeclaredAsJsonGets415() {
        TestServer.Client client = server.client();
        client.get(EXERCISE);
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
            HttpResponse<String> response = client.post(SUBMIT, type, "{\"answers\": {}}");
            assertEquals(415, response.statusCode(), type);
            assertEquals("unsupported_media_type", client.json(response).get("error").get("code").asText());
        }
        assertEquals(201, client.post(SUBMIT, "application/json; charset=utf-8", "{\"answers\": {}}").statusCode());
    }

    @Test
    void aLearnerWithoutAVariantGets409() {
        TestServer.Client client = server.client();
        HttpResponse<String> response = client.postJson(SUBMIT, "{\"answers\": {}}");
        assertEquals(409, response.statusCode(), response.body());
        assertEquals("no_variant", client.json(response).get("error").get("code").asText());
    }

    private static Map<String, Double> params(JsonNode exercise) {
        Map<String, Double> params = new LinkedHashMap<>();
        exercise.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        return params;
    }
}
