package dev.chainrule.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DevelopmentReloadFunctionalTest {

    @TempDir
    Path db;
    @TempDir
    Path content;

    private App.Running start(boolean dev) {
        return App.start(new Config(0, "jdbc:h2:file:" + db.resolve("chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "", "", dev, content));
    }

    /** Requests {@code path} until its body satisfies {@code condition} (the server looks at most once a second). */
    private static String awaitPage(TestServer.Client client, String path, Predicate<String> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String body = client.get(path).body();
        while (!condition.test(body)) {
            if (Instant.now().isAfter(deadline)) {
                fail("the page never changed: " + body);
            }
            Thread.onSpinWait();
            body = client.get(path).body();
        }
        return body;
    }

    @Test
    void anEditedLessonIsServedWithoutARestartAndABrokenEditKeepsTheLastGoodOne() {
        Path lesson = content.resolve("chain-rule/lesson.en.md");
        ContentFixture.write(lesson, ContentFixture.replacementChainRule("First version."));
        try (TestServer server = TestServer.of(start(true))) {
            TestServer.Client client = server.client();
            assertTrue(client.get("/lessons/chain-rule").body().contains("First version."));

            ContentFixture.edit(lesson, ContentFixture.replacementChainRule("Second version."), 5);
            awaitPage(client, "/lessons/chain-rule", body -> body.contains("Second version."));

            ContentFixture.edit(lesson, "---\ntitle: broken\n", 10);
            String broken = awaitPage(client, "/lessons/chain-rule", body -> body.contains("class=\"content-error\""));
            assertTrue(broken.contains("Second version."), "the last good course is still served");
            assertTrue(broken.contains("chain-rule/lesson.en.md"), broken);

            ContentFixture.edit(lesson, ContentFixture.replacementChainRule("Third version."), 15);
            String fixed = awaitPage(client, "/lessons/chain-rule", body -> body.contains("Third version."));
            assertFalse(fixed.contains("class=\"content-error\""), fixed);
        }
    }

    @Test
    void withoutDevelopmentModeTheCourseIsLoadedOnce() {
        Path lesson = content.resolve("chain-rule/lesson.en.md");
        ContentFixture.write(lesson, ContentFixture.replacementChainRule("First version."));
        try (TestServer server = TestServer.of(start(false))) {
            ContentFixture.edit(lesson, ContentFixture.replacementChainRule("Second version."), 5);
            assertTrue(server.client().get("/lessons/chain-rule").body().contains("First version."));
        }
    }
}
