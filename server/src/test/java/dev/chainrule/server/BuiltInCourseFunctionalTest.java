package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course the server ships with: every lesson page renders and every exercise, of whatever kind, is described. */
class BuiltInCourseFunctionalTest {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithBuiltInCourse(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyLessonPageRendersAndEveryExerciseIsDescribedWithoutSolutions() {
        TestServer.Client client = server.client();
        JsonNode lessons = client.json(client.get("/api/v1/lessons"));
        assertTrue(lessons.size() > 0);
        int exercises = 0;
        for (JsonNode lesson : lessons) {
            HttpResponse<String> page = client.get("/lessons/" + lesson.get("slug").asText());
            assertEquals(200, page.statusCode(), lesson.toString());
            assertFalse(page.body().contains("exercise-missing"), lesson.toString());
            for (JsonNode id : lesson.get("exercises")) {
                HttpResponse<String> response = client.get("/api/v1/exercises/" + id.asText());
                assertEquals(200, response.statusCode(), response.body());
                JsonNode view = client.json(response);
                assertEquals(id.asText(), view.get("id").asText());
                assertFalse(view.has("solution"), view.toString());
                assertTrue(view.get("ask").size() > 0, view.toString());
                exercises++;
            }
        }
        assertTrue(exercises > 0);
    }
}
