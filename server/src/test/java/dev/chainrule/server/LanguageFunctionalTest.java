package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.CourseLoader;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Exercises;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site in English and Korean on a real server with the built-in course: the language follows {@code ?lang=}, then
 * the user's setting, then the switcher's cookie, then {@code Accept-Language}; pages, the lessons API, exercises and
 * grader feedback all follow it.
 */
class LanguageFunctionalTest {

    private static final String KOREAN_TITLE = "두 뉴런 신경망에서의 연쇄법칙";
    private static final String ENGLISH_TITLE = "The chain rule on a two-neuron network";

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithBuiltInCourse(dir);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    @Test
    void theBrowsersAcceptLanguageChoosesKoreanOrEnglish() {
        TestServer.Client client = server.client();
        String korean = client.getWithHeader("/lessons/chain-rule", "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8").body();
        assertTrue(korean.contains("<html lang=\"ko\">"), korean.substring(0, 200));
        assertTrue(korean.contains(KOREAN_TITLE));
        assertTrue(korean.contains("진도"), "the header's links are Korean too");
        String english = client.getWithHeader("/lessons/chain-rule", "Accept-Language", "en-GB,en;q=0.9,ko;q=0.5").body();
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains(ENGLISH_TITLE));
        String other = client.getWithHeader("/lessons/chain-rule", "Accept-Language", "fr-FR, de;q=0.5").body();
        assertTrue(other.contains("<html lang=\"en\">"), "a language the site lacks falls back to English");
        String broken = client.getWithHeader("/lessons/chain-rule", "Accept-Language", ";;;q=x").body();
        assertTrue(broken.contains("<html lang=\"en\">"), "an unreadable header falls back to English");
    }

    @Test
    void langInTheQueryOverridesTheBrowserOnPagesAndTheLessonsApi() {
        TestServer.Client client = server.client();
        assertTrue(client.getWithHeader("/lessons/chain-rule?lang=en", "Accept-Language", "ko").body().contains(ENGLISH_TITLE));
        assertTrue(client.get("/lessons/chain-rule?lang=ko").body().contains(KOREAN_TITLE));
        assertTrue(client.get("/progress?lang=ko").body().contains("<html lang=\"ko\">"));
        assertTrue(client.get("/login?lang=ko").body().contains("<html lang=\"ko\">"));

        JsonNode lessons = client.json(client.get("/api/v1/lessons?lang=ko"));
        JsonNode chainRule = lessons.get(2);
        assertEquals("chain-rule", chainRule.get("slug").asText());
        assertEquals("ko", chainRule.get("language").asText());
        assertEquals(KOREAN_TITLE, chainRule.get("title").asText());
        assertEquals(ENGLISH_TITLE, client.json(client.get("/api/v1/lessons?lang=en")).get(2).get("title").asText());
        assertEquals(client.json(client.get("/api/v1/lessons?lang=en")).get(2).get("exercises"), chainRule.get("exercises"),
                "both languages list the same exercises");
    }

    @Test
    void anUnknownLanguageIsRefusedWithAMessageThatNamesTheChoices() {
        TestServer.Client client = server.client();
        HttpResponse<String> api = client.get("/api/v1/lessons?lang=fr");
        assertEquals(400, api.statusCode());
        assertEquals("unknown language 'fr' in ?lang=: use en or ko", client.json(api).get("error").get("message").asText());
        assertEquals(400, client.get("/lessons/chain-rule?lang=xx").statusCode());
    }

    @Test
    void theSwitcherRemembersAGuestsChoiceAndReturnsToThePage() {
        TestServer.Client client = server.client();
        assertTrue(client.get("/").body().contains("<html lang=\"en\">"));
        HttpResponse<String> switched = client.postForm("/language", Map.of("lang", "ko", "return", "/lessons/chain-rule#goals"));
        assertEquals(303, switched.statusCode());
        assertEquals("/lessons/chain-rule#goals", switched.headers().firstValue("Location").orElseThrow());
        assertTrue(client.get("/").body().contains("<html lang=\"ko\">"), "the choice outlives the request");
        assertTrue(client.getWithHeader("/", "Accept-Language", "en").body().contains("<html lang=\"ko\">"),
                "a choice beats the browser's language");
        assertTrue(client.get("/?lang=en").body().contains("<html lang=\"en\">"), "?lang= still wins for one page");

        assertEquals("/", server.client().postForm("/language", Map.of("lang", "en", "return", "//evil.example/"))
                .headers().firstValue("Location").orElseThrow(), "never sends anyone to another site");
        assertEquals("/", server.client().postForm("/language", Map.of("lang", "en", "return", "https://evil.example/"))
                .headers().firstValue("Location").orElseThrow());
        assertEquals(400, server.client().postForm("/language", Map.of("lang", "fr", "return", "/")).statusCode());
    }

    @Test
    void aSignedInUsersChoiceFollowsThemToAnotherBrowser() {
        TestServer.Client first = server.client();
        String email = "lang-" + System.nanoTime() + "@example.org";
        assertEquals(303, AccountFunctionalTest.signUp(first, email, AccountFunctionalTest.PASSWORD).statusCode());
        first.get("/");
        assertEquals(303, first.postForm("/language", Map.of("lang", "ko", "return", "/progress")).statusCode());

        TestServer.Client second = server.client();
        AccountFunctionalTest.logIn(second, email, AccountFunctionalTest.PASSWORD);
        String page = second.getWithHeader("/", "Accept-Language", "en").body();
        assertTrue(page.contains("<html lang=\"ko\">"), "the account's setting beats the new browser's language");
        assertTrue(page.contains(email));
    }

    @Test
    void exercisesAndTheirFeedbackComeInTheRequestsLanguage() throws Exception {
        TestServer.Client client = server.client();
        JsonNode exercise = client.json(client.get("/api/v1/exercises/two-neuron-dw1?lang=ko"));
        assertEquals("안쪽 가중치는 성능을 얼마나 움직일까요?", exercise.get("title").asText());
        assertTrue(hasHangul(exercise.get("prompt").asText()));
        JsonNode same = client.json(client.get("/api/v1/exercises/two-neuron-dw1?lang=en"));
        assertEquals(exercise.get("params"), same.get("params"), "one variant, whatever the language");

        HttpResponse<String> graded = client.postJson("/api/v1/exercises/two-neuron-dw1/submissions?lang=ko",
                "{\"answers\": {\"dP/dw1\": \"123456\"}}");
        assertEquals(201, graded.statusCode(), graded.body());
        String message = client.json(graded).get("fields").get(0).get("message").asText();
        assertTrue(hasHangul(message), message);
        assertFalse(message.contains("Not correct"), message);

        // the sign-flipped gradient is a named mistake (performance-sign-flipped, or in some variants another slip that
        // gives the same number), explained in Korean
        Map<String, Double> params = new java.util.LinkedHashMap<>();
        exercise.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        ExerciseSpec spec = CourseLoader.load(ContentSource.classpath("course"), "ko").exercise("two-neuron-dw1").orElseThrow();
        double flipped = -Exercises.reference(spec, params).get("dP/dw1");
        JsonNode mistaken = client.json(client.postJson("/api/v1/exercises/two-neuron-dw1/submissions?lang=ko",
                "{\"answers\": {\"dP/dw1\": \"" + flipped + "\"}}")).get("fields").get(0);
        assertFalse(mistaken.get("mistake").isNull(), mistaken.toString());
        assertTrue(hasHangul(mistaken.get("mistake").get("explanation").asText()), mistaken.toString());

        HttpResponse<String> english = client.postJsonWithHeader("/api/v1/exercises/two-neuron-dw1/submissions",
                "{\"answers\": {\"dP/dw1\": \"123456\"}}", "Accept-Language", "en");
        assertTrue(client.json(english).get("fields").get(0).get("message").asText().startsWith("Not correct"));
    }
}
