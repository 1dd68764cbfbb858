package dev.chainrule.server.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.server.hostile.HostileCase.Expect;
import dev.chainrule.server.hostile.HostileCase.Graded;
import dev.chainrule.server.hostile.HostileCase.GradedInvalid;
import dev.chainrule.server.hostile.HostileCase.Redirected;
import dev.chainrule.server.hostile.HostileCase.Refused;
import dev.chainrule.server.hostile.HostileCase.Served;
import dev.chainrule.server.hostile.HostileSite.Actor;
import io.javalin.router.ParsedEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends the {@link HostileCatalog} (over 300 hostile requests across every API and form route) to a real server with
 * the built-in course and a site in use (see {@link HostileSite}), and holds each reply to the same bar: a 4xx with a
 * clear message (the JSON error under /api/, an error page elsewhere), never a 5xx; nothing stored changes for a
 * refused request; and the server keeps serving. Answers that are strange but well-formed text (NaN, formula bombs,
 * odd Unicode) are graded instead, as the API documents: the field is invalid with a message and the attempt is stored
 * exactly as sent. Runs on H2; {@link HostileInputOnPostgresFunctionalTest} runs the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputFunctionalTest {

    /** What a reply must never carry, whatever it refuses: the contents of files outside the static folders. */
    private static final List<String> LEAKS = List.of("root:x:0:0", "katex.version", "CREATE TABLE", "<project", "Manifest-Version",
            "xmlns:th=", "site.title=", "[fonts]");
    private static final Set<String> ATTEMPT_TABLES = Set.of("attempts", "attempt_mistakes", "learner_exercise_stats", "learner_exercise_mistakes");

    private Path dir;
    HostileSite site;
    private List<HostileCase> catalog;

    /** Whether this run is on PostgreSQL (also when the build runs the functional tests there: {@code -Dchainrule.test.database=postgresql}). */
    boolean postgres() {
        return "postgresql".equals(System.getProperty("chainrule.test.database"));
    }

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("chainrule-hostile");
        site = HostileSite.start(dir, postgres());
        catalog = new HostileCatalog(routes()).cases(site.fixture);
    }

    @AfterAll
    void stop() throws IOException {
        if (site != null) {
            site.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Every HTTP route the app registered, as "METHOD /path/{param}" (HEAD routes mirror GET routes and are left out). */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (ParsedEndpoint parsed : site.running.javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (parsed.endpoint.method.isHttpMethod() && !parsed.endpoint.method.name().equals("HEAD")) {
                routes.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        }
        return routes;
    }

    @Test
    @Order(1)
    void everyRouteOfTheSiteIsAimedAtByAtLeastThreeHostileRequestsAndTheCatalogHoldsOverThreeHundred() {
        Map<String, Integer> perRoute = new LinkedHashMap<>();
        routes().forEach(route -> perRoute.put(route, 0));
        for (HostileCase c : catalog) {
            perRoute.computeIfPresent(c.route, (route, n) -> n + 1);
        }
        List<String> missed = perRoute.entrySet().stream().filter(e -> e.getValue() < 3).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        assertEquals(List.of(), missed, "routes with fewer than 3 hostile requests in the catalog; add some to ApiCases or PageCases");
        assertTrue(catalog.size() >= 300, "the catalog holds " + catalog.size() + " requests");
        Map<String, Integer> byOutcome = new java.util.TreeMap<>();
        catalog.forEach(c -> byOutcome.merge(c.expect.getClass().getSimpleName(), 1, Integer::sum));
        System.out.println("Hostile input on " + site.database + ": " + catalog.size() + " requests; by category "
                + HostileCatalog.countByCategory(catalog) + "; by expected outcome " + byOutcome);
    }

    @Test
    @Order(2)
    void everyHostileRequestGetsAClearRefusalOrAnInvalidVerdictAndNeverA5xxOrAStoredChangeItShouldNotMake() {
        List<String> failures = new ArrayList<>();
        List<String> known = new ArrayList<>();
        StoredState before = StoredState.read(site);
        long slowest = 0;
        HostileCase slowestCase = null;
        for (HostileCase c : catalog) {
            long started = System.nanoTime();
            Reply reply;
            try {
                reply = send(c);
            } catch (RuntimeException e) {
                failures.add(c + ": the request failed: " + e);
                before = StoredState.read(site);
                continue;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > slowest) {
                slowest = millis;
                slowestCase = c;
            }
            StoredState after = StoredState.read(site);
            List<String> problems = new ArrayList<>(check(c, reply));
            problems.addAll(storedChanges(c, reply, before, after));
            int health = site.client(Actor.ANONYMOUS).get("/healthz").statusCode();
            if (health != 200) {
                problems.add("/healthz answered " + health + " afterwards");
            }
            String report = c + "\n      got " + reply.status + " " + abbreviate(reply.body) + "\n      " + String.join("\n      ", problems);
            if (c.knownDefect != null) {
                if (problems.isEmpty()) {
                    failures.add(c + "\n      is handled well now: remove its knownDefect marker (" + c.knownDefect + ")");
                } else {
                    known.add(report + "\n      known defect: " + c.knownDefect);
                }
            } else if (!problems.isEmpty()) {
                failures.add(report);
            }
            before = after;
        }
        System.out.println("Hostile input on " + site.database + ": slowest request " + slowest + " ms: " + slowestCase);
        if (!known.isEmpty()) {
            System.out.println("Hostile input on " + site.database + ": " + known.size() + " known defects, owned elsewhere:\n  "
                    + String.join("\n  ", known));
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + catalog.size() + " hostile requests on " + site.database
                + " were not handled as they must be:\n  " + String.join("\n  ", failures));
    }

    @Test
    @Order(3)
    void markupInEmailsClassNamesAndAnswersIsShownOnlyEscapedOnTeacherAndAdminPages() {
        HostileSite.Client teacher = site.client(Actor.TEACHER);
        HostileSite.Client admin = site.client(Actor.ADMIN);
        List<String> classNames = List.of("<img src=x onerror=alert('class')>", "[[${7*7}]] <b>bold</b>");
        List<String> emails = List.of("<script>alert('xss')</script>@example.org", "\"><img/src=x/onerror=alert(1)>@example.org",
                "'><svg/onload=alert(1)>@example.org", "[[${7*7}]]@example.org");
        List<String> answers = List.of("<script>alert('answer')</script>", "\"><svg onload=alert(2)>", "</textarea><b>x</b>");

        List<JsonNode> classes = new ArrayList<>();
        for (String name : classNames) {
            HttpResponse<String> made = teacher.postJson("/api/v1/classes", "{\"name\": " + Payloads.jsonString(name) + "}");
            assertEquals(201, made.statusCode(), made.body());
            classes.add(HostileSite.json(made));
        }
        List<Long> learnerIds = new ArrayList<>();
        for (String email : emails) {
            HostileSite.Client learner = site.signUp(email);
            for (JsonNode made : classes) {
                HttpResponse<String> joined = learner.postJson("/api/v1/classes/join", "{\"code\": \"" + made.get("joinCode").asText() + "\"}");
                assertEquals(201, joined.statusCode(), joined.body());
            }
            learner.get("/api/v1/exercises/" + HostileCatalog.GRADIENTS);
            String field = site.fixture.ask(HostileCatalog.GRADIENTS).get(0);
            for (String answer : answers) {
                HttpResponse<String> submitted = learner.postJson("/api/v1/exercises/" + HostileCatalog.GRADIENTS + "/submissions",
                        "{\"answers\": {" + Payloads.jsonString(field) + ": " + Payloads.jsonString(answer) + "}}");
                assertEquals(201, submitted.statusCode(), submitted.body());
            }
            String home = learner.get("/").body();
            assertShownOnlyEscaped("the header of " + email, home, List.of(email), List.of(email));
            learnerIds.add(Long.parseLong(StoredState.strings(site, "SELECT learner_id FROM users WHERE email = "
                    + "'" + email.replace("'", "''") + "'").get(0)));
        }
        List<String> everything = new ArrayList<>(classNames);
        everything.addAll(emails);
        everything.addAll(answers);
        for (JsonNode made : classes) {
            String id = made.get("id").asText();
            String name = made.get("name").asText();
            assertShownOnlyEscaped("the dashboard", page(teacher, "/classes/" + id), everything, concat(List.of(name), emails));
            assertShownOnlyEscaped("the dashboard filtered by a payload", page(teacher, "/classes/" + id + "?q=" + Payloads.encode(emails.get(0))),
                    everything, List.of(emails.get(0)));
            for (long learnerId : learnerIds) {
                assertShownOnlyEscaped("a learner's attempts", page(teacher, "/classes/" + id + "/learners/" + learnerId), everything,
                        concat(List.of(name), answers));
            }
            assertShownOnlyEscaped("the join page", page(site.newClient(), "/join/" + made.get("joinCode").asText()), everything, List.of(name));
            assertShownOnlyEscaped("the dashboard as the admin", page(admin, "/classes/" + id), everything, concat(List.of(name), emails));
        }
        assertShownOnlyEscaped("the class list", page(teacher, "/classes"), everything, classNames);
        assertShownOnlyEscaped("the admin's users", page(admin, "/admin/users"), everything, emails);
    }

    @Test
    @Order(4)
    void theServerStillAnswersHealthChecksAndGradesANormalSubmissionAfterwards() {
        assertEquals(200, site.newClient().get("/healthz").statusCode());
        HostileSite.Client learner = site.client(Actor.LEARNER);
        long attempts = StoredState.read(site).rows("attempts");
        String field = site.fixture.ask(HostileCatalog.GRADIENTS).get(0);
        HttpResponse<String> submitted = learner.postJson("/api/v1/exercises/" + HostileCatalog.GRADIENTS + "/submissions",
                "{\"answers\": {" + Payloads.jsonString(field) + ": \"0.05\"}}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        assertTrue(HostileSite.json(submitted).get("attempt").asLong() > 0);
        assertEquals(attempts + 1, StoredState.read(site).rows("attempts"));
        assertEquals(200, learner.get("/lessons/" + site.fixture.lessonSlug()).statusCode());
        HttpResponse<String> bearer = site.client(Actor.BEARER).get("/api/v1/me/attempts?limit=1");
        assertEquals(200, bearer.statusCode(), bearer.body());
        assertEquals(HostileSite.json(submitted).get("attempt").asLong(), HostileSite.json(bearer).get(0).get("id").asLong());
    }

    /** A reply, from the HTTP client or the raw socket. */
    record Reply(int status, String contentType, String location, String body) {
    }

    private Reply send(HostileCase c) {
        if (c.raw != null) {
            RawHttp.Reply raw = RawHttp.send(site.port(), c.raw);
            return new Reply(raw.status(), raw.headers().getOrDefault("content-type", ""), raw.headers().get("location"), raw.body());
        }
        HostileSite.Client client = site.client(c.actor);
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = c.body;
        boolean form = c.contentType != null && c.contentType.startsWith("application/x-www-form-urlencoded");
        String token = switch (c.csrf) {
            case AS_HELD -> client.csrf;
            case WRONG -> "d3JvbmctdG9rZW4=";
            case NONE -> null;
        };
        if (token != null && !c.method.equals("GET")) {
            if (form && !c.api()) {
                String field = "_csrf=" + Payloads.encode(token);
                body = (body.length == 0 ? field : new String(body, StandardCharsets.UTF_8) + "&" + field).getBytes(StandardCharsets.UTF_8);
            } else {
                headers.put("X-CSRF-Token", token);
            }
        }
        headers.putAll(c.headers);
        HttpResponse<String> response = client.send(c.method, c.target, headers, c.contentType, body, false);
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    private List<String> check(HostileCase c, Reply reply) {
        List<String> problems = new ArrayList<>();
        if (reply.status >= 500 || reply.status == 0) {
            problems.add("a server error (" + reply.status + ")");
        }
        for (String leak : LEAKS) {
            if (reply.body.contains(leak)) {
                problems.add("the reply shows a file's contents (" + leak + ")");
            }
        }
        if (reply.contentType.startsWith("text/html")) {
            for (String payload : Payloads.XSS) {
                if (reply.body.contains(payload)) {
                    problems.add("the page shows markup unescaped: " + payload);
                }
            }
        }
        Expect expect = c.expect;
        if (expect instanceof Refused refused) {
            if (!refused.statuses().contains(reply.status)) {
                problems.add("expected " + refused.statuses());
            } else if (c.raw == null && c.api()) {
                problems.addAll(apiError(reply, refused.code()));
            } else if (c.raw == null) {
                if (!reply.contentType.startsWith("text/html") || !reply.body.contains("<h1")) {
                    problems.add("expected an HTML error page, got " + reply.contentType);
                } else if (refused.mentions() != null && !reply.body.contains(refused.mentions())) {
                    problems.add("the page does not say '" + refused.mentions() + "'");
                }
            }
        } else if (expect instanceof GradedInvalid graded) {
            problems.addAll(verdict(reply, graded.field(), true));
        } else if (expect instanceof Graded graded) {
            problems.addAll(verdict(reply, graded.field(), false));
        } else if (expect instanceof Served served) {
            if (reply.status != 200 || !reply.contentType.startsWith("text/html")) {
                problems.add("expected the page (200, HTML)");
            }
            if (reply.body.contains(served.payload())) {
                problems.add("the page shows the query's markup unescaped");
            }
        } else if (expect instanceof Redirected redirected) {
            if (reply.status != 303 || !redirected.location().equals(reply.location)) {
                problems.add("expected 303 to " + redirected.location() + ", got Location " + reply.location);
            }
        }
        return problems;
    }

    private static List<String> apiError(Reply reply, String code) {
        if (!reply.contentType.startsWith("application/json")) {
            return List.of("expected a JSON error, got " + reply.contentType);
        }
        try {
            JsonNode error = HostileSite.JSON.readTree(reply.body).path("error");
            List<String> problems = new ArrayList<>();
            if (!error.path("code").isTextual() || error.path("code").asText().isBlank()) {
                problems.add("the JSON error has no code");
            } else if (code != null && !code.equals(error.path("code").asText())) {
                problems.add("expected the code " + code);
            }
            if (!error.path("message").isTextual() || error.path("message").asText().isBlank()) {
                problems.add("the JSON error has no message");
            }
            return problems;
        } catch (IOException e) {
            return List.of("the JSON error is not JSON");
        }
    }

    private static List<String> verdict(Reply reply, String field, boolean invalid) {
        if (reply.status != 201) {
            return List.of("expected the submission to be graded (201)");
        }
        try {
            for (JsonNode verdict : HostileSite.JSON.readTree(reply.body).path("fields")) {
                if (verdict.path("field").asText().equals(field)) {
                    if (invalid && !verdict.path("status").asText().equals("invalid")) {
                        return List.of("expected " + field + " to be invalid");
                    }
                    if (verdict.path("message").asText().isBlank()) {
                        return List.of("the verdict on " + field + " has no message");
                    }
                    return List.of();
                }
            }
            return List.of("no verdict on " + field);
        } catch (IOException e) {
            return List.of("the reply is not JSON");
        }
    }

    /**
     * Nothing stored may change for a refused request; a graded one adds exactly one attempt (and its summaries), which
     * holds every text answer exactly as it was sent.
     */
    private List<String> storedChanges(HostileCase c, Reply reply, StoredState before, StoredState after) {
        List<String> changes = after.changesSince(before);
        if (!(c.expect instanceof Graded) && !(c.expect instanceof GradedInvalid)) {
            return changes.isEmpty() ? List.of() : List.of("stored data changed: " + changes);
        }
        if (reply.status != 201) {
            return changes.isEmpty() ? List.of() : List.of("stored data changed: " + changes);
        }
        List<String> problems = new ArrayList<>();
        List<String> others = changes.stream().filter(change -> ATTEMPT_TABLES.stream().noneMatch(change::startsWith)).toList();
        if (!others.isEmpty()) {
            problems.add("a graded submission changed more than its attempt: " + others);
        }
        if (after.rows("attempts") != before.rows("attempts") + 1) {
            problems.add("expected one new attempt, attempts went " + before.rows("attempts") + " -> " + after.rows("attempts"));
            return problems;
        }
        JsonNode sent;
        try {
            sent = HostileSite.JSON.readTree(c.body).path("answers");
        } catch (IOException e) {
            return problems; // not JSON the test can read back (bytes that are not UTF-8): nothing to compare
        }
        try {
            JsonNode stored = HostileSite.JSON.readTree(StoredState.strings(site, "SELECT answers FROM attempts ORDER BY id DESC").get(0));
            for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> answer = it.next();
                if (answer.getValue().isTextual() && !answer.getValue().asText().equals(stored.path(answer.getKey()).asText(null))) {
                    problems.add("the stored answer to " + answer.getKey() + " is not what was sent: " + HostileCatalog.shown(stored.path(answer.getKey()).asText()));
                }
            }
        } catch (IOException e) {
            problems.add("the stored answers are not JSON");
        }
        return problems;
    }

    private static String page(HostileSite.Client client, String path) {
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode(), path + ": " + abbreviate(response.body()));
        return response.body();
    }

    /** {@code html} holds none of {@code payloads} raw, and each of {@code shown} in its escaped form. */
    private static void assertShownOnlyEscaped(String what, String html, List<String> payloads, List<String> shown) {
        for (String payload : payloads) {
            if (!escaped(payload).equals(payload)) {
                assertFalse(html.contains(payload), what + " shows markup unescaped: " + payload);
            }
        }
        for (String payload : shown) {
            assertTrue(html.contains(escaped(payload)), what + " does not show " + payload + " escaped as " + escaped(payload));
        }
    }

    /** {@code text} as Thymeleaf's th:text writes it. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
