package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressFunctionalTest {

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

    private static String twoNeuronCard(String home) {
        int start = home.indexOf("href=\"/lessons/two-neurons\"");
        return home.substring(start, home.indexOf("</li>", start));
    }

    @Test
    void aNewVisitorSeesEveryLessonAtZeroAndGetsNoCookie() {
        HttpResponse<String> home = server.client().get("/");
        assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), "the home page never creates a learner");
        String card = twoNeuronCard(home.body());
        assertTrue(card.contains("role=\"progressbar\""), card);
        assertTrue(card.contains("aria-valuenow=\"0\""), card);
        assertTrue(card.contains("aria-valuemax=\"1\""), card);
        assertTrue(card.contains("0 of 1 exercise done"), card);
        assertTrue(home.body().contains("0 of 6 exercises done"), "the all-kinds lesson");
        assertFalse(home.body().substring(home.body().indexOf("/lessons/first-steps"), home.body().indexOf("/lessons/two-neurons"))
                .contains("progressbar"), "a lesson without exercises has no bar");
    }

    @Test
    void aSolvedExerciseFillsItsLessonsBarAndIsMarkedDoneInTheLesson() {
        TestServer.Client client = server.client();
        JsonNode variant = client.json(client.get("/api/v1/exercises/two-neuron-test"));
        Map<String, Double> params = new LinkedHashMap<>();
        variant.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        String wrong = "{\"answers\": {\"dP/dw2\": \"1234\", \"dP/dw1\": \"" + TwoNeuronNetwork.slope(params, "w1") + "\"}}";
        assertEquals(201, client.postJson("/api/v1/exercises/two-neuron-test/submissions", wrong).statusCode());
        assertTrue(client.get("/lessons/two-neurons").body().contains("<span class=\"exercise-mark tried\">best score 50%</span>"));
        assertTrue(twoNeuronCard(client.get("/").body()).contains("0 of 1 exercise done"));

        String right = "{\"answers\": {\"dP/dw2\": \"" + TwoNeuronNetwork.slope(params, "w2") + "\", \"dP/dw1\": \""
                + TwoNeuronNetwork.slope(params, "w1") + "\"}}";
        assertEquals(201, client.postJson("/api/v1/exercises/two-neuron-test/submissions", right).statusCode());
        String card = twoNeuronCard(client.get("/").body());
        assertTrue(card.contains("aria-valuenow=\"1\""), card);
        assertTrue(card.contains("1 of 1 exercise done"), card);
        assertTrue(card.contains("width: 100%"), card);
        assertTrue(client.get("/lessons/two-neurons").body().contains("<span class=\"exercise-mark done\">\u2713 done</span>"));
        assertTrue(twoNeuronCard(server.client().get("/").body()).contains("0 of 1 exercise done"), "another learner is unaffected");
    }
}
