package dev.chainrule.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthFunctionalTest {

    @TempDir
    Path dir;

    @Test
    void healthIsOkWhileTheDatabaseAnswersAnd503WhenItIsGone() {
        try (TestServer server = TestServer.start(dir)) {
            TestServer.Client client = server.client();
            HttpResponse<String> ok = client.get("/healthz");
            assertEquals(200, ok.statusCode());
            assertEquals("ok", ok.body());
            server.running.dataSource().close();
            HttpResponse<String> down = client.get("/healthz");
            assertEquals(503, down.statusCode());
        }
    }

    @Test
    void theBuiltInCourseIsServed() {
        try (TestServer server = TestServer.startWithBuiltInCourse(dir)) {
            TestServer.Client client = server.client();
            assertTrue(client.get("/").body().contains("href=\"/lessons/chain-rule\""));
            HttpResponse<String> lesson = client.get("/lessons/chain-rule");
            assertEquals(200, lesson.statusCode());
            assertTrue(lesson.body().contains("class=\"exercise\""), lesson.body());
        }
    }
}
