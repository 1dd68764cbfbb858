package dev.chainrule.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.server.App;
import dev.chainrule.server.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item 5 of issue 8: two server instances on one PostgreSQL, started at the same time (both migrate), behind a
 * loopback round-robin proxy without sticky sessions. A learner's session, variants and attempts must work whichever
 * instance answers: sign up on one and submit on the other, log in on one and see the progress on both, a new variant
 * made on one is the one the other grades; and learners (guests and accounts) running the learner loop through the
 * proxy get no error, with every acknowledged submission stored. CI form: 16 learners for 6 s; full form:
 * {@code -Dreliability.learners=200 -Dreliability.seconds=60}.
 */
class TwoInstancesReliabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXERCISE = "two-neuron-dw2";

    private static AnswerSheet sheet;
    private static PostgresDatabase database;
    private static App.Running first;
    private static App.Running second;
    private static RoundRobinProxy proxy;
    private static HttpClient http;

    @BeforeAll
    static void startTwoInstancesBehindAProxy() {
        ReliabilitySettings.skipInThePostgresqlRepeat();
        sheet = AnswerSheet.builtInCourse();
        database = PostgresDatabase.fresh("twoinstances");
        Config config = new Config(0, database.url, database.user, database.password, false);
        CompletableFuture<App.Running> a = CompletableFuture.supplyAsync(() -> App.start(config));
        CompletableFuture<App.Running> b = CompletableFuture.supplyAsync(() -> App.start(config));
        first = a.join();
        second = b.join();
        proxy = RoundRobinProxy.over(List.of(base(first), base(second)));
        http = LearnerClient.sharedHttpClient();
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.close();
        }
        for (App.Running instance : new App.Running[] {first, second}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private static URI base(App.Running instance) {
        return URI.create("http://localhost:" + instance.port() + "/");
    }

    @Test
    void aLearnerSignsUpOnOneInstanceSubmitsOnTheOtherAndSeesTheSameProgressOnBoth() throws Exception {
        LearnerClient onFirst = LearnerClient.standalone(http, () -> base(first));
        LearnerClient onSecond = LearnerClient.standalone(http, () -> base(second));
        String email = "two-instances-signup@example.org";
        assertEquals(303, onFirst.signUp(email, LearnerLoad.PASSWORD).status(), "sign-up on the first instance");
        onSecond.adopt(onFirst);

        JsonNode variant = json(onFirst.get("/api/v1/exercises/" + EXERCISE, "variant"));
        JsonNode sameVariant = json(onSecond.get("/api/v1/exercises/" + EXERCISE, "variant"));
        assertEquals(variant, sameVariant, "the variant made on the first instance, seen from the second");
        Map<String, String> answers = solved(variant);
        LearnerClient.Reply submitted = onSecond.postJson("/api/v1/exercises/" + EXERCISE + "/submissions", body(answers), "submission");
        assertEquals(201, submitted.status(), submitted.body());
        assertEquals(1.0, json(submitted).path("score").asDouble(), "right answers for the first instance's variant, graded by the second");

        JsonNode progressOnFirst = json(onFirst.get("/api/v1/me/progress", "progress"));
        JsonNode progressOnSecond = json(onSecond.get("/api/v1/me/progress", "progress"));
        assertEquals(progressOnFirst, progressOnSecond, "the same progress on both instances");
        assertTrue(progressOnFirst.toString().contains("\"id\":\"" + EXERCISE + "\",\"best\":1.0,\"attempts\":1"), progressOnFirst.toString());
        long attempt = json(submitted).path("attempt").asLong();
        assertEquals(attempt, json(onFirst.get("/api/v1/me/attempts", "attempts")).get(0).path("id").asLong(),
                "the attempt made on the second instance, listed by the first");
    }

    @Test
    void aLearnerLogsInOnOneInstanceGetsANewVariantOnTheOtherAndLogsOutOfBoth() throws Exception {
        String email = "two-instances-login@example.org";
        LearnerClient signUp = LearnerClient.standalone(http, () -> base(second));
        assertEquals(303, signUp.signUp(email, LearnerLoad.PASSWORD).status());

        LearnerClient onFirst = LearnerClient.standalone(http, () -> base(first));
        LearnerClient onSecond = LearnerClient.standalone(http, () -> base(second));
        assertEquals(303, onFirst.logIn(email, LearnerLoad.PASSWORD).status(), "log-in on the first instance");
        assertNotNull(onFirst.cookie("chainrule_session"));
        onSecond.adopt(onFirst);

        JsonNode original = json(onFirst.get("/api/v1/exercises/" + EXERCISE, "variant"));
        JsonNode fresh = json(onSecond.postJson("/api/v1/exercises/" + EXERCISE + "/variants", "", "new variant"));
        assertEquals(original.path("variant").asInt() + 1, fresh.path("variant").asInt(), "a new variant made on the second instance");
        JsonNode current = json(onFirst.get("/api/v1/exercises/" + EXERCISE, "variant"));
        assertEquals(fresh, current, "the first instance serves the second's new variant");
        assertNotEquals(original.path("params"), current.path("params"));
        LearnerClient.Reply graded = onFirst.postJson("/api/v1/exercises/" + EXERCISE + "/submissions",
                body(solved(fresh)), "submission");
        assertEquals(201, graded.status(), graded.body());
        assertEquals(1.0, json(graded).path("score").asDouble(), "graded by the first instance against the second's variant");
        assertEquals(fresh.path("variant").asInt(), json(graded).path("variant").asInt());

        LearnerClient.Reply loggedOut = onSecond.postForm("/logout", Map.of(), "log out");
        assertEquals(303, loggedOut.status(), "log-out on the second instance");
        LearnerClient.Reply afterLogOut = onFirst.get("/account/password", "signed-in page");
        assertEquals(401, afterLogOut.status(), "a session ended on the second instance is over on the first too");
    }

    @Test
    void learnersThroughARoundRobinProxyGetNoErrorAndEveryAcknowledgedSubmissionIsStored() throws Exception {
        int learners = ReliabilitySettings.learners(16);
        int seconds = ReliabilitySettings.seconds(6);
        LearnerLoad load = LearnerLoad.start(http, proxy::base, sheet, learners, learners / 4, "two-instances");
        LoadResult result = load.runFor(Duration.ofSeconds(seconds));

        assertEquals(List.of(), result.failed().stream().limit(20).map(Exchange::toString).toList(), "failed requests");
        assertEquals(List.of(), result.errors().stream().limit(20).toList(), "wrong replies");
        List<String> oneSided = new ArrayList<>();
        for (LearnerClient learner : result.clients()) {
            if (!learner.backends().equals(Set.of("0", "1"))) {
                oneSided.add("learner " + learner.index + " was served only by " + learner.backends());
            }
        }
        assertEquals(List.of(), oneSided, "every learner's requests should have gone to both instances");
        try (Connection connection = database.connect()) {
            assertEquals(List.of(), StoredAttempts.read(connection).problems(result.acknowledged()).stream().limit(20).toList(),
                    "acknowledged submissions against the database");
        }
        ReliabilitySettings.report("two-instances", String.format(Locale.ROOT,
                "2 instances behind a round-robin proxy on one PostgreSQL: %s; requests answered by instance 0: %d, by 1: %d",
                result.summary(), proxy.served(0), proxy.served(1)));
    }

    private static JsonNode json(LearnerClient.Reply reply) throws Exception {
        assertTrue(reply.ok(), "HTTP " + reply.status() + ": " + reply.body());
        return JSON.readTree(reply.body());
    }

    private static String body(Map<String, String> answers) throws Exception {
        return JSON.writeValueAsString(Map.of("answers", answers));
    }

    /** Right answers for a variant, from the grader. */
    private static Map<String, String> solved(JsonNode variant) {
        return Exercises.solution(sheet.spec(variant.path("id").asText()), AnswerSheet.params(variant));
    }
}
