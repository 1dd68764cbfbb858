package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Submissions to every exercise kind are graded by the server: right answers computed here from the variant's
 * numbers (not by the grader) score 1, answers made with a named mistake are named and stored, malformed ones are
 * invalid, and fields the exercise does not ask are refused.
 */
class ExerciseKindsSubmissionFunctionalTest {

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
    void aForwardPassComputedFromTheParamsScoresOne() {
        Learner learner = new Learner("kinds-forward");
        double q = learner.param("x") + learner.param("y");
        JsonNode reply = learner.submit(Map.of("q", q, "f", q * learner.param("z")));
        assertEquals(1.0, reply.get("score").asDouble(), reply.toString());
        assertTrue(reply.get("chainCorrect").asBoolean());
        assertEquals(1.0, reply.get("fields").get(1).get("credit").asDouble());
    }

    @Test
    void aForwardPassCarriesAnEarlySlipForwardButTheChainIsNotCorrect() {
        Learner learner = new Learner("kinds-forward");
        for (int fresh = 0; learner.param("z") == 0 && fresh < 50; fresh++) {
            learner.freshVariant(); // with z = 0 a wrong q still gives the true f
        }
        double wrongQ = learner.param("x") + learner.param("y") + 1;
        JsonNode reply = learner.submit(Map.of("q", wrongQ, "f", wrongQ * learner.param("z")));
        assertEquals("incorrect", status(reply, 0));
        assertEquals(0.0, reply.get("fields").get(0).get("credit").asDouble());
        assertEquals("correct", status(reply, 1));
        assertTrue(reply.get("fields").get(1).get("message").asText().contains("your own values"), reply.toString());
        assertEquals(0.5, reply.get("score").asDouble(), 1e-12);
        assertFalse(reply.get("chainCorrect").asBoolean());
        assertNoMistake(reply, 0);
        assertEquals(List.of(), storedMistakes(reply));
    }

    @Test
    void aBackwardPassComputedFromTheParamsScoresOne() {
        Learner learner = new Learner("kinds-backward");
        JsonNode reply = learner.submit(backward(learner));
        assertEquals(1.0, reply.get("score").asDouble(), reply.toString());
        assertTrue(reply.get("chainCorrect").asBoolean());
        for (JsonNode field : reply.get("fields")) {
            assertTrue(field.get("mistake").isNull(), field.toString());
        }
    }

    @Test
    void aBackwardPassWithoutTheSigmoidsSlopeNamesTheMistakeAndStoresIt() {
        Learner learner = new Learner("kinds-backward");
        Map<String, Object> answers = new LinkedHashMap<>(backward(learner));
        answers.put("dP/dp", answers.get("dP/dz"));
        JsonNode reply = learner.submit(answers);
        assertEquals("incorrect", status(reply, 1));
        assertMistake(reply, 1, "activation-derivative-omitted");
        assertEquals(List.of("dP/dp activation-derivative-omitted"), storedMistakes(reply));
    }

    @Test
    void aLayerComputedWithPlainLoopsScoresOne() {
        Learner learner = new Learner("kinds-layer");
        LayerNetwork network = learner.layerNetwork();
        JsonNode reply = learner.submit(Map.of(
                "delta2", LayerNetwork.text(network.delta.get(2)),
                "delta1", LayerNetwork.text(network.delta.get(1)),
                "dU1", LayerNetwork.text(network.dU.get(1))));
        assertEquals(1.0, reply.get("score").asDouble(), reply.toString());
        assertTrue(reply.get("chainCorrect").asBoolean());
    }

    @Test
    void aTransposedWeightGradientIsNamedAndStored() {
        Learner learner = new Learner("kinds-layer");
        LayerNetwork network = learner.layerNetwork();
        JsonNode reply = learner.submit(Map.of(
                "delta2", LayerNetwork.text(network.delta.get(2)),
                "dU1", LayerNetwork.text(LayerNetwork.transpose(network.dU.get(1)))));
        assertEquals("invalid", status(reply, 1), "delta1 was not answered");
        assertEquals("incorrect", status(reply, 2));
        assertMistake(reply, 2, "transpose-missed");
        assertEquals(List.of("dU1 transpose-missed"), storedMistakes(reply));
        assertEquals(1.0 / 3, reply.get("score").asDouble(), 1e-9);
    }

    @Test
    void aMatrixWithOneWrongEntryEarnsCreditPerEntry() {
        Learner learner = new Learner("kinds-layer");
        double[][] dU1 = learner.layerNetwork().dU.get(1);
        dU1[2][1] = dU1[2][1] * 3 + 1;
        JsonNode reply = learner.submit(Map.of("dU1", LayerNetwork.text(dU1)));
        assertEquals("incorrect", status(reply, 2));
        assertEquals(5.0 / 6, reply.get("fields").get(2).get("credit").asDouble(), 1e-9);
        assertEquals(5.0 / 18, reply.get("score").asDouble(), 1e-9);
    }

    @Test
    void aMatrixOfTheWrongShapeIsInvalidWithAMessage() {
        Learner learner = new Learner("kinds-layer");
        JsonNode reply = learner.submit(Map.of("dU1", "0.1 0.2; 0.3 0.4"));
        assertEquals("invalid", status(reply, 2));
        String message = reply.get("fields").get(2).get("message").asText();
        assertTrue(message.contains("3 x 2") && message.contains("2 x 2"), message);
        assertNoMistake(reply, 2);
    }

    @Test
    void aFormulaEquivalentToTheGradientScoresOne() {
        Learner learner = new Learner("kinds-formula");
        JsonNode reply = learner.submit(Map.of("dP/dp", "(d*z - z^2) * (1 - z)"));
        assertEquals(1.0, reply.get("score").asDouble(), reply.toString());
        assertEquals("correct", status(reply, 0));
    }

    @Test
    void aFormulaWithTheSigmoidsValueForItsSlopeIsNamedAndStored() {
        Learner learner = new Learner("kinds-formula");
        JsonNode reply = learner.submit(Map.of("dP/dp", "(d - z) * z"));
        assertEquals("incorrect", status(reply, 0));
        assertMistake(reply, 0, "sigma-prime-as-sigma");
        assertEquals(List.of("dP/dp sigma-prime-as-sigma"), storedMistakes(reply));
    }

    @Test
    void aFormulaThatDoesNotParseIsInvalidWithAMessage() {
        Learner learner = new Learner("kinds-formula");
        JsonNode reply = learner.submit(Map.of("dP/dp", "z*("));
        assertEquals("invalid", status(reply, 0));
        assertTrue(reply.get("fields").get(0).get("message").asText().startsWith("Column "), reply.toString());
        assertEquals(0.0, reply.get("score").asDouble());
    }

    @Test
    void theRightChoiceScoresOneAndAWrongOneGetsItsFeedbackButNoNamedMistake() {
        Learner learner = new Learner("kinds-choice");
        assertEquals(1.0, learner.submit(Map.of("choice", "max")).get("score").asDouble());
        JsonNode wrong = learner.submit(Map.of("choice", "add"));
        assertEquals("incorrect", status(wrong, 0));
        assertEquals("Not correct. It distributes the gradient to both inputs.", wrong.get("fields").get(0).get("message").asText());
        assertNoMistake(wrong, 0);
        assertEquals(List.of(), storedMistakes(wrong));
        JsonNode unknown = learner.submit(Map.of("choice", "nope"));
        assertEquals("invalid", status(unknown, 0));
        assertTrue(unknown.get("fields").get(0).get("message").asText().contains("not one of the options"), unknown.toString());
    }

    @Test
    void theRightPredictionScoresOne() {
        Learner learner = new Learner("kinds-experiment");
        assertEquals(1.0, learner.submit(Map.of("prediction", "vanish")).get("score").asDouble());
        JsonNode wrong = learner.submit(Map.of("prediction", "same"));
        assertEquals("incorrect", status(wrong, 0));
        assertEquals(0.0, wrong.get("score").asDouble());
    }

    @Test
    void aFieldTheExerciseDoesNotAskIsA400ForEveryKind() {
        Map<String, String> asked = Map.of("kinds-forward", "q", "kinds-backward", "dP/dz", "kinds-layer", "dU1",
                "kinds-formula", "dP/dp", "kinds-choice", "choice", "kinds-experiment", "prediction");
        asked.forEach((exercise, field) -> {
            Learner learner = new Learner(exercise);
            for (String unknown : List.of("dP/dw9", "solution", field + " ")) {
                HttpResponse<String> response = learner.post(Map.of(unknown, "1"));
                assertEquals(400, response.statusCode(), exercise + " " + unknown);
                JsonNode error = learner.client.json(response).get("error");
                assertEquals("unknown_field", error.get("code").asText());
                assertEquals(unknown, error.get("field").asText());
                assertTrue(error.get("message").asText().contains(field), error.toString());
            }
        });
    }

    @Test
    void answerLengthLimitsDependOnTheKind() {
        Learner layer = new Learner("kinds-layer");
        assertEquals(201, layer.post(Map.of("dU1", "1 ".repeat(1000))).statusCode());
        assertTooLong(layer.post(Map.of("dU1", "1".repeat(2001))), "dU1");
        Learner formula = new Learner("kinds-formula");
        assertEquals(201, formula.post(Map.of("dP/dp", "z+".repeat(249) + "z")).statusCode());
        assertTooLong(formula.post(Map.of("dP/dp", "z".repeat(501))), "dP/dp");
        Learner choice = new Learner("kinds-choice");
        assertEquals(201, choice.post(Map.of("choice", " ".repeat(197) + "max")).statusCode());
        assertTooLong(choice.post(Map.of("choice", " ".repeat(198) + "max")), "choice");
    }

    private static void assertTooLong(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = readError(response);
        assertEquals("answer_too_long", error.get("code").asText());
        assertEquals(field, error.get("field").asText());
    }

    private static JsonNode readError(HttpResponse<String> response) {
        return server.client().json(response).get("error");
    }

    /** The three asked gradients of P = -1/2 (d - sigmoid(w x))^2, written out here. */
    private static Map<String, Object> backward(Learner learner) {
        double w = learner.param("w");
        double x = learner.param("x");
        double z = 1 / (1 + Math.exp(-w * x));
        double dz = learner.param("d") - z;
        double dp = dz * z * (1 - z);
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("dP/dz", dz);
        answers.put("dP/dp", dp);
        answers.put("dP/dw", dp * x);
        return answers;
    }

    private static String status(JsonNode reply, int field) {
        return reply.get("fields").get(field).get("status").asText();
    }

    private static void assertMistake(JsonNode reply, int field, String id) {
        JsonNode mistake = reply.get("fields").get(field).get("mistake");
        assertEquals(id, mistake.get("id").asText(), reply.toString());
        assertTrue(mistake.get("explanation").asText().length() > 20, mistake.toString());
        assertTrue(reply.get("fields").get(field).get("message").asText().contains(mistake.get("explanation").asText()));
    }

    private static void assertNoMistake(JsonNode reply, int field) {
        JsonNode verdict = reply.get("fields").get(field);
        assertTrue(verdict.has("mistake") && verdict.get("mistake").isNull(), verdict.toString());
    }

    /** "field mistake" for each stored mistake of the reply's attempt. */
    private static List<String> storedMistakes(JsonNode reply) {
        return TestDatabase.strings(server, "SELECT field || ' ' || mistake FROM attempt_mistakes WHERE attempt_id = "
                + reply.get("attempt").asLong() + " ORDER BY field");
    }

    /** A fresh anonymous learner with their variant of one exercise. */
    private static final class Learner {

        final TestServer.Client client = server.client();
        final String exercise;
        JsonNode view;

        Learner(String exercise) {
            this.exercise = exercise;
            this.view = client.json(client.get("/api/v1/exercises/" + exercise));
        }

        void freshVariant() {
            view = client.json(client.post("/api/v1/exercises/" + exercise + "/variants", null, ""));
        }

        double param(String name) {
            return view.get("params").get(name).asDouble();
        }

        LayerNetwork layerNetwork() {
            Map<String, Double> params = new LinkedHashMap<>();
            view.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
            List<Integer> sizes = new ArrayList<>();
            view.get("sizes").forEach(n -> sizes.add(n.asInt()));
            return new LayerNetwork(sizes, view.get("samples").asInt(), params);
        }

        HttpResponse<String> post(Map<String, ?> answers) {
            ObjectNode body = TestServer.JSON.createObjectNode();
            body.set("answers", TestServer.JSON.valueToTree(answers));
            return client.postJson("/api/v1/exercises/" + exercise + "/submissions", body.toString());
        }

        JsonNode submit(Map<String, ?> answers) {
            HttpResponse<String> response = post(answers);
            assertEquals(201, response.statusCode(), response.body());
            return client.json(response);
        }
    }
}
