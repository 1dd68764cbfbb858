package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.server.account.Access;
import dev.chainrule.server.account.Role;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.chainrule.server.AccountFunctionalTest.PASSWORD;
import static dev.chainrule.server.AccountFunctionalTest.logIn;
import static dev.chainrule.server.AccountFunctionalTest.signUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Holds every route the Javalin app registered (read from its router, so none can escape) against the access it
 * declares in Routes, for each kind of caller: anonymous, guest, learner, another learner, teacher, admin, and a
 * learner's bearer token.
 */
class RouteAccessFunctionalTest {

    static final String ADMIN = "root@example.org";
    static final String ADMIN_PASSWORD = "bootstrap-admin-secret";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    /** Path parameters (with the path before them) that name course content or a class's join code, never a person. */
    private static final Set<String> CONTENT_PARAMS = Set.of("/lessons/{slug}", "/api/v1/exercises/{id}", "/join/{code}");
    /** Routes whose id parameter names something the handler checks belongs to the caller. */
    private static final Set<String> OWNER_CHECKED = Set.of("/api/v1/tokens/{id}");

    @TempDir
    Path dir;
    TestServer server;

    /** A kind of caller: its role (empty: no account) and how it sends a request. */
    record Caller(String name, Optional<Role> role, boolean pagesToo, Sender sender) {
    }

    interface Sender {
        HttpResponse<String> send(String method, String path);
    }

    @BeforeEach
    void start() {
        server = TestServer.start(TestServer.config(dir).withAdmin(ADMIN, ADMIN_PASSWORD));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Every HTTP route of the running app with the access it declares (null when it declares none). */
    static List<Map.Entry<Endpoint, Access>> routes(TestServer server) {
        List<Map.Entry<Endpoint, Access>> routes = new ArrayList<>();
        for (ParsedEndpoint parsed : server.running.javalin().unsafe.internalRouter.allHttpHandlers()) {
            Endpoint endpoint = parsed.endpoint;
            if (!endpoint.method.isHttpMethod()) {
                continue;
            }
            Roles roles = endpoint.metadata(Roles.class);
            Set<RouteRole> declared = roles == null ? Set.of() : roles.getRoles();
            Access access = declared.size() == 1 && declared.iterator().next() instanceof Access a ? a : null;
            routes.add(Map.entry(endpoint, access));
        }
        return routes;
    }

    @Test
    void everyRouteDeclaresExactlyOneAccess() {
        List<Map.Entry<Endpoint, Access>> routes = routes(server);
        assertTrue(routes.size() >= 20, "the router lists the app's routes: " + routes.size());
        for (Map.Entry<Endpoint, Access> route : routes) {
            if (route.getValue() == null) {
                fail(route.getKey().method + " " + route.getKey().path + " declares no Access in Routes");
            }
            if (route.getKey().path.startsWith("/admin")) {
                assertEquals(Access.ADMIN, route.getValue(), route.getKey().path);
            }
        }
    }

    @Test
    void noRouteTakesAnotherPersonsIdUnlessItIsForAdminsOrTeachersOrChecksTheOwner() {
        for (Map.Entry<Endpoint, Access> route : routes(server)) {
            String path = route.getKey().path;
            if (OWNER_CHECKED.contains(path) || parameters(path).stream().allMatch(CONTENT_PARAMS::contains)) {
                continue;
            }
            assertTrue(route.getValue() == Access.ADMIN || route.getValue() == Access.TEACHER,
                    route.getKey().method + " " + path + " takes an id but is open to " + route.getValue());
        }
        for (Map.Entry<Endpoint, Access> route : routes(server)) {
            if (route.getKey().path.startsWith("/api/v1/me/")) {
                assertFalse(PARAM.matcher(route.getKey().path).find(), "'me' is always the caller: " + route.getKey().path);
            }
        }
    }

    @Test
    void everyRouteAnswersEachKindOfCallerAsItsAccessDeclares() {
        List<Caller> callers = callers();
        List<Map.Entry<Endpoint, Access>> routes = new ArrayList<>(routes(server));
        // log-out ends the caller's session: it goes last
        routes.sort(Comparator.comparing(route -> route.getKey().path.equals("/logout")));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Endpoint, Access> route : routes) {
            Access access = route.getValue();
            if (access == null) {
                wrong.add(route.getKey().method + " " + route.getKey().path + " declares no access");
                continue;
            }
            String path = concrete(route.getKey().path);
            boolean api = path.startsWith("/api/");
            for (Caller caller : callers) {
                Optional<Role> role = api || caller.pagesToo() ? caller.role() : Optional.empty();
                String expected = access.allows(role) ? "allowed" : role.isEmpty() ? "401" : "403";
                HttpResponse<String> response = caller.sender().send(route.getKey().method.name(), path);
                String actual = outcome(response, api, route.getKey().method.name().equals("HEAD"));
                if (!expected.equals(actual)) {
                    wrong.add(route.getKey().method + " " + path + " (" + access + ") as " + caller.name() + ": expected "
                            + expected + ", got " + actual + " (" + response.statusCode() + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aHeadRequestCannotSlipPastTheAccessOfAGetRoute() {
        for (Map.Entry<Endpoint, Access> route : routes(server)) {
            if (route.getKey().method.name().equals("GET") && route.getValue() != null && route.getValue().needsAccount()) {
                String path = concrete(route.getKey().path);
                int status = send(server.client(), "HEAD", path).statusCode();
                assertTrue(status == 401 || status == 404 || status == 405, "HEAD " + path + " as anonymous: " + status);
            }
        }
    }

    @Test
    void aLearnerNeverSeesAnotherLearnersAttempts() throws Exception {
        TestServer.Client ada = server.client();
        signUp(ada, "ada@example.org", PASSWORD);
        ada.get("/api/v1/exercises/two-neuron-test");
        HttpResponse<String> submitted = ada.postJson("/api/v1/exercises/two-neuron-test/submissions",
                "{\"answers\": {\"dP/dw2\": \"1\", \"dP/dw1\": \"2\"}}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        String attempt = ada.json(submitted).get("attempt").asText();
        assertTrue(ada.get("/api/v1/me/attempts").body().contains(attempt));

        TestServer.Client bob = server.client();
        signUp(bob, "bob@example.org", PASSWORD);
        JsonNode bobs = bob.json(bob.get("/api/v1/me/attempts"));
        assertFalse(bobs.toString().contains("\"id\":" + attempt + ","), bobs.toString());
        assertFalse(bob.get("/api/v1/me/attempts?learner=1&user=1").body().contains("\"id\":" + attempt + ","));
        String bobToken = token("bob@example.org");
        HttpResponse<String> byToken = bearer(bobToken).send("GET", "/api/v1/me/attempts");
        assertEquals(200, byToken.statusCode(), byToken.body());
        assertFalse(byToken.body().contains("\"id\":" + attempt + ","), byToken.body());
    }

    private List<Caller> callers() {
        TestServer.Client guest = server.client();
        guest.get("/api/v1/exercises/two-neuron-test");
        guest.get("/");
        TestServer.Client learner = signedUp("ada@example.org");
        TestServer.Client other = signedUp("bob@example.org");
        TestServer.Client teacher = signedUp("tess@example.org");
        TestServer.Client admin = server.client();
        logIn(admin, ADMIN, ADMIN_PASSWORD);
        admin.get("/admin/users");
        String teacherId = TestDatabase.strings(server, "SELECT id FROM users WHERE email = 'tess@example.org'").get(0);
        assertEquals(303, admin.postForm("/admin/users/" + teacherId + "/role", Map.of("role", "teacher")).statusCode());
        admin.get("/");
        teacher.get("/");
        String learnerToken = token("carol@example.org");
        return List.of(
                new Caller("anonymous", Optional.empty(), true, (method, path) -> send(server.client(), method, path)),
                new Caller("guest", Optional.empty(), true, (method, path) -> send(guest, method, path)),
                new Caller("learner", Optional.of(Role.LEARNER), true, (method, path) -> send(learner, method, path)),
                new Caller("another learner", Optional.of(Role.LEARNER), true, (method, path) -> send(other, method, path)),
                new Caller("teacher", Optional.of(Role.TEACHER), true, (method, path) -> send(teacher, method, path)),
                new Caller("admin", Optional.of(Role.ADMIN), true, (method, path) -> send(admin, method, path)),
                new Caller("learner's bearer token", Optional.of(Role.LEARNER), false, bearer(learnerToken)));
    }

    private TestServer.Client signedUp(String email) {
        TestServer.Client client = server.client();
        assertEquals(303, signUp(client, email, PASSWORD).statusCode());
        client.get("/");
        return client;
    }

    /** A new account's bearer token, made through the API. */
    private String token(String email) {
        TestServer.Client script = server.client();
        script.postJson("/api/v1/accounts", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
        HttpResponse<String> made = script.postJson("/api/v1/tokens", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        return script.json(made).get("token").asText();
    }

    private Sender bearer(String token) {
        HttpClient http = HttpClient.newHttpClient();
        return (method, path) -> exchange(http, request(method, path).header("Authorization", "Bearer " + token));
    }

    /** The request a browser would send: an empty JSON object to the API, an empty form to pages, the CSRF token it holds. */
    private HttpResponse<String> send(TestServer.Client client, String method, String path) {
        HttpRequest.Builder request = request(method, path);
        if (client.csrf != null) {
            request.header("X-CSRF-Token", client.csrf);
        }
        return exchange(client.http, request);
    }

    private HttpRequest.Builder request(String method, String path) {
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + server.running.port() + path));
        if (method.equals("GET") || method.equals("DELETE") || method.equals("HEAD")) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(api ? "{}" : ""));
    }

    private static HttpResponse<String> exchange(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** "401" or "403" when the access control refused the call (its JSON code or its error page), else "allowed". */
    private static String outcome(HttpResponse<String> response, boolean api, boolean head) {
        int status = response.statusCode();
        if (status != 401 && status != 403) {
            return "allowed";
        }
        if (head) {
            return String.valueOf(status); // no body to tell the access control's refusal from the handler's
        }
        String body = response.body();
        if (api) {
            try {
                String code = TestServer.JSON.readTree(body).path("error").path("code").asText();
                return code.equals("sign_in_required") ? "401" : code.equals("forbidden") ? "403" : "allowed";
            } catch (IOException e) {
                return "not JSON: " + body;
            }
        }
        return body.contains("You are not logged in") && status == 401 ? "401"
                : body.contains("<h1>Not allowed</h1>") && status == 403 ? "403" : "allowed";
    }

    /** Each parameter of the path with the path before it, e.g. {@code /api/v1/exercises/{id}}. */
    private static List<String> parameters(String path) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = PARAM.matcher(path);
        while (matcher.find()) {
            keys.add(path.substring(0, matcher.end()));
        }
        return keys;
    }

    /** The path with a real value for each parameter; a new parameter needs a value here. */
    private String concrete(String path) {
        Matcher matcher = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (path.substring(0, matcher.start()) + "{" + matcher.group(1) + "}") {
                case "/lessons/{slug}" -> server.course.lessons().get(0).slug();
                case "/api/v1/exercises/{id}" -> "two-neuron-test";
                case "/admin/users/{id}" -> TestDatabase.strings(server, "SELECT id FROM users WHERE email = 'ada@example.org'").get(0);
                case "/api/v1/tokens/{id}" -> "999999";
                case "/classes/{id}", "/api/v1/classes/{id}" -> "999999"; // no such class: the access check still runs first
                case "/classes/{id}/learners/{learnerId}" -> "1";
                case "/join/{code}" -> "NOSUCHCODE";
                default -> throw new AssertionError("RouteAccessFunctionalTest needs a sample value for {" + matcher.group(1) + "} in " + path);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
