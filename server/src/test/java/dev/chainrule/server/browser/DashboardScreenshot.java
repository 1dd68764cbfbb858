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
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.server.App;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Draws {@code docs/screenshot-dashboard.png} and {@code docs/screenshot-dashboard-ko.png}: a class of 24 learners who
 * worked through the first lessons at their own pace over the JSON API (right answers, and slips that the grader names
 * as mistakes or not), then the dashboard as the teacher opens it in Chromium, in English and in Korean. Not a test
 * (the {@code benchmark} tag keeps it out of the build): run it after changing the dashboard and look at the pictures.
 *
 * <p>The API stamps every attempt with the time it is made, so the class's three weeks are laid out afterwards through
 * JDBC: each learner joined about three weeks ago and worked one lesson per sitting, the sittings spread from then
 * until their last one (within the last day for most, a few days ago for some, more than a week ago for a few), and
 * the per-(learner, exercise) summaries get the new times. Two more learners joined without making an attempt yet.
 * Deadlines are set relative to today: two lessons past, two to come.
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
    /** Joined, no attempt yet: one two days ago, one twelve days ago. */
    static final String[] NOT_STARTED = {"ye-jin.song", "tom.kilburn"};
    static final int WIDTH = 1440;

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
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        try (BrowserSession browser = BrowserSession.start(site.port())) {
            String teacher = token(ADMIN);
            JsonNode made = call("POST", "/api/v1/classes", teacher, "{\"name\": \"Backprop, autumn term\", \"deadlines\": {"
                    + "\"composed-functions\": \"" + dueAt(now, -12) + "\", \"performance-function\": \"" + dueAt(now, -5) + "\", "
                    + "\"chain-rule\": \"" + dueAt(now, 2) + "\", \"computational-graphs\": \"" + dueAt(now, 9) + "\"}}");
            Random random = new Random(7);
            List<Lesson> lessons = course.lessons();
            Map<String, Instant> joined = new LinkedHashMap<>();
            Map<String, List<Instant>> times = new LinkedHashMap<>();
            for (String name : NAMES) {
                String email = name + "@example.org";
                String learner = member(email, made);
                int reached = 1 + random.nextInt(5);
                double skill = 0.45 + 0.5 * random.nextDouble();
                Instant join = now.minus(Duration.ofMinutes(60L * 24 * 20 + random.nextInt(60 * 48)));
                List<Instant> sittings = sittings(join, lastSitting(now, random), reached, random);
                List<Instant> stamps = new ArrayList<>();
                for (int l = 0; l < reached; l++) {
                    Instant at = sittings.get(l);
                    for (String id : lessons.get(l).exerciseIds()) {
                        if (random.nextDouble() < 0.12) {
                            continue; // skipped this one
                        }
                        int made0 = stamps.size();
                        work(course.exercise(id).orElseThrow(), learner, skill, random, stamps, at);
                        at = stamps.size() > made0 ? stamps.get(stamps.size() - 1).plusSeconds(60 + random.nextInt(240)) : at;
                    }
                }
                joined.put(email, join);
                times.put(email, stamps);
            }
            for (int i = 0; i < NOT_STARTED.length; i++) {
                String email = NOT_STARTED[i] + "@example.org";
                member(email, made);
                joined.put(email, now.minus(Duration.ofDays(i == 0 ? 2 : 12)).minus(Duration.ofHours(3)));
            }
            spreadOverTime(site, joined, times);

            browser.open("/login");
            browser.find("#email").sendKeys(ADMIN);
            browser.find("#password").sendKeys(PASSWORD);
            browser.find("main form button[type='submit']").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-account .signed-in")));
            String dashboard = "/classes/" + made.get("id").asText();
            draw(browser, dashboard + "?lang=en", Path.of("..", "docs", "screenshot-dashboard.png"));
            assertEquals(NAMES.length + NOT_STARTED.length, browser.findAll("tr.learner-row").size());
            draw(browser, dashboard + "?lang=ko", Path.of("..", "docs", "screenshot-dashboard-ko.png"));
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            site.stop();
        }
    }

    /** Opens {@code path} in a window as tall as the page and writes the whole page to {@code out}. */
    private static void draw(BrowserSession browser, String path, Path out) throws Exception {
        browser.driver().manage().window().setSize(new Dimension(WIDTH, 1000));
        browser.open(path);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.learner-row")));
        long height = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollHeight;");
        browser.driver().manage().window().setSize(new Dimension(WIDTH, (int) height + 140));
        Files.write(out, browser.driver().findElement(By.cssSelector("body")).getScreenshotAs(OutputType.BYTES));
    }

    /** Signs {@code email} up and into the class; returns the learner's token. */
    private String member(String email, JsonNode made) throws Exception {
        call("POST", "/api/v1/accounts", null, "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
        String learner = token(email);
        call("POST", "/api/v1/classes/join", learner, "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        return learner;
    }

    /** 23:59 UTC on the day {@code days} from today. */
    private static String dueAt(Instant now, int days) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(days).atTime(23, 59).toInstant(ZoneOffset.UTC).toString();
    }

    /** When a learner last sat down to work (at least 3 hours ago, so the sitting is over): within the last day for most, a few days ago for some, over a week for a few. */
    private static Instant lastSitting(Instant now, Random random) {
        double r = random.nextDouble();
        long hours = r < 0.5 ? 3 + random.nextInt(18) : r < 0.78 ? 26 + random.nextInt(72) : r < 0.93 ? 100 + random.nextInt(60)
                : 24 * 8 + random.nextInt(24 * 6);
        return now.minus(Duration.ofHours(hours)).minus(Duration.ofMinutes(random.nextInt(60)));
    }

    /** The start of each of {@code count} sittings (one lesson each), spread from a little after joining to {@code last}. */
    private static List<Instant> sittings(Instant join, Instant last, int count, Random random) {
        List<Instant> out = new ArrayList<>();
        Instant first = join.plus(Duration.ofHours(2 + random.nextInt(30)));
        long span = Math.max(0, Duration.between(first, last).toMinutes());
        for (int i = 0; i < count; i++) {
            double share = count == 1 ? 1 : (double) i / (count - 1);
            long jitter = i == count - 1 || i == 0 ? 0 : random.nextInt(360) - 180;
            out.add(first.plus(Duration.ofMinutes((long) (span * share) + jitter)));
        }
        return out;
    }

    /**
     * Lays the attempts out over the class's weeks: each learner's attempts get the times of {@code times} in the order
     * they were made, the summaries their newest time, and the memberships their joining time.
     */
    private static void spreadOverTime(App.Running site, Map<String, Instant> joined, Map<String, List<Instant>> times) throws SQLException {
        try (Connection c = site.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement learner = c.prepareStatement("SELECT learner_id FROM users WHERE email = ?");
                 PreparedStatement attempts = c.prepareStatement("SELECT id FROM attempts WHERE learner_id = ? ORDER BY id");
                 PreparedStatement stamp = c.prepareStatement("UPDATE attempts SET created_at = ? WHERE id = ?");
                 PreparedStatement member = c.prepareStatement("UPDATE class_members SET joined_at = ? WHERE learner_id = ?")) {
                for (Map.Entry<String, Instant> entry : joined.entrySet()) {
                    learner.setString(1, entry.getKey());
                    long id;
                    try (ResultSet rs = learner.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    member.setObject(1, entry.getValue().atOffset(ZoneOffset.UTC));
                    member.setLong(2, id);
                    member.executeUpdate();
                    List<Instant> stamps = times.getOrDefault(entry.getKey(), List.of());
                    attempts.setLong(1, id);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = attempts.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    assertEquals(stamps.size(), ids.size(), entry.getKey());
                    for (int i = 0; i < ids.size(); i++) {
                        stamp.setObject(1, stamps.get(i).atOffset(ZoneOffset.UTC));
                        stamp.setLong(2, ids.get(i));
                        stamp.addBatch();
                    }
                    stamp.executeBatch();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("""
                        UPDATE learner_exercise_stats SET last_attempt_at = (SELECT MAX(a.created_at) FROM attempts a
                            WHERE a.learner_id = learner_exercise_stats.learner_id AND a.exercise_id = learner_exercise_stats.exercise_id)""");
            }
            c.commit();
        }
    }

    /**
     * One learner's go at an exercise, starting at {@code at}: slips first (with a chance that falls with skill), then
     * the right answer unless they give up; the time of each attempt is added to {@code stamps}.
     */
    private void work(ExerciseSpec spec, String learner, double skill, Random random, List<Instant> stamps, Instant at) throws Exception {
        JsonNode variant = call("GET", "/api/v1/exercises/" + spec.id(), learner, null);
        Map<String, Double> params = new LinkedHashMap<>();
        variant.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        Map<String, String> right = Exercises.solution(spec, params);
        int slips = random.nextDouble() < skill ? 0 : 1 + random.nextInt(3);
        boolean givesUp = slips == 3 && random.nextBoolean();
        Instant time = at;
        List<Map<String, String>> named = slips == 0 ? List.of() : namedSlips(spec, params, right);
        for (int i = 0; i < slips; i++) {
            boolean useNamed = !named.isEmpty() && random.nextDouble() < 0.6;
            submit(spec.id(), learner, useNamed ? named.get(random.nextInt(named.size())) : wrong(spec, right, random));
            stamps.add(time);
            time = time.plusSeconds(90 + random.nextInt(300));
        }
        if (!givesUp) {
            submit(spec.id(), learner, right);
            stamps.add(time);
        }
    }

    /**
     * Answers the grader names as a mistake on this variant, one per mistake found: the right answer with one number
     * scaled by a factor from 1/20 to 20 (either sign, 2% apart, so no tolerance window is missed), kept when the
     * grader's verdict names a mistake for it. Numbers only; formulas, matrices and choices get {@link #wrong}.
     */
    private static List<Map<String, String>> namedSlips(ExerciseSpec spec, Map<String, Double> params, Map<String, String> right) {
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : right.entrySet()) {
            double value;
            try {
                value = Double.parseDouble(field.getValue());
            } catch (NumberFormatException e) {
                return List.of();
            }
            for (int step = -150; step <= 150; step++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    Map<String, String> answers = new LinkedHashMap<>(right);
                    answers.put(field.getKey(), String.valueOf(sign * value * Math.pow(20, step / 150.0)));
                    for (FieldVerdict verdict : Exercises.check(spec, params, answers).fields()) {
                        if (verdict.mistake() != null) {
                            found.putIfAbsent(verdict.mistake().id(), answers);
                        }
                    }
                }
            }
            if (found.size() >= 3) {
                break;
            }
        }
        return new ArrayList<>(found.values());
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
