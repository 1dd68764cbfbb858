package dev.chainrule.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.content.AuthoringGuide;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Does what docs/AUTHORING.md's walk-through tells a teacher to do: write the files, check them, serve them. */
class AuthoringWalkthroughFunctionalTest {
    @TempDir
    Path dir;

    @Test
    void theGuidesLessonChecksCleanAndIsServedFromTheContentFolder() throws Exception {
        Path mycourse = AuthoringGuide.writeWalkthrough(dir);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CheckCommand.run(new String[] {"check", mycourse.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(CheckCommand.OK, status, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("content OK"), out.toString(StandardCharsets.UTF_8));

        String h2 = "jdbc:h2:file:" + dir.resolve("db/chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (TestServer server = TestServer.of(App.start(new Config(0, h2, "", "", false, mycourse)))) {
            TestServer.Client client = server.client();
            String home = client.get("/").body();
            assertTrue(home.indexOf("The chain rule") < home.indexOf("A neuron with a bias"), "listed after the chain rule");
            HttpResponse<String> lesson = client.get("/lessons/my-first-lesson");
            assertEquals(200, lesson.statusCode());
            // w = 0.5, x = 2, b = -1: p = 0, z = sigmoid(0) = 0.5, dP/db = (d - z) z (1 - z) = 0.5 * 0.25 = 0.125
            assertTrue(lesson.body().contains("z = 0.5") && lesson.body().contains("= 0.125"), "engine numbers in the page");
            assertTrue(lesson.body().contains("figure class=\"diagram"), "the diagram is drawn");
            assertEquals(200, client.get("/api/v1/exercises/bias-gradient").statusCode());
        }
    }
}
