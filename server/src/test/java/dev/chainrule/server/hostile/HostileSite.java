package dev.chainrule.server.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.server.App;
import dev.chainrule.server.Config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real server with the built-in course on a free port, on a fresh H2 file or a fresh database on the test PostgreSQL,
 * set up as a site in use: an admin, a teacher with a class, a learner in it with variants and attempts of several
 * kinds, the learner's bearer token and a guest. {@link Fixture} names what the catalog aims at.
 */
final class HostileSite implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "root@example.org";
    static final String PASSWORD = "gradient-descent-42";
    static final String LEARNER = "ada@example.org";
    static final String TEACHER = "tess@example.org";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    /** Who sends a request: no cookie at all (a fresh client each time), a guest, a signed-in learner, the learner's bearer token, a teacher, an admin. */
    enum Actor { ANONYMOUS, GUEST, LEARNER, BEARER, TEACHER, ADMIN }

    /** The ids and names the hostile requests aim at, read from the set-up site. */
    record Fixture(long classId, String joinCode, long learnerId, long learnerUserId, long teacherUserId, long tokenId,
                   String bearer, Map<String, List<String>> asked, String lessonSlug) {

        /** The fields an exercise asks, in order. */
        List<String> ask(String exercise) {
            return asked.get(exercise);
        }
    }

    final App.Running running;
    final String database;
    /** The PostgreSQL database made for this run, dropped at the end (null on H2). */
    private final Config postgres;
    private final Map<Actor, Client> clients = new EnumMap<>(Actor.class);
    /** Shared by every anonymous request: it has no cookie handler, so no request it sends carries a cookie. */
    private final HttpClient cookieless = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    Fixture fixture;

    private HostileSite(App.Running running, String database, Config postgres) {
        this.running = running;
        this.database = database;
        this.postgres = postgres;
    }

    /** Starts on H2 under {@code dir}, or on PostgreSQL when {@code postgres}. */
    static HostileSite start(Path dir, boolean postgres) {
        Config config = (postgres ? postgresConfig() : h2Config(dir)).withAdmin(ADMIN, "bootstrap-admin-secret");
        HostileSite site = new HostileSite(App.start(config), postgres ? "PostgreSQL" : "H2", postgres ? config : null);
        site.setUp();
        return site;
    }

    /** Whether a test PostgreSQL is named ({@code CHAINRULE_TEST_POSTGRES_URL}, which bin/test sets). */
    static boolean postgresNamed() {
        return System.getenv("CHAINRULE_TEST_POSTGRES_URL") != null;
    }

    private static Config h2Config(Path dir) {
        return new Config(0, "jdbc:h2:file:" + dir.resolve("hostile").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "", "", false);
    }

    /** A fresh database on the test PostgreSQL server, so the suite never meets another test's rows. */
    private static Config postgresConfig() {
        String base = System.getenv("CHAINRULE_TEST_POSTGRES_URL");
        if (base == null || !base.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("CHAINRULE_TEST_POSTGRES_URL must name a PostgreSQL database, got " + base);
        }
        String user = System.getenv().getOrDefault("CHAINRULE_TEST_POSTGRES_USER", "");
        String password = System.getenv().getOrDefault("CHAINRULE_TEST_POSTGRES_PASSWORD", "");
        String name = "hostile_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(base, user, password); Statement create = c.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + base, e);
        }
        return new Config(0, base.substring(0, base.lastIndexOf('/') + 1) + name, user, password, false);
    }

    /** The actor's client; for {@link Actor#ANONYMOUS} a new one each time, which keeps no cookies. */
    Client client(Actor actor) {
        return actor == Actor.ANONYMOUS ? new Client(cookieless, null) : clients.get(actor);
    }

    Client newClient() {
        return new Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build(), null);
    }

    int port() {
        return running.port();
    }

    private void setUp() {
        Client admin = newClient();
        logIn(admin, ADMIN, "bootstrap-admin-secret");
        Client teacher = signUp(TEACHER);
        long teacherId = Long.parseLong(StoredState.strings(this, "SELECT id FROM users WHERE email = '" + TEACHER + "'").get(0));
        admin.get("/admin/users");
        assertEquals(303, admin.postForm("/admin/users/" + teacherId + "/role", Map.of("role", "teacher")).statusCode());
        teacher.get("/classes");
        HttpResponse<String> made = teacher.postJson("/api/v1/classes", "{\"name\": \"Backprop 101\", \"deadlines\": {\"chain-rule\": \"2999-01-01T00:00:00Z\"}}");
        assertEquals(201, made.statusCode(), made.body());
        JsonNode created = json(made);

        Client learner = signUp(LEARNER);
        learner.get("/api/v1/lessons");
        learner.get("/lessons/chain-rule");
        HttpResponse<String> joined = learner.postJson("/api/v1/classes/join", "{\"code\": \"" + created.get("joinCode").asText() + "\"}");
        assertEquals(201, joined.statusCode(), joined.body());
        Map<String, List<String>> asked = new LinkedHashMap<>();
        for (String exercise : HostileCatalog.EXERCISES) {
            HttpResponse<String> variant = learner.get("/api/v1/exercises/" + exercise);
            assertEquals(200, variant.statusCode(), exercise + ": " + variant.body());
            List<String> fields = new ArrayList<>();
            json(variant).get("ask").forEach(field -> fields.add(field.asText()));
            asked.put(exercise, List.copyOf(fields));
        }
        for (String answer : List.of("0.1", "0.25")) {
            HttpResponse<String> submitted = learner.postJson("/api/v1/exercises/" + HostileCatalog.GRADIENTS + "/submissions",
                    "{\"answers\": {\"" + asked.get(HostileCatalog.GRADIENTS).get(0) + "\": \"" + answer + "\"}}");
            assertEquals(201, submitted.statusCode(), submitted.body());
        }
        HttpResponse<String> formula = learner.postJson("/api/v1/exercises/" + HostileCatalog.FORMULA + "/submissions",
                "{\"answers\": {\"" + asked.get(HostileCatalog.FORMULA).get(0) + "\": \"(d - z) * z * (1 - z) * y\"}}");
        assertEquals(201, formula.statusCode(), formula.body());

        Client script = newClient();
        HttpResponse<String> token = script.postJson("/api/v1/tokens", "{\"email\": \"" + LEARNER + "\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(201, token.statusCode(), token.body());
        Client bearer = new Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), json(token).get("token").asText());

        Client guest = newClient();
        assertEquals(200, guest.get("/api/v1/exercises/" + HostileCatalog.GRADIENTS).statusCode());
        guest.get("/");

        clients.put(Actor.ADMIN, admin);
        clients.put(Actor.TEACHER, teacher);
        clients.put(Actor.LEARNER, learner);
        clients.put(Actor.BEARER, bearer);
        clients.put(Actor.GUEST, guest);
        admin.get("/");
        teacher.get("/");
        learner.get("/");
        fixture = new Fixture(created.get("id").asLong(), created.get("joinCode").asText(),
                Long.parseLong(StoredState.strings(this, "SELECT learner_id FROM users WHERE email = '" + LEARNER + "'").get(0)),
                Long.parseLong(StoredState.strings(this, "SELECT id FROM users WHERE email = '" + LEARNER + "'").get(0)),
                teacherId, json(token).get("id").asLong(), json(token).get("token").asText(), Map.copyOf(asked), "chain-rule");
    }

    /** A new learner account, signed in through the sign-up form. */
    Client signUp(String email) {
        Client client = newClient();
        client.get("/signup");
        HttpResponse<String> created = client.postForm("/signup", Map.of("email", email, "password", PASSWORD, "confirmation", PASSWORD));
        assertEquals(303, created.statusCode(), created.body());
        client.get("/");
        return client;
    }

    void logIn(Client client, String email, String password) {
        client.get("/login");
        HttpResponse<String> in = client.postForm("/login", Map.of("email", email, "password", password));
        assertEquals(303, in.statusCode(), in.body());
        client.get("/");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        running.stop();
        if (postgres != null) {
            String name = postgres.dbUrl().substring(postgres.dbUrl().lastIndexOf('/') + 1);
            try (Connection c = DriverManager.getConnection(System.getenv("CHAINRULE_TEST_POSTGRES_URL"), postgres.dbUser(), postgres.dbPassword());
                 Statement drop = c.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop the test database " + name, e);
            }
        }
    }

    /**
     * Sends requests as one browser or script: its own cookies, the CSRF token it was last given (a page's meta tag or
     * an API reply's header), and a bearer token when it is a script.
     */
    final class Client {

        final HttpClient http;
        final String bearer;
        String csrf;

        Client(HttpClient http, String bearer) {
            this.http = http;
            this.bearer = bearer;
        }

        HttpResponse<String> get(String path) {
            return send("GET", path, Map.of(), null, null, true);
        }

        HttpResponse<String> postJson(String path, String body) {
            return send("POST", path, Map.of(), "application/json", body.getBytes(StandardCharsets.UTF_8), true);
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (csrf != null) {
                all.putIfAbsent("_csrf", csrf);
            }
            return send("POST", path, Map.of(), "application/x-www-form-urlencoded", formBody(all).getBytes(StandardCharsets.UTF_8), false);
        }

        /**
         * Sends one request. {@code target} is the raw path and query, sent as written (percent escapes and all);
         * {@code csrfHeader}: whether to add the token this client holds as the {@code X-CSRF-Token} header.
         */
        HttpResponse<String> send(String method, String target, Map<String, String> headers, String contentType, byte[] body,
                                  boolean csrfHeader) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + target))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            if (csrfHeader && csrf != null && !method.equals("GET") && !method.equals("HEAD")) {
                request.header("X-CSRF-Token", csrf);
            }
            headers.forEach(request::setHeader);
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                response.headers().firstValue("X-CSRF-Token").ifPresent(token -> csrf = token);
                Matcher meta = CSRF_META.matcher(response.body() == null ? "" : response.body());
                if (meta.find()) {
                    csrf = meta.group(1);
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + target + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
