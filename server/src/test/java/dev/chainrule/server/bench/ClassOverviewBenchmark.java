package dev.chainrule.server.bench;

import dev.chainrule.server.App;
import dev.chainrule.server.Config;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The class dashboard when the whole class worked this week: {@link ClassDashboardBenchmark}'s class (1,000 learners x
 * 50 exercises x 5 attempts, seeded by its own code) timed as seeded, when every attempt is months old, then again after
 * every attempt was moved into the last 7 days, when the overview finds all 1,000 learners active, none quiet, and
 * 50,000 (learner, exercise) records in its windows. The overview reads only the per-(learner, exercise) summaries the
 * report has already read, so the two should cost the same; a query counting the recent attempts themselves would read
 * all 250,000 (about half a second on H2, which is why the overview has none). On H2, and on the PostgreSQL of
 * {@code CHAINRULE_BENCH_POSTGRES_URL} when set. Not part of the build (tag {@code benchmark}):
 *
 * <pre>mvn -q -o -pl server test -Dtest=ClassOverviewBenchmark -Dchainrule.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class ClassOverviewBenchmark {

    static final int WARMUP = 20;
    static final int RUNS = 10;

    @TempDir
    Path dir;

    @Test
    void theDashboardWhenTheWholeClassWorkedThisWeek() throws Exception {
        StringBuilder report = new StringBuilder(String.format("%d warm-up + %d timed requests each%n", WARMUP, RUNS));
        report.append(run("H2", new Config(0, "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "", "", false)));
        String postgres = System.getenv("CHAINRULE_BENCH_POSTGRES_URL");
        if (postgres != null && postgres.startsWith("jdbc:postgresql:")) {
            String url = postgres + (postgres.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
            report.append(run("PostgreSQL", new Config(0, url, System.getenv().getOrDefault("CHAINRULE_BENCH_POSTGRES_USER", ""),
                    System.getenv().getOrDefault("CHAINRULE_BENCH_POSTGRES_PASSWORD", ""), false)));
        }
        System.out.println(report);
        Path out = Path.of("target", "class-overview-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String run(String database, Config config) throws Exception {
        App.Running site = App.start(config);
        try {
            ClassDashboardBenchmark.Client teacher = new ClassDashboardBenchmark.Client(site.port());
            String email = "teacher-" + System.nanoTime() + "@example.org";
            String password = ClassDashboardBenchmark.PASSWORD;
            teacher.get("/signup");
            assertEquals(303, teacher.postForm("/signup", "email", email, "password", password, "confirmation", password).statusCode());
            try (Connection c = site.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE users SET role = 'teacher' WHERE email = '" + email + "'");
            }
            teacher.get("/classes");
            HttpResponse<String> made = teacher.postForm("/classes", "name", "Overview benchmark");
            assertEquals(303, made.statusCode(), made.body());
            long classId = Long.parseLong(made.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
            Method seed = ClassDashboardBenchmark.class.getDeclaredMethod("seed", App.Running.class, long.class);
            seed.setAccessible(true);
            long attempts = (long) seed.invoke(null, site, classId);

            StringBuilder out = new StringBuilder(String.format("%n%s: %,d attempts%n", database, attempts));
            out.append(String.format("%-52s %10s %10s %10s %12s%n", "request", "median ms", "min ms", "max ms", "bytes"));
            String page = "/classes/" + classId;
            out.append(measure(teacher, "dashboard, every attempt months old", page));
            long start = System.nanoTime();
            moveIntoTheLastWeek(site);
            out.append(String.format("(moved every attempt into the last 7 days in %.1f s)%n", (System.nanoTime() - start) / 1e9));
            out.append(measure(teacher, "dashboard, every attempt in the last 7 days", page));
            out.append(measure(teacher, "the same, learners stuck on an exercise", page + "?who=stuck"));
            return out.toString();
        } finally {
            site.stop();
        }
    }

    /**
     * Gives the attempts new times in the last 6 days, in their order, and the per-(learner, exercise) summaries their
     * newest time, as if the class had done all of it this week.
     */
    private static void moveIntoTheLastWeek(App.Running site) throws Exception {
        try (Connection c = site.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long first;
            long last;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) FROM attempts")) {
                rs.next();
                first = rs.getLong(1);
                last = rs.getLong(2);
            }
            OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(6));
            double step = Duration.ofDays(6).minusHours(1).toMillis() / (double) Math.max(1, last - first);
            try (PreparedStatement update = c.prepareStatement("UPDATE attempts SET created_at = ? WHERE id = ?")) {
                for (long id = first; id <= last; id++) {
                    update.setObject(1, from.plus(Duration.ofMillis((long) ((id - first) * step))));
                    update.setLong(2, id);
                    update.addBatch();
                    if ((id - first) % 5000 == 4999) {
                        update.executeBatch();
                        c.commit();
                    }
                }
                update.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("""
                        UPDATE learner_exercise_stats SET last_attempt_at = (SELECT MAX(a.created_at) FROM attempts a
                            WHERE a.learner_id = learner_exercise_stats.learner_id AND a.exercise_id = learner_exercise_stats.exercise_id)""");
            }
            c.commit();
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
        }
    }

    private static String measure(ClassDashboardBenchmark.Client client, String label, String path) {
        for (int i = 0; i < WARMUP; i++) {
            client.time(path, false);
        }
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long[] result = client.time(path, false);
            times.add(result[0] / 1e6);
            bytes = result[1];
        }
        Collections.sort(times);
        double median = (times.get(RUNS / 2 - 1) + times.get(RUNS / 2)) / 2;
        return String.format("%-52s %10.1f %10.1f %10.1f %,12d%n", label, median, times.get(0), times.get(RUNS - 1), bytes);
    }
}
