package dev.chainrule.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.content.CourseLoader;
import dev.chainrule.content.Lesson;
import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.server.App;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Draws {@code docs/screenshot-dashboard.png}: a class of 24 learners who worked through the first lessons at their
 * own pace over the JSON API (right answers, slips with named mistakes, a lesson past its deadline), then the
 * dashboard as the teacher opens it in Chromium. Not a test (the {@code benchmark} tag keeps it out of the build):
 * run it after changing the dashboard and look at the picture.
 *
 * <pre>mvn -q -o -pl server test -Dtest=DashboardScreenshot -Dchainrule.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class DashboardScreenshot {

    static final String ADMIN = "tess.teacher@example.org";
    static final String PASSWORD = "amber-gradient-ladder";
    static final String[] NAMES = {"ada.lovelace", "minji.kim", "alan.turing", "seo-yeon.park", "grace.hopper", "jiho.lee",
            "katherine.johnson", "hyun-woo.choi", "edsger.dijkstra", "soo-ah.jung", "barbara.liskov", "dong-hyun.kang",
            "john.backus", "yuna.cho", "frances.allen", "tae-yang.yoon", "donald.knuth", "ha-eun.lim", "margaret.hamilton",
            "jun-seo.han", "claude.shannon", "seo-jun.oh", "karen.jones", "min-seo.shin"};

    @TempDir
    Path databaseDir;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    @Test
    void drawTheDashboardOfASeededClass() throws Exception {
        Course course = CourseLoader.load(ContentSource.classpath("course"), "en");
        App.Running site = App.start(BrowserSite.h2(databaseDir).withAdmin(ADMIN, PASSWORD));
        port = site.port();
        try (BrowserSession browser = BrowserSession.start(site.port())) {
            String teacher = token(ADMIN);
            JsonNode made = call("POST", "/api/v1/classes", teacher,
                    "{\"name\": \"Backprop, autumn term\", \"deadlines\": {\"chain-rule\": \"2026-01-15T23:59:00Z\","
                            + " \"computational-graphs\": \"2099-01-01T00:00:00Z\"}}");
            Random random = new Random(7);
            List<Lesson> lessons = course.lessons();
            for (String name : NAMES) {
                String email = name + "@example.org";
                call("POST", "/api/v1/accounts", null, "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
                String learner = token(email);
                call("POST", "/api/v1/classes/join", learner, "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
                int reached = 1 + random.nextInt(5);
                double skill = 0.45 + 0.5 * random.nextDouble();
                for (Lesson lesson : lessons.subList(0, reached)) {
                    for (String id : lesson.exerciseIds()) {
                        if (random.nextDouble() < 0.12) {
                            continue; // skipped this one
                        }
                        work(course.exercise(id).orElseThrow(), learner, skill, random);
                    }
                }
            }
            browser.driver().manage().window().setSize(new Dimension(1440, 2000));
            browser.open("/login");
            browser.find("#email").sendKeys(ADMIN);
            browser.find("#password").sendKeys(PASSWORD);
            browser.find("main form button[type='submit']").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-account .signed-in")));
            browser.open("/classes/" + made.get("id").asText());
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.learner-row")));
            Path out = Path.of("..", "docs", "screenshot-dashboard.png");
            Files.write(out, browser.driver().findElement(By.cssSelector("body")).getScreenshotAs(OutputType.BYTES));
            assertEquals(NAMES.length, browser.findAll("tr.learner-row").size());
        } finally {
            site.stop();
        }
    }

    /** One learner's go at an exercise: slips first (some with a named mistake) with a chance that falls with skill. */
    private void work(ExerciseSpec spec, String learner, double skill, Random random) throws Exception {
        JsonNode variant = call("GET", "/api/v1/exercises/" + spec.id(), learner, null);
        Map<String, Double> params = new LinkedHashMap<>();
        variant.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        Map<String, String> right = Exercises.solution(spec, params);
        int slips = random.nextDouble() < skill ? 0 : 1 + random.nextInt(3);
        boolean givesUp = slips == 3 && random.nextBoolean();
        for (int i = 0; i < slips; i++) {
            submit(spec.id(), learner, wrong(spec, right, random));
        }
        if (!givesUp) {
            submit(spec.id(), learner, right);
        }
    }

    /** A wrong answer: the sign flipped (a named mistake on gradients), a number off by a third, or another option. */
    private static Map<String, String> wrong(ExerciseSpec spec, Map<String, String> right, Random random) {
        Map<String, String> out = new LinkedHashMap<>();
        List<ChoiceSpec.Option> options = spec instanceof ChoiceSpec c ? c.options() : spec instanceof ExperimentSpec e ? e.options() : null;
        right.forEach((field, answer) -> {
            if (options != null) {
                out.put(field, options.stream().filter(o -> !o.correct()).findFirst().orElseThrow().id());
            } else {
                try {
                    double value = Double.parseDouble(answer);
                    out.put(field, String.valueOf(random.nextBoolean() ? -value : value * 1.33 + 0.1));
                } catch (NumberFormatException e) {
                    out.put(field, "-(" + answer + ")");
                }
            }
        });
        return out;
    }

    private void submit(String id, String learner, Map<String, String> answers) throws Exception {
        call("POST", "/api/v1/exercises/" + id + "/submissions", learner, json.writeValueAsString(Map.of("answers", answers)));
    }

    private String token(String email) throws Exception {
        return call("POST", "/api/v1/tokens", null, "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}")
                .get("token").asText();
    }

    private JsonNode call(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
