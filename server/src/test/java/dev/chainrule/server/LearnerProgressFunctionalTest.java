package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress page and {@code GET /api/v1/me/progress} and {@code /me/attempts} on a real server with the test course. */
class LearnerProgressFunctionalTest {

    static final String TWO_NEURONS = "/api/v1/exercises/two-neuron-test";
    static final String CHOICE = "/api/v1/exercises/kinds-choice";

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

    /** Submits three attempts: two-neuron-test half right with a named mistake, then right; kinds-choice right. */
    private static TestServer.Client learnerWithThreeAttempts() {
        TestServer.Client client = server.client();
        Map<String, Double> params = new LinkedHashMap<>();
        client.json(client.get(TWO_NEURONS)).get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        double y = 1 / (1 + Math.exp(-params.get("w1") * params.get("x")));
        double z = 1 / (1 + Math.exp(-params.get("w2") * y));
        double withoutSlope = (params.get("d") - z) * y;
        String dw1 = "\"dP/dw1\": " + TwoNeuronNetwork.slope(params, "w1");
        submit(client, TWO_NEURONS, "{\"answers\": {\"dP/dw2\": " + withoutSlope + ", " + dw1 + "}}");
        submit(client, TWO_NEURONS, "{\"answers\": {\"dP/dw2\": " + TwoNeuronNetwork.slope(params, "w2") + ", " + dw1 + "}}");
        client.get(CHOICE);
        submit(client, CHOICE, "{\"answers\": {\"choice\": \"max\"}}");
        return client;
    }

    private static void submit(TestServer.Client client, String exercise, String body) {
        HttpResponse<String> reply = client.postJson(exercise + "/submissions", body);
        assertEquals(201, reply.statusCode(), reply.body());
    }

    private static JsonNode lesson(JsonNode progress, String slug) {
        for (JsonNode lesson : progress.get("lessons")) {
            if (lesson.get("slug").asText().equals(slug)) {
                return lesson;
            }
        }
        throw new AssertionError("no lesson " + slug + " in " + progress);
    }

    private static JsonNode exercise(JsonNode lesson, String id) {
        for (JsonNode exercise : lesson.get("exercises")) {
            if (exercise.get("id").asText().equals(id)) {
                return exercise;
            }
        }
        throw new AssertionError("no exercise " + id + " in " + lesson);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aLearnersProgressHasTheBestScoreAndAttemptCountPerExerciseAndAMasteryPerSkill() {
        TestServer.Client client = learnerWithThreeAttempts();
        HttpResponse<String> reply = client.get("/api/v1/me/progress");
        assertEquals(200, reply.statusCode());
        JsonNode progress = client.json(reply);
        assertEquals(List.of("first-steps", "two-neurons", "all-kinds"),
                progress.get("lessons").findValuesAsText("slug"));
        JsonNode twoNeurons = lesson(progress, "two-neurons");
        assertEquals(1, twoNeurons.get("done").asInt());
        assertEquals(1, twoNeurons.get("total").asInt());
        assertEquals(1.0, exercise(twoNeurons, "two-neuron-test").get("best").asDouble());
        assertEquals(2, exercise(twoNeurons, "two-neuron-test").get("attempts").asInt());
        JsonNode allKinds = lesson(progress, "all-kinds");
        assertEquals(1, allKinds.get("done").asInt());
        assertEquals(6, allKinds.get("total").asInt());
        assertEquals(1, exercise(allKinds, "kinds-choice").get("attempts").asInt());
        JsonNode untried = exercise(allKinds, "kinds-forward");
        assertTrue(untried.has("best") && untried.get("best").isNull(), untried.toString());
        assertEquals(0, untried.get("attempts").asInt());

        JsonNode skill = progress.get("skills").get(0);
        assertEquals(1, progress.get("skills").size(), "every test lesson trains the default skill");
        assertEquals("other", skill.get("id").asText());
        assertEquals("Other exercises", skill.get("title").asText());
        assertEquals("secure", skill.get("mastery").asText(), "three recent attempts averaging 83%");
        assertEquals(3, skill.get("recentAttempts").asInt());
        assertEquals(2.5 / 3, skill.get("recentAverage").asDouble(), 1e-9);
    }

    @Test
    void aLearnersAttemptsComeNewestFirstWithTimeScoreAndNamedMistakes() {
        TestServer.Client client = learnerWithThreeAttempts();
        JsonNode attempts = client.json(client.get("/api/v1/me/attempts"));
        assertEquals(3, attempts.size(), attempts.toString());
        assertEquals(List.of("kinds-choice", "two-neuron-test", "two-neuron-test"), attempts.findValuesAsText("exercise"));
        assertEquals(List.of(1.0, 1.0, 0.5), List.of(attempts.get(0).get("score").asDouble(),
                attempts.get(1).get("score").asDouble(), attempts.get(2).get("score").asDouble()));
        assertTrue(attempts.get(0).get("id").asLong() > attempts.get(1).get("id").asLong());
        assertTrue(attempts.get(1).get("id").asLong() > attempts.get(2).get("id").asLong());
        Instant newest = Instant.parse(attempts.get(0).get("time").asText());
        assertFalse(newest.isBefore(Instant.parse(attempts.get(2).get("time").asText())));
        assertEquals(0, attempts.get(0).get("mistakes").size());
        JsonNode mistake = attempts.get(2).get("mistakes").get(0);
        assertEquals(1, attempts.get(2).get("mistakes").size());
        assertEquals("dP/dw2", mistake.get("field").asText());
        assertEquals("activation-derivative-omitted", mistake.get("mistake").asText());

        JsonNode one = client.json(client.get("/api/v1/me/attempts?limit=1"));
        assertEquals(1, one.size());
        assertEquals(attempts.get(0), one.get(0));
        assertEquals(3, client.json(client.get("/api/v1/me/attempts?limit=200")).size());
    }

    @Test
    void anotherLearnerNeverSeesTheAttemptsAndNobodyGetsAnEmptyProgressWithoutACookie() {
        learnerWithThreeAttempts();
        TestServer.Client other = server.client();
        other.get(TWO_NEURONS);
        JsonNode progress = other.json(other.get("/api/v1/me/progress"));
        assertEquals(0, exercise(lesson(progress, "two-neurons"), "two-neuron-test").get("attempts").asInt());
        assertEquals("not-started", progress.get("skills").get(0).get("mastery").asText());
        assertEquals(0, other.json(other.get("/api/v1/me/attempts")).size());
        assertFalse(other.get("/progress").body().contains("data-attempt-id"));

        List<String> learners = TestDatabase.strings(server, "SELECT COUNT(*) FROM learners");
        for (String path : List.of("/api/v1/me/progress", "/api/v1/me/attempts", "/progress")) {
            HttpResponse<String> anonymous = server.client().get(path);
            assertEquals(200, anonymous.statusCode(), path);
            assertTrue(anonymous.headers().allValues("Set-Cookie").isEmpty(), path + " creates no learner cookie");
        }
        assertEquals(learners, TestDatabase.strings(server, "SELECT COUNT(*) FROM learners"), "and no learner row");
        JsonNode empty = server.client().json(server.client().get("/api/v1/me/progress"));
        assertEquals(0, lesson(empty, "all-kinds").get("done").asInt());
        assertEquals("not-started", empty.get("skills").get(0).get("mastery").asText());
    }

    @Test
    void aLimitThatIsNotAWholeNumberFrom1To200IsRefusedWithA400() {
        TestServer.Client client = learnerWithThreeAttempts();
        for (String limit : List.of("0", "201", "-1", "1.5", "abc", "", "99999999999", "1&limit=2")) {
            HttpResponse<String> reply = client.get("/api/v1/me/attempts?limit=" + limit);
            assertEquals(400, reply.statusCode(), limit);
            JsonNode error = client.json(reply).get("error");
            assertEquals("invalid_limit", error.get("code").asText(), limit);
            assertEquals("limit", error.get("field").asText(), limit);
        }
    }

    @Test
    void theProgressPageShowsBarsBestScoresMasteryAndTheHistoryWithNamedMistakes() {
        TestServer.Client client = learnerWithThreeAttempts();
        HttpResponse<String> reply = client.get("/progress");
        assertEquals(200, reply.statusCode());
        String page = reply.body();
        assertTrue(page.contains("href=\"/progress\""), "the header links the page");
        assertTrue(page.contains("Sign up to keep it"), "a guest is asked to sign up");
        String lesson = page.substring(page.indexOf("data-lesson=\"two-neurons\""), page.indexOf("data-lesson=\"all-kinds\""));
        assertTrue(lesson.contains("role=\"progressbar\""), lesson);
        assertTrue(lesson.contains("aria-valuenow=\"1\""), lesson);
        assertTrue(lesson.contains("1 of 1 exercise done"), lesson);
        assertTrue(lesson.contains("href=\"/lessons/two-neurons#exercise-two-neuron-test\""), lesson);
        assertTrue(lesson.contains("100%"), lesson);
        assertTrue(page.contains("data-mastery=\"secure\""), page);
        assertTrue(page.contains("3 attempts, average score 83%"), page);
        assertTrue(page.contains("at least 3 of them, with an average score of at least 80%"), "the thresholds are stated");
        assertEquals(3, count(page, "data-attempt-id="));
        assertEquals(1, count(page, "activation derivative left out"));
        assertFalse(page.contains("class=\"show-more\""));
    }

    @Test
    void theHistoryShowsTwentyAttemptsAndALinkToShowMore() {
        TestServer.Client client = server.client();
        client.get(CHOICE);
        for (int i = 0; i < 21; i++) {
            submit(client, CHOICE, "{\"answers\": {\"choice\": \"" + (i % 2 == 0 ? "add" : "max") + "\"}}");
        }
        String first = client.get("/progress").body();
        assertEquals(20, count(first, "data-attempt-id="));
        assertTrue(first.contains("href=\"/progress?attempts=40#history\""), first);
        String more = client.get("/progress?attempts=40").body();
        assertEquals(21, count(more, "data-attempt-id="));
        assertFalse(more.contains("class=\"show-more\""));
        assertEquals(20, count(client.get("/progress?attempts=lots").body(), "data-attempt-id="), "a bad number shows the default");
    }

    @Test
    void aSignedInLearnerSeesNoSignUpHintAndKeepsTheGuestsAttempts() {
        TestServer.Client client = learnerWithThreeAttempts();
        client.get("/signup");
        String password = "violet-tensor-bridge";
        HttpResponse<String> created = client.postForm("/signup",
                Map.of("email", "progress@example.org", "password", password, "confirmation", password));
        assertEquals(303, created.statusCode(), created.body());
        String page = client.get("/progress").body();
        assertFalse(page.contains("Sign up to keep it"));
        assertEquals(3, count(page, "data-attempt-id="));
        assertEquals(3, client.json(client.get("/api/v1/me/attempts")).size());
    }
}
