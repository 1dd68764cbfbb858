package dev.chainrule.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.CourseLoader;
import dev.chainrule.server.App;
import dev.chainrule.server.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server answers once it cannot reach its database at all (here its pool is closed under it, which needs no
 * PostgreSQL): a 503 with {@code Retry-After} on every route that needs the database, as a JSON error under
 * {@code /api/} and as a page elsewhere (a page that itself needs nothing from the database, in the language the
 * request names), while requests without a cookie to routes that need no database go on working. {@link DatabaseOutageReliabilityTest} checks the
 * same under load while a real PostgreSQL is stopped and started.
 */
class UnavailableDatabaseRepliesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void withItsDatabaseGoneTheApiAndThePagesAnswer503WithRetryAfterAndTheLessonListStillWorks() throws Exception {
        ReliabilitySettings.skipInThePostgresqlRepeat();
        Config config = new Config(0, "jdbc:h2:file:" + dir.resolve("chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "", "", false);
        App.Running server = App.start(config, CourseLoader.load(ContentSource.classpath("testcourse"), "en"));
        try {
            URI base = URI.create("http://localhost:" + server.port() + "/");
            LearnerClient learner = LearnerClient.standalone(LearnerClient.sharedHttpClient(), () -> base);
            assertEquals(200, learner.get("/api/v1/exercises/two-neuron-test", "variant").status());
            server.dataSource().close();

            LearnerClient.Reply variant = learner.get("/api/v1/exercises/two-neuron-test", "variant");
            assertUnavailableJson(variant);
            assertUnavailableJson(learner.postJson("/api/v1/exercises/two-neuron-test/submissions",
                    "{\"answers\": {\"dP/dw2\": \"1\"}}", "submission"));
            assertEquals(503, learner.get("/healthz", "health").status());
            // a cookie must be looked up in the database; without one, what needs no database still answers
            LearnerClient script = LearnerClient.standalone(LearnerClient.sharedHttpClient(), () -> base);
            assertEquals(200, script.get("/api/v1/lessons", "lessons").status(), "the lesson list needs no database");
            assertEquals(200, script.get("/robots.txt", "static file").status());

            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/lessons/two-neurons"))
                    .header("Accept-Language", "ko-KR,ko;q=0.9").header("Cookie", "chainrule_learner=" + learner.cookie("chainrule_learner"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode(), page.body());
            assertEquals("5", page.headers().firstValue("Retry-After").orElse(null));
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("<html lang=\"ko\">") && page.body().contains("강좌를 잠시 사용할 수 없습니다"), page.body());
            assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent(), "the security headers still apply");
        } finally {
            server.stop();
        }
    }

    private static void assertUnavailableJson(LearnerClient.Reply reply) throws Exception {
        assertEquals(503, reply.status(), reply.body());
        assertEquals("5", reply.header("Retry-After"));
        JsonNode error = JSON.readTree(reply.body()).path("error");
        assertEquals("database_unavailable", error.path("code").asText(), reply.body());
        assertTrue(error.path("message").asText().contains("try again"), reply.body());
    }
}
