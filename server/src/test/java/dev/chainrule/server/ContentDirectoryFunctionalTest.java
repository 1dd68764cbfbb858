package dev.chainrule.server;

import dev.chainrule.content.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDirectoryFunctionalTest {

    @TempDir
    Path db;
    @TempDir
    Path content;

    private static Config config(Path db, Path content, boolean dev) {
        return new Config(0, "jdbc:h2:file:" + db.resolve("chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "", "", dev, content);
    }

    @Test
    void theContentDirectorySettingIsReadLikeTheOthers() {
        Config config = Config.from(Map.of("CHAINRULE_CONTENT_DIR", content.toString()), db.resolve("none.properties"));
        assertEquals(content.toAbsolutePath().normalize(), config.contentDir());
        assertTrue(config.toString().contains("contentDir="));
        assertEquals(null, Config.from(Map.of(), db.resolve("none.properties")).contentDir());
        assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("CHAINRULE_CONTENT_DIR", content.resolve("missing").toString()), db.resolve("none.properties")));
    }

    @Test
    void anExtraLessonAndItsExerciseAreServedAfterTheBuiltInOnes() {
        ContentFixture.withExtraLesson(content);
        App.Running running = App.start(config(db, content, false));
        try (TestServer server = TestServer.of(running)) {
            TestServer.Client client = server.client();
            String home = client.get("/").body();
            assertTrue(home.indexOf("/lessons/chain-rule") < home.indexOf("/lessons/extra"), home);
            String lesson = client.get("/lessons/extra").body();
            assertTrue(lesson.contains("An extra lesson"), lesson);
            assertTrue(lesson.contains("The output is -12."), lesson);
            assertTrue(lesson.contains("<figure class=\"diagram diagram-graph\" id=\"extra-figure-1\">"), lesson);
            assertTrue(lesson.contains("<figure class=\"diagram diagram-network\" id=\"extra-figure-2\">"), lesson);
            assertTrue(lesson.contains("data-exercise-id=\"extra-gradient\""), lesson);
            assertEquals(200, client.get("/api/v1/exercises/extra-gradient").statusCode());
        }
    }

    @Test
    void aLessonFileInTheDirectoryReplacesTheBuiltInOne() {
        ContentFixture.write(content.resolve("chain-rule/lesson.en.md"), ContentFixture.replacementChainRule("Replaced by the teacher."));
        App.Running running = App.start(config(db, content, false));
        try (TestServer server = TestServer.of(running)) {
            String lesson = server.client().get("/lessons/chain-rule").body();
            assertTrue(lesson.contains("Replaced by the teacher."), lesson);
            assertTrue(lesson.contains("The chain rule, rewritten"), lesson);
            assertFalse(lesson.contains("Where we are"), lesson);
        }
    }

    @Test
    void aFigureThatCannotBeDrawnStopsTheStartNamingTheLessonFileAndLine() {
        ContentFixture.withExtraLesson(content);
        ContentFixture.write(content.resolve("extra/lesson.en.md"), ContentFixture.EXTRA_LESSON.replace("2 3 1", "2 1 shortcuts"));
        ContentException e = assertThrows(ContentException.class, () -> App.start(config(db, content, false)));
        assertTrue(e.getMessage().startsWith(content.resolve("extra/lesson.en.md").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("shortcuts"), e.getMessage());
        assertEquals(21, e.line(), e.getMessage());
    }
}
