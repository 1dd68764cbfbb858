package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.chainrule.server.AccountFunctionalTest.PASSWORD;
import static dev.chainrule.server.AccountFunctionalTest.logIn;
import static dev.chainrule.server.AccountFunctionalTest.signUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes end to end over HTTP: making and joining them, access, the dashboard, the learner page, CSV, JSON and late marking. */
class ClassesFunctionalTest {

    static final String EXERCISE = "/api/v1/exercises/two-neuron-test";

    @TempDir
    Path dir;
    TestServer server;
    TestServer.Client teacher;

    @BeforeEach
    void start() {
        server = TestServer.start(TestServer.config(dir).withAdmin(RouteAccessFunctionalTest.ADMIN, RouteAccessFunctionalTest.ADMIN_PASSWORD));
        teacher = teacher("tess@example.org");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLearnerJoinsByCodeAndTheTeacherSeesTheAttemptAndItsNamedMistake() {
        JsonNode made = create(teacher, "{\"name\": \"Backprop <101>\"}");
        TestServer.Client ada = learner("ada@example.org");
        HttpResponse<String> joined = ada.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        assertEquals(201, joined.statusCode(), joined.body());
        assertEquals(200, ada.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}").statusCode(),
                "joining twice is harmless");
        submitWithMistake(ada);

        String dashboard = teacher.get("/classes/" + made.get("id").asText()).body();
        assertTrue(dashboard.contains("ada@example.org"), dashboard);
        assertTrue(dashboard.contains("Backprop &lt;101&gt;"), "the class name is escaped");
        assertTrue(dashboard.contains("activation derivative left out: 1"), dashboard);
        assertTrue(dashboard.contains("\u25d0 50% (1)") || dashboard.contains("50% (1)"), dashboard);

        JsonNode progress = teacher.json(teacher.get("/api/v1/classes/" + made.get("id").asText() + "/progress"));
        JsonNode learner = progress.get("learners").get(0);
        assertEquals("ada@example.org", learner.get("email").asText());
        assertEquals(0.5, learner.get("exercises").get("two-neuron-test").get("best").asDouble(), 1e-9);
        JsonNode stats = find(progress.get("statistics"), "two-neuron-test");
        assertEquals(1, stats.get("attempts").asInt());
        assertEquals(0.0, stats.get("firstTryRate").asDouble());
        assertEquals("activation-derivative-omitted", stats.get("mistakes").get(0).get("id").asText());

        String page = teacher.get("/classes/" + made.get("id").asText() + "/learners/" + learner.get("learner").asText()).body();
        assertTrue(page.contains("activation derivative left out"), page);
        assertTrue(page.contains("incorrect") && page.contains("correct"), page);
    }

    @Test
    void theOverviewCountsWhoWorkedLatelyAndNamesWhoIsStuckAndWhoHasBeenQuiet() throws Exception {
        JsonNode made = create(teacher, "{\"name\": \"Morning\", \"deadlines\": {\"two-neurons\": \"2020-01-01T00:00:00Z\"}}");
        String id = made.get("id").asText();
        String code = "{\"code\": \"" + made.get("joinCode").asText() + "\"}";
        TestServer.Client ada = learner("ada@example.org");
        ada.postJson("/api/v1/classes/join", code);
        learner("bob@example.org").postJson("/api/v1/classes/join", code);
        TestServer.Client cy = learner("cy@example.org");
        cy.postJson("/api/v1/classes/join", code);
        for (int i = 0; i < 3; i++) {
            submitWithMistake(ada); // three attempts, half right each time: stuck
        }
        submitWithMistake(cy);
        movedBack(cy, "cy@example.org", Duration.ofDays(10));

        String dashboard = teacher.get("/classes/" + id).body();
        assertEquals("1 of 3", tile(dashboard, "tile-day"), "ada worked today; cy ten days ago, bob never");
        assertEquals("1 of 3", tile(dashboard, "tile-week"));
        assertEquals("3", tile(dashboard, "tile-learners"));
        assertTrue(dashboard.contains("worked on 1 exercise, 0 of them solved"), "ada's one exercise, half right");
        String stuck = between(dashboard, "<ul class=\"people stuck-list\">", "</ul>");
        assertTrue(stuck.contains("ada@example.org") && !stuck.contains("cy@example.org"), stuck);
        String quiet = between(dashboard, "<ul class=\"people quiet-list\">", "</ul>");
        assertTrue(quiet.contains("bob@example.org") && quiet.contains("no attempt yet"), quiet);
        assertTrue(quiet.contains("cy@example.org") && quiet.contains("10 days ago"), quiet);
        assertFalse(quiet.contains("ada@example.org"), quiet);
        assertTrue(dashboard.contains("due 1 Jan 2020, 00:00 UTC"), "the deadline in words");
        assertTrue(between(dashboard, "<ol class=\"hardest\">", "</ol>").contains("data-exercise-id=\"two-neuron-test\""));

        assertEquals(List.of("ada@example.org"), matrixLearners(teacher.get("/classes/" + id + "?who=stuck").body()));
        assertEquals(List.of("bob@example.org", "cy@example.org"), matrixLearners(teacher.get("/classes/" + id + "?who=quiet").body()));
        assertEquals(List.of("ada@example.org", "cy@example.org", "bob@example.org"),
                matrixLearners(teacher.get("/classes/" + id + "?sort=active&dir=desc").body()), "the most recent attempt first");
        String korean = teacher.get("/classes/" + id + "?lang=ko").body();
        assertTrue(korean.contains("최근 24시간 동안 활동") && korean.contains("도움이 필요할 수 있는 학습자"), "the page in Korean");
    }

    /** Moves every attempt of the learner {@code by} into the past, and their summaries' newest time with them. */
    private void movedBack(TestServer.Client who, String email, Duration by) throws SQLException {
        String learner = TestDatabase.strings(server, "SELECT learner_id FROM users WHERE email = '" + email + "'").get(0);
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minus(by);
        try (Connection c = server.running.dataSource().getConnection();
             PreparedStatement attempts = c.prepareStatement("UPDATE attempts SET created_at = ? WHERE learner_id = ?");
             PreparedStatement stats = c.prepareStatement("UPDATE learner_exercise_stats SET last_attempt_at = ? WHERE learner_id = ?")) {
            for (PreparedStatement update : List.of(attempts, stats)) {
                update.setObject(1, then);
                update.setLong(2, Long.parseLong(learner));
                assertTrue(update.executeUpdate() > 0);
            }
        }
    }

    /** The big number of the overview tile with this class. */
    private static String tile(String page, String tile) {
        return between(between(page, "<div class=\"tile " + tile + "\">", "</div>"), "<p class=\"tile-value\">", "</p>");
    }

    /** The learners' emails in the matrix rows, in order (the full email is each name's title). */
    private static List<String> matrixLearners(String page) {
        return Pattern.compile("<tr class=\"learner-row\"[^>]*>\\s*<th scope=\"row\"><a [^>]*title=\"([^\"]+)\"")
                .matcher(between(page, "<table class=\"class-matrix", "</table>")).results().map(m -> m.group(1)).toList();
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, from + " not in " + text);
        int end = text.indexOf(to, start + from.length());
        return text.substring(start + from.length(), end);
    }

    @Test
    void anotherTeachersClassIsForbiddenAndLearnersCannotSeeDashboards() {
        JsonNode made = create(teacher, "{\"name\": \"Mine\"}");
        String id = made.get("id").asText();
        TestServer.Client other = teacher("otto@example.org");
        assertEquals(403, other.get("/classes/" + id).statusCode());
        assertEquals(403, other.get("/api/v1/classes/" + id + "/progress").statusCode());
        assertEquals(403, other.get("/api/v1/classes/" + id + "/grades.csv").statusCode());
        assertFalse(other.get("/classes").body().contains("Mine"), "another teacher's list does not show the class");
        TestServer.Client ada = learner("ada@example.org");
        ada.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        assertEquals(403, ada.get("/classes/" + id).statusCode());
        assertEquals(403, ada.get("/api/v1/classes/" + id + "/attempts.csv").statusCode());
        assertEquals(403, ada.postJson("/api/v1/classes", "{\"name\": \"x\"}").statusCode());
        TestServer.Client admin = server.client();
        logIn(admin, RouteAccessFunctionalTest.ADMIN, RouteAccessFunctionalTest.ADMIN_PASSWORD);
        assertEquals(200, admin.get("/classes/" + id).statusCode(), "admins see every class");
        assertEquals(404, teacher.get("/classes/999999").statusCode());
    }

    @Test
    void aRemovedLearnerIsGoneFromTheDashboardAndTheCsv() {
        JsonNode made = create(teacher, "{\"name\": \"Removal\"}");
        String id = made.get("id").asText();
        TestServer.Client ada = learner("ada@example.org");
        ada.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        String learnerId = teacher.json(teacher.get("/api/v1/classes/" + id + "/progress")).get("learners").get(0).get("learner").asText();
        teacher.get("/classes/" + id);
        assertEquals(303, teacher.postForm("/classes/" + id + "/learners/" + learnerId + "/remove", Map.of()).statusCode());
        assertFalse(teacher.get("/classes/" + id).body().contains("ada@example.org"));
        assertFalse(teacher.get("/api/v1/classes/" + id + "/grades.csv").body().contains("ada@example.org"));
        assertEquals(404, teacher.get("/classes/" + id + "/learners/" + learnerId).statusCode());
    }

    @Test
    void theGradesCsvHasARowPerLearnerWithBestScoresAndTotals() {
        JsonNode made = create(teacher, "{\"name\": \"CSV\"}");
        String id = made.get("id").asText();
        TestServer.Client ada = learner("ada@example.org");
        ada.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        learner("bob@example.org").postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        submitWithMistake(ada);
        HttpResponse<String> csv = teacher.get("/api/v1/classes/" + id + "/grades.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(3, lines.size(), csv.body());
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals("email", header.get(0));
        assertEquals(List.of("solved", "total", "late_attempts"), header.subList(header.size() - 3, header.size()));
        int column = header.indexOf("two-neuron-test");
        String[] ada0 = lines.get(1).split(",", -1);
        assertEquals("ada@example.org", ada0[0]);
        assertEquals("0.5", ada0[column]);
        assertEquals("0.5", ada0[ada0.length - 2]);
        String[] bob = lines.get(2).split(",", -1);
        assertEquals("", bob[column], "not tried is an empty cell");
    }

    @Test
    void theAttemptsCsvQuotesAnswersAndDefusesFormulas() {
        JsonNode made = create(teacher, "{\"name\": \"Quoting\"}");
        TestServer.Client ada = learner("ada@example.org");
        ada.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        ada.get(EXERCISE);
        ada.postJson(EXERCISE + "/submissions", "{\"answers\": {\"dP/dw2\": \"=HYPERLINK(1)\", \"dP/dw1\": \"1,\\\"2\"}}");
        String csv = teacher.get("/api/v1/classes/" + made.get("id").asText() + "/attempts.csv").body();
        List<String> lines = csv.lines().toList();
        assertEquals("email,exercise,lesson,time,score,late,mistakes,answers", lines.get(0));
        String row = lines.get(1);
        assertTrue(row.startsWith("ada@example.org,two-neuron-test,two-neurons,"), row);
        assertTrue(row.endsWith(",0,,,\"{\"\"dP/dw2\"\":\"\"=HYPERLINK(1)\"\",\"\"dP/dw1\"\":\"\"1,\\\"\"2\"\"}\""), row);
    }

    @Test
    void attemptsAfterALessonsDeadlineAreKeptAndMarkedLate() {
        JsonNode late = create(teacher, "{\"name\": \"Past\", \"deadlines\": {\"two-neurons\": \"2020-01-01T00:00:00Z\"}}");
        JsonNode open = create(teacher, "{\"name\": \"Future\", \"deadlines\": {\"two-neurons\": \"2999-01-01T00:00:00Z\"}}");
        TestServer.Client ada = learner("ada@example.org");
        ada.postJson("/api/v1/classes/join", "{\"code\": \"" + late.get("joinCode").asText() + "\"}");
        ada.postJson("/api/v1/classes/join", "{\"code\": \"" + open.get("joinCode").asText() + "\"}");
        submitWithMistake(ada);
        String lateId = late.get("id").asText();
        assertEquals(1, teacher.json(teacher.get("/api/v1/classes/" + lateId + "/progress")).get("learners").get(0).get("late").asInt());
        assertEquals(0, teacher.json(teacher.get("/api/v1/classes/" + open.get("id").asText() + "/progress")).get("learners").get(0).get("late").asInt());
        assertTrue(teacher.get("/classes/" + lateId).body().contains("1 late"));
        assertTrue(teacher.get("/api/v1/classes/" + lateId + "/attempts.csv").body().lines().skip(1).findFirst().orElseThrow().contains(",late,"));
        assertFalse(teacher.get("/api/v1/classes/" + open.get("id").asText() + "/attempts.csv").body().lines().skip(1)
                .findFirst().orElseThrow().contains(",late,"));
        assertTrue(teacher.get("/api/v1/classes/" + lateId + "/grades.csv").body().lines().skip(1).findFirst().orElseThrow().endsWith(",1"));
    }

    @Test
    void aTeacherMovesAndClearsADeadlineOnTheDashboardAndLateMarksFollow() {
        JsonNode made = create(teacher, "{\"name\": \"Moving\", \"deadlines\": {\"two-neurons\": \"2999-01-01T00:00:00Z\"}}");
        String id = made.get("id").asText();
        TestServer.Client ada = learner("ada@example.org");
        ada.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        submitWithMistake(ada);
        assertTrue(teacher.get("/classes/" + id).body().contains("value=\"2999-01-01T00:00\""), "the form shows the deadline");
        assertEquals(0, lateOf(id));

        HttpResponse<String> moved = teacher.postForm("/classes/" + id + "/deadlines", Map.of("lesson", "two-neurons", "deadline", "2020-01-01T00:00"));
        assertEquals(303, moved.statusCode());
        assertEquals("/classes/" + id + "?deadline=1#completion-heading", moved.headers().firstValue("Location").orElseThrow());
        assertEquals(1, lateOf(id), "the attempt was made after the new, earlier deadline, so it is late now");

        assertEquals(303, teacher.postForm("/classes/" + id + "/deadlines", Map.of("lesson", "two-neurons", "deadline", "")).statusCode());
        assertEquals(0, lateOf(id), "no deadline, nothing late");
        String cleared = teacher.get("/classes/" + id).body();
        assertTrue(cleared.contains("id=\"deadline-two-neurons\"") && !cleared.contains("value=\"2020-01-01T00:00\""), "the form is empty");

        assertEquals(400, teacher.postForm("/classes/" + id + "/deadlines", Map.of("lesson", "two-neurons", "deadline", "soon")).statusCode());
        assertEquals(400, teacher.postForm("/classes/" + id + "/deadlines", Map.of("lesson", "no-such-lesson", "deadline", "")).statusCode());
        assertEquals(403, ada.postForm("/classes/" + id + "/deadlines", Map.of("lesson", "two-neurons", "deadline", "2020-01-01T00:00"))
                .statusCode(), "a learner cannot move deadlines");
        assertEquals(0, lateOf(id), "refused requests changed nothing");
    }

    @Test
    void mistakesAreSummedOverTheClassAndLateAttemptsCountedOnlyWhereADeadlinePassedBeforeThem() {
        JsonNode past = create(teacher, "{\"name\": \"Past\", \"deadlines\": {\"two-neurons\": \"2020-01-01T00:00:00Z\"}}");
        JsonNode future = create(teacher, "{\"name\": \"Future\", \"deadlines\": {\"two-neurons\": \"2999-01-01T00:00:00Z\"}}");
        for (String email : List.of("ada@example.org", "bob@example.org", "cara@example.org")) {
            TestServer.Client who = learner(email);
            who.postJson("/api/v1/classes/join", "{\"code\": \"" + past.get("joinCode").asText() + "\"}");
            who.postJson("/api/v1/classes/join", "{\"code\": \"" + future.get("joinCode").asText() + "\"}");
            if (!email.startsWith("cara")) {
                submitWithMistake(who); // cara makes no attempt
            }
        }
        for (JsonNode made : List.of(past, future)) {
            JsonNode progress = teacher.json(teacher.get("/api/v1/classes/" + made.get("id").asText() + "/progress"));
            JsonNode stats = find(progress.get("statistics"), "two-neuron-test");
            assertEquals(2, stats.get("attempts").asInt());
            assertEquals(2, stats.get("learners").asInt());
            assertEquals(1, stats.get("mistakes").size());
            assertEquals("activation-derivative-omitted", stats.get("mistakes").get(0).get("id").asText());
            assertEquals(2, stats.get("mistakes").get(0).get("count").asInt(), "one from ada, one from bob");
            JsonNode learners = progress.get("learners");
            assertEquals(List.of("ada@example.org", "bob@example.org", "cara@example.org"),
                    List.of(learners.get(0).get("email").asText(), learners.get(1).get("email").asText(), learners.get(2).get("email").asText()));
            int late = made == past ? 1 : 0;
            assertEquals(List.of(late, late, 0), List.of(learners.get(0).get("late").asInt(), learners.get(1).get("late").asInt(),
                    learners.get(2).get("late").asInt()), made.get("name").asText());
            assertEquals(late, learners.get(0).get("exercises").get("two-neuron-test").get("late").asInt());
            assertEquals(0, learners.get(2).get("exercises").size(), "cara tried nothing");
            assertTrue(teacher.get("/classes/" + made.get("id").asText()).body().contains("activation derivative left out: 2"));
        }
    }

    private int lateOf(String classId) {
        return teacher.json(teacher.get("/api/v1/classes/" + classId + "/progress")).get("learners").get(0).get("late").asInt();
    }

    @Test
    void badClassRequestsAreClearFourHundreds() {
        assertEquals("invalid_name", error(teacher.postJson("/api/v1/classes", "{\"name\": \"\"}")));
        assertEquals("invalid_name", error(teacher.postJson("/api/v1/classes", "{\"name\": 5}")));
        assertEquals("unknown_lesson", error(teacher.postJson("/api/v1/classes", "{\"name\": \"x\", \"deadlines\": {\"nope\": \"2026-01-01T00:00:00Z\"}}")));
        assertEquals("invalid_deadline", error(teacher.postJson("/api/v1/classes", "{\"name\": \"x\", \"deadlines\": {\"two-neurons\": \"soon\"}}")));
        assertEquals("invalid_json", error(teacher.postJson("/api/v1/classes", "{")));
        assertEquals("unknown_code", error(learner("ada@example.org").postJson("/api/v1/classes/join", "{\"code\": \"NOPE\"}")));
        assertEquals(404, teacher.get("/join/NOPE").statusCode());
    }

    @Test
    void theClassPagesMakeAClassAndTheJoinLinkAddsTheLearner() {
        teacher.get("/classes");
        HttpResponse<String> made = teacher.postForm("/classes", Map.of("name", "Form class", "deadline.two-neurons", "2030-06-01T12:00"));
        assertEquals(303, made.statusCode(), made.body());
        String location = made.headers().firstValue("Location").orElseThrow();
        String dashboard = teacher.get(location).body();
        assertTrue(dashboard.contains("value=\"2030-06-01T12:00\""), dashboard);
        String code = dashboard.replaceAll("(?s).*<code class=\"join-code\">([A-Z0-9]+)</code>.*", "$1");
        assertTrue(teacher.get("/classes").body().contains(code));
        assertEquals(400, teacher.postForm("/classes", Map.of("name", " ")).statusCode());

        TestServer.Client anonymous = server.client();
        assertTrue(anonymous.get("/join/" + code).body().contains("Log in or sign up first"));
        TestServer.Client ada = learner("ada@example.org");
        assertTrue(ada.get("/join/" + code).body().contains("Join the class"));
        assertEquals(303, ada.postForm("/join", Map.of("code", code)).statusCode());
        assertTrue(ada.get("/join/" + code).body().contains("You are in this class."));
        assertTrue(teacher.get(location).body().contains("ada@example.org"));
    }

    @Test
    void theLearnerPageEscapesWhatTheLearnerTyped() {
        JsonNode made = create(teacher, "{\"name\": \"Escapes\"}");
        TestServer.Client ada = learner("ada@example.org");
        ada.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
        ada.get(EXERCISE);
        ada.postJson(EXERCISE + "/submissions", "{\"answers\": {\"dP/dw2\": \"<script>alert(1)</script>\", \"dP/dw1\": \"1\"}}");
        String id = made.get("id").asText();
        String learnerId = teacher.json(teacher.get("/api/v1/classes/" + id + "/progress")).get("learners").get(0).get("learner").asText();
        String page = teacher.get("/classes/" + id + "/learners/" + learnerId).body();
        assertFalse(page.contains("<script>alert(1)"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    }

    private static String error(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + response.body());
        try {
            return TestServer.JSON.readTree(response.body()).path("error").path("code").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static JsonNode find(JsonNode array, String exercise) {
        for (JsonNode node : array) {
            if (node.get("exerciseId").asText().equals(exercise)) {
                return node;
            }
        }
        throw new AssertionError(exercise + " not in " + array);
    }

    /** Submits dP/dw2 with the activation's derivative left out, and dP/dw1 right: score 0.5, one named mistake. */
    static void submitWithMistake(TestServer.Client client) {
        JsonNode exercise = client.json(client.get(EXERCISE));
        Map<String, Double> params = new HashMap<>();
        exercise.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        double y = 1 / (1 + Math.exp(-params.get("w1") * params.get("x")));
        double z = 1 / (1 + Math.exp(-params.get("w2") * y));
        double withoutSlope = (params.get("d") - z) * y;
        HttpResponse<String> reply = client.postJson(EXERCISE + "/submissions", "{\"answers\": {\"dP/dw2\": " + withoutSlope
                + ", \"dP/dw1\": " + TwoNeuronNetwork.slope(params, "w1") + "}}");
        assertEquals(201, reply.statusCode(), reply.body());
        assertEquals(0.5, client.json(reply).get("score").asDouble(), 1e-9, reply.body());
    }

    private JsonNode create(TestServer.Client client, String body) {
        HttpResponse<String> made = client.postJson("/api/v1/classes", body);
        assertEquals(201, made.statusCode(), made.body());
        JsonNode json = client.json(made);
        assertTrue(json.get("joinCode").asText().matches("[A-Z0-9]{8}"), made.body());
        assertEquals("/join/" + json.get("joinCode").asText(), json.get("joinPath").asText());
        return json;
    }

    private TestServer.Client learner(String email) {
        TestServer.Client client = server.client();
        assertEquals(303, signUp(client, email, PASSWORD).statusCode());
        client.get("/");
        return client;
    }

    private TestServer.Client teacher(String email) {
        TestServer.Client client = learner(email);
        TestServer.Client admin = server.client();
        logIn(admin, RouteAccessFunctionalTest.ADMIN, RouteAccessFunctionalTest.ADMIN_PASSWORD);
        admin.get("/admin/users");
        String id = TestDatabase.strings(server, "SELECT id FROM users WHERE email = '" + email + "'").get(0);
        assertEquals(303, admin.postForm("/admin/users/" + id + "/role", Map.of("role", "teacher")).statusCode());
        client.get("/");
        return client;
    }
}
