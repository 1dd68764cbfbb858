package dev.chainrule.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.server.App;
import dev.chainrule.server.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item 4 of issue 8: PostgreSQL is stopped for 10 s while learners work. Every request must end quickly, with its
 * answer or with a 503 that says the database is unavailable and when to retry (JSON under /api/, a page elsewhere),
 * within a second, never hang; {@code /healthz} must say 503; and once PostgreSQL is back the server must serve everyone again by
 * itself, with every acknowledged submission stored. The test stops and starts a PostgreSQL of its own
 * ({@link PrivatePostgres}); without PostgreSQL's binaries it is skipped (under bin/test it must run). CI form: 20
 * learners; full form: {@code -Dreliability.learners=200}; {@code -Dreliability.outageSeconds} changes the 10 s.
 */
class DatabaseOutageReliabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How soon a request must be told 503 once the database is gone (the pool notices its first failed connection). */
    private static final Duration NOTICE = Duration.ofSeconds(1);
    /** The server's default wait for a connection while all are busy: the longest any request may wait for one. */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(Config.DEFAULT_DB_CONNECTION_TIMEOUT_MILLIS);
    /** What a busy shared 2-core machine may add to any reply. */
    private static final Duration SLACK = Duration.ofSeconds(2);
    private static AnswerSheet sheet;

    @BeforeAll
    static void loadTheCourse() {
        ReliabilitySettings.skipInThePostgresqlRepeat();
        sheet = AnswerSheet.builtInCourse();
    }

    @Test
    void whilePostgresqlIsStoppedRequestsGetA503QuicklyHealthSays503AndTheServerRecoversByItself() throws Exception {
        Path bin = PrivatePostgres.binariesOrSkip();
        int learners = ReliabilitySettings.learners(20);
        Duration outage = Duration.ofSeconds(ReliabilitySettings.outageSeconds());
        try (PrivatePostgres pg = PrivatePostgres.start(bin)) {
            pg.createDatabase("outage");
            App.Running server = App.start(new Config(0, pg.url("outage"), PrivatePostgres.USER, "", false));
            try {
                URI base = URI.create("http://localhost:" + server.port() + "/");
                HttpClient http = LearnerClient.sharedHttpClient();
                LearnerClient probe = LearnerClient.standalone(http, () -> base);
                LearnerLoad load = LearnerLoad.start(http, () -> base, sheet, learners, learners / 8, "outage");
                assertTrue(load.awaitEveryLearnerSubmitting(Duration.ofSeconds(120)), "every learner should be submitting first");
                String slug = lessonSlug(probe);
                // the probe becomes a guest learner, so that its progress is read from the database
                assertEquals(200, probe.get("/api/v1/exercises/" + sheet.exerciseIds().get(0), "variant").status());

                long stoppedAt = System.nanoTime();
                pg.stop();
                Observations seen = observeOutage(probe, slug, stoppedAt + outage.toNanos());
                long restartedAt = System.nanoTime();
                pg.start();
                long acceptingAt = System.nanoTime();
                long healthyAt = awaitHealthy(probe, Duration.ofSeconds(60));
                boolean everyoneBack = load.awaitEveryLearnerAcknowledgedAfter(healthyAt, Duration.ofSeconds(60));
                long backAt = System.nanoTime();
                LoadResult result = load.runFor(Duration.ofSeconds(2));

                assertEquals(List.of(), result.errors().stream().limit(20).toList(), "wrong replies, or 503s that do not say why");
                assertTrue(everyoneBack, "every learner should submit again once the database is back");
                assertEquals(List.of(), seen.problems, "what /healthz, a page and the API said during the outage");
                List<String> badFailures = result.where(e -> !e.succeeded() && (e.status() != 503
                                || e.endNanos() < stoppedAt || e.startNanos() > healthyAt + SLACK.toNanos()))
                        .stream().limit(20).map(Exchange::toString).toList();
                assertEquals(List.of(), badFailures, "failures other than a 503 during the outage");
                List<Exchange> refused = result.where(e -> e.status() == 503);
                Latencies refusals = Latencies.of(refused);
                assertTrue(refused.size() > 0, "learners should have been told 503 during the outage");
                assertTrue(refusals.max() <= NOTICE.plus(SLACK).toMillis(),
                        "a 503 must come as soon as the pool notices the database is gone, not after a hang: " + refusals);
                Latencies all = result.latencies(e -> true);
                assertTrue(all.max() <= CONNECTION_TIMEOUT.plus(SLACK).toMillis(), "no request may hang: " + all);

                try (Connection connection = DriverManager.getConnection(pg.url("outage"), PrivatePostgres.USER, "")) {
                    StoredAttempts stored = StoredAttempts.read(connection);
                    assertEquals(List.of(), stored.problems(result.acknowledged()).stream().limit(20).toList(),
                            "acknowledged submissions against the database");
                }
                ReliabilitySettings.report("outage", String.format(Locale.ROOT, "PostgreSQL stopped for %.1f s under %d learners;"
                                + " %d requests answered 503 (%s); /healthz said 503 %.1f s after the stop (its 503s: %s);"
                                + " PostgreSQL took %.1f s to start again, then /healthz said 200 after %.1f s and every learner"
                                + " had a submission acknowledged after %.1f s; the whole run: %s",
                        (restartedAt - stoppedAt) / 1e9, learners, refused.size(), refusals.percentiles(),
                        (seen.firstUnhealthy - stoppedAt) / 1e9, seen.unhealthyLatencies.percentiles(),
                        (acceptingAt - restartedAt) / 1e9, (healthyAt - acceptingAt) / 1e9, (backAt - acceptingAt) / 1e9,
                        result.summary()));
            } finally {
                server.stop();
            }
        }
    }

    /** What the probe saw while the database was down. */
    private static final class Observations {
        final List<String> problems = new ArrayList<>();
        final List<Exchange> unhealthy = new ArrayList<>();
        Latencies unhealthyLatencies;
        long firstUnhealthy;
    }

    /**
     * Until {@code until}: {@code /healthz} must turn 503 within the connection timeout and stay so; then a lesson page
     * must be a 503 page with the message, and an API call a 503 JSON error, both with Retry-After.
     */
    private static Observations observeOutage(LearnerClient probe, String slug, long until) throws Exception {
        Observations seen = new Observations();
        boolean pageChecked = false;
        while (System.nanoTime() < until) {
            long start = System.nanoTime();
            LearnerClient.Reply health = probe.get("/healthz", "health");
            long end = System.nanoTime();
            if (health.status() == 503) {
                if (seen.firstUnhealthy == 0) {
                    seen.firstUnhealthy = end;
                }
                seen.unhealthy.add(new Exchange(-1, "health", start, end, 503, null));
                if (!pageChecked) {
                    pageChecked = true;
                    checkPage(probe.get("/lessons/" + slug, "page"), seen.problems);
                    checkApi(probe.get("/api/v1/me/progress", "progress"), seen.problems);
                }
            } else if (seen.firstUnhealthy != 0) {
                seen.problems.add("/healthz said " + health.status() + " again while the database was still down");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        if (seen.firstUnhealthy == 0) {
            seen.problems.add("/healthz never said 503 while the database was down");
        }
        seen.unhealthyLatencies = Latencies.of(seen.unhealthy);
        return seen;
    }

    private static void checkPage(LearnerClient.Reply page, List<String> problems) {
        String type = page.header("Content-Type");
        if (page.status() != 503 || type == null || !type.startsWith("text/html") || page.header("Retry-After") == null
                || !page.body().contains("The server cannot reach its database right now")) {
            problems.add("a lesson page during the outage: HTTP " + page.status() + " " + page.headers() + " "
                    + LearnerLoad.abbreviate(page.body()));
        }
    }

    private static void checkApi(LearnerClient.Reply reply, List<String> problems) throws Exception {
        JsonNode body = reply.status() == 503 ? JSON.readTree(reply.body()) : null;
        if (body == null || !body.path("error").path("code").asText().equals("database_unavailable") || reply.header("Retry-After") == null) {
            problems.add("/api/v1/me/progress during the outage: HTTP " + reply.status() + " " + LearnerLoad.abbreviate(reply.body()));
        }
    }

    /** Waits until {@code /healthz} says 200; when it did. */
    private static long awaitHealthy(LearnerClient probe, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (probe.get("/healthz", "health").status() == 200) {
                return System.nanoTime();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("/healthz did not say 200 within " + timeout + " of PostgreSQL's start");
    }

    private static String lessonSlug(LearnerClient probe) throws Exception {
        LearnerClient.Reply lessons = probe.get("/api/v1/lessons", "lessons");
        assertEquals(200, lessons.status());
        JsonNode first = JSON.readTree(lessons.body()).get(0);
        assertNotNull(first);
        return first.path("slug").asText();
    }
}
