package dev.chainrule.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up, log-in, log-out, password change, throttling and CSRF on a real server with an H2 database. */
class AccountFunctionalTest {

    static final String PASSWORD = "gradient-descent-42";

    @TempDir
    Path dir;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> signUp(TestServer.Client client, String email, String password) {
        client.get("/signup");
        return client.postForm("/signup", Map.of("email", email, "password", password, "confirmation", password));
    }

    static HttpResponse<String> logIn(TestServer.Client client, String email, String password) {
        client.get("/login");
        return client.postForm("/login", Map.of("email", email, "password", password));
    }

    static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
    }

    @Test
    void aNewLearnerSignsUpAndTheHeaderShowsTheirEmailWithLogOut() {
        TestServer.Client client = server.client();
        String form = client.get("/signup").body();
        assertTrue(form.contains("name=\"_csrf\""), form);
        assertTrue(form.contains("<meta name=\"csrf-token\""), form);
        HttpResponse<String> created = client.postForm("/signup",
                Map.of("email", "  Ada@Example.ORG ", "password", PASSWORD, "confirmation", PASSWORD));
        assertEquals(303, created.statusCode(), created.body());
        assertEquals("/", created.headers().firstValue("Location").orElseThrow());
        String session = cookie(created, "chainrule_session");
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.contains("SameSite=Lax"), session);
        assertFalse(session.contains("Secure"), session);
        assertEquals(List.of("ada@example.org|learner"), TestDatabase.strings(server, "SELECT email || '|' || role FROM users"));
        assertTrue(TestDatabase.strings(server, "SELECT password_hash FROM users").get(0).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        String home = client.get("/").body();
        assertTrue(home.contains("Signed in as ada@example.org"), home);
        assertTrue(home.contains("action=\"/logout\""), home);
        assertFalse(home.contains("href=\"/signup\""), home);
    }

    @Test
    void aGuestSeesLogInAndSignUpLinks() {
        String home = server.client().get("/").body();
        assertTrue(home.contains("href=\"/login\""), home);
        assertTrue(home.contains("href=\"/signup\""), home);
        assertFalse(home.contains("Signed in as"), home);
    }

    @Test
    void shortCommonMismatchedAndEmailLikePasswordsAndBadEmailsAreRefusedWithAMessage() {
        TestServer.Client client = server.client();
        assertRefused(signUp(client, "ada@example.org", "short1"), "too short: use at least 8 characters");
        assertRefused(signUp(client, "ada@example.org", "password123"), "one of the most common");
        assertRefused(signUp(client, "ada@example.org", "Qwertyuiop"), "one of the most common");
        assertRefused(signUp(client, "ada@example.org", "ada@example.org"), "must not be your email");
        assertRefused(signUp(client, "not an email", PASSWORD), "valid email address");
        client.get("/signup");
        assertRefused(client.postForm("/signup", Map.of("email", "ada@example.org", "password", PASSWORD, "confirmation", PASSWORD + "x")),
                "do not match");
        assertEquals(List.of("0"), TestDatabase.strings(server, "SELECT COUNT(*) FROM users"));
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("chainrule_session=")));
    }

    @Test
    void aSecondAccountWithTheSameEmailInAnyCaseIsRefused() {
        assertEquals(303, signUp(server.client(), "ada@example.org", PASSWORD).statusCode());
        HttpResponse<String> again = signUp(server.client(), "ADA@example.org", PASSWORD + "!");
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("already exists"), again.body());
        assertEquals(List.of("1"), TestDatabase.strings(server, "SELECT COUNT(*) FROM users"));
    }

    @Test
    void aUserLogsOutAndBackInAndEachLogInGetsANewSessionToken() {
        TestServer.Client client = server.client();
        String first = cookie(signUp(client, "ada@example.org", PASSWORD), "chainrule_session");
        assertEquals(404, client.get("/logout").statusCode(), "no state changes on GET");
        assertTrue(client.get("/").body().contains("Signed in as"));
        HttpResponse<String> out = client.postForm("/logout", Map.of());
        assertEquals(303, out.statusCode(), out.body());
        assertTrue(cookie(out, "chainrule_session").startsWith("chainrule_session=;"), out.headers().toString());
        assertFalse(client.get("/").body().contains("Signed in as"));
        assertEquals(List.of("0"), TestDatabase.strings(server, "SELECT COUNT(*) FROM sessions"));

        HttpResponse<String> in = logIn(client, "Ada@Example.org", PASSWORD);
        assertEquals(303, in.statusCode(), in.body());
        assertNotEquals(first, cookie(in, "chainrule_session"));
        assertTrue(client.get("/").body().contains("Signed in as ada@example.org"));
    }

    @Test
    void aWrongPasswordOrUnknownEmailIsRefusedWithTheSameMessage() {
        signUp(server.client(), "ada@example.org", PASSWORD);
        HttpResponse<String> wrong = logIn(server.client(), "ada@example.org", PASSWORD + "x");
        HttpResponse<String> unknown = logIn(server.client(), "bob@example.org", PASSWORD);
        for (HttpResponse<String> response : List.of(wrong, unknown)) {
            assertEquals(401, response.statusCode());
            assertTrue(response.body().contains("Wrong email or password."), response.body());
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("chainrule_session=")));
        }
    }

    @Test
    void fiveFailedLogInsLockTheAccountForAWhileEvenWithTheRightPassword() {
        signUp(server.client(), "ada@example.org", PASSWORD);
        TestServer.Client attacker = server.client();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, logIn(attacker, "ada@example.org", "guess-number-" + i).statusCode());
        }
        HttpResponse<String> locked = logIn(server.client(), "ada@example.org", PASSWORD);
        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("Too many failed log-ins"), locked.body());
        assertTrue(locked.body().contains("Try again in 15 minutes"), locked.body());
        assertTrue(Integer.parseInt(locked.headers().firstValue("Retry-After").orElseThrow()) > 800);
    }

    @Test
    void twentyFailedLogInsFromOneAddressLockThatAddressForEveryAccount() {
        signUp(server.client(), "ada@example.org", PASSWORD);
        TestServer.Client attacker = server.client();
        for (int i = 0; i < 20; i++) {
            assertEquals(401, logIn(attacker, "user" + i + "@example.org", PASSWORD).statusCode());
        }
        HttpResponse<String> locked = logIn(server.client(), "ada@example.org", PASSWORD);
        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("Too many failed log-ins"), locked.body());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndLogsOutOtherSessions() {
        TestServer.Client laptop = server.client();
        signUp(laptop, "ada@example.org", PASSWORD);
        TestServer.Client phone = server.client();
        assertEquals(303, logIn(phone, "ada@example.org", PASSWORD).statusCode());
        String newPassword = "chain-rule-all-the-way";

        laptop.get("/account/password");
        HttpResponse<String> wrongCurrent = laptop.postForm("/account/password",
                Map.of("current", "nope-nope-nope", "password", newPassword, "confirmation", newPassword));
        assertEquals(400, wrongCurrent.statusCode());
        assertTrue(wrongCurrent.body().contains("The current password is not right."), wrongCurrent.body());
        HttpResponse<String> weak = laptop.postForm("/account/password",
                Map.of("current", PASSWORD, "password", "iloveyou1", "confirmation", "iloveyou1"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("one of the most common"), weak.body());

        HttpResponse<String> changed = laptop.postForm("/account/password",
                Map.of("current", PASSWORD, "password", newPassword, "confirmation", newPassword));
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("Your password was changed."), changed.body());
        assertTrue(laptop.get("/").body().contains("Signed in as ada@example.org"), "this session goes on (with a new token)");
        assertFalse(phone.get("/").body().contains("Signed in as"), "the other session was ended");
        assertEquals(401, logIn(server.client(), "ada@example.org", PASSWORD).statusCode());
        assertEquals(303, logIn(server.client(), "ada@example.org", newPassword).statusCode());
    }

    @Test
    void theChangePasswordPageTellsGuestsToLogInFirst() {
        HttpResponse<String> page = server.client().get("/account/password");
        assertEquals(401, page.statusCode());
        assertTrue(page.body().contains("Log in first"), page.body());
    }

    @Test
    void aFormWithoutOrWithAWrongCsrfTokenIsRefusedWith403() {
        TestServer.Client client = server.client();
        client.get("/signup");
        String token = client.csrf;
        client.csrf = null;
        HttpResponse<String> missing = client.postForm("/signup", Map.of("email", "ada@example.org", "password", PASSWORD, "confirmation", PASSWORD));
        assertEquals(403, missing.statusCode());
        assertTrue(missing.body().contains("The form has expired"), missing.body());
        HttpResponse<String> wrong = client.postForm("/signup",
                Map.of("_csrf", token.substring(1) + "A", "email", "ada@example.org", "password", PASSWORD, "confirmation", PASSWORD));
        assertEquals(403, wrong.statusCode());
        TestServer.Client stranger = server.client();
        stranger.csrf = token;
        assertEquals(403, stranger.postForm("/login", Map.of("email", "ada@example.org", "password", PASSWORD)).statusCode(),
                "another visitor's token (or none at all: no cookie) does not pass");
        assertEquals(List.of("0"), TestDatabase.strings(server, "SELECT COUNT(*) FROM users"));
    }

    @Test
    void aCookieAuthenticatedApiPostNeedsTheCsrfHeader() {
        TestServer.Client client = server.client();
        HttpResponse<String> exercise = client.get("/api/v1/exercises/two-neuron-test");
        String token = exercise.headers().firstValue("X-CSRF-Token").orElseThrow();
        client.csrf = null;
        HttpResponse<String> refused = client.post("/api/v1/exercises/two-neuron-test/variants", null, "");
        assertEquals(403, refused.statusCode());
        assertEquals("csrf_token_invalid", client.json(refused).get("error").get("code").asText());
        client.csrf = token;
        assertEquals(201, client.post("/api/v1/exercises/two-neuron-test/variants", null, "").statusCode());
        HttpResponse<String> noCookie = server.client().post("/api/v1/exercises/two-neuron-test/variants", null, "");
        assertEquals(201, noCookie.statusCode(), "a call without a cookie has nothing to forge");
    }

    @Test
    void theLessonPageCarriesTheCsrfTokenTheApiAccepts() {
        TestServer.Client client = server.client();
        String page = client.get("/lessons/two-neurons").body();
        assertTrue(page.contains("<meta name=\"csrf-token\" content=\"" + client.csrf + "\">"), page);
        assertEquals(201, client.postJson("/api/v1/exercises/two-neuron-test/submissions", "{\"answers\": {}}").statusCode());
    }

    @Test
    void aGuestsVariantsAndAttemptsComeAlongWhenTheySignUp() {
        TestServer.Client client = server.client();
        HttpResponse<String> first = client.get("/api/v1/exercises/two-neuron-test");
        String guestCookie = cookie(first, "chainrule_learner").split(";", 2)[0];
        String variant = client.json(first).get("params").toString();
        assertEquals(201, client.postJson("/api/v1/exercises/two-neuron-test/submissions", "{\"answers\": {\"dP/dw2\": \"1\"}}").statusCode());
        String guestId = TestDatabase.strings(server, "SELECT learner_id FROM attempts").get(0);

        HttpResponse<String> created = signUp(client, "ada@example.org", PASSWORD);
        assertEquals(303, created.statusCode());
        assertTrue(cookie(created, "chainrule_learner").startsWith("chainrule_learner=;"), "the guest cookie is cleared");
        assertEquals(List.of(guestId), TestDatabase.strings(server, "SELECT learner_id FROM users"));
        assertEquals(List.of("1"), TestDatabase.strings(server, "SELECT COUNT(*) FROM learners WHERE token_hash IS NULL AND id = " + guestId));
        assertEquals(variant, client.json(client.get("/api/v1/exercises/two-neuron-test")).get("params").toString());
        assertEquals(201, client.postJson("/api/v1/exercises/two-neuron-test/submissions", "{\"answers\": {}}").statusCode());
        assertEquals(List.of(guestId, guestId), TestDatabase.strings(server, "SELECT learner_id FROM attempts ORDER BY id"));

        HttpResponse<String> oldCookie = send(HttpRequest.newBuilder(uri("/api/v1/exercises/two-neuron-test")).header("Cookie", guestCookie).build());
        assertTrue(oldCookie.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("chainrule_learner=")),
                "the old guest cookie no longer opens the account's learner: a new guest is made");
    }

    @Test
    void aSessionSurvivesARestartOnTheSameDatabase() {
        HttpResponse<String> created = signUp(server.client(), "ada@example.org", PASSWORD);
        String session = cookie(created, "chainrule_session").split(";", 2)[0];
        server.close();
        server = TestServer.start(dir);
        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).header("Cookie", session).build());
        assertTrue(home.body().contains("Signed in as ada@example.org"), home.body());
    }

    @Test
    void theDatabaseKeepsOnlyTheHashOfTheSessionToken() {
        String session = cookie(signUp(server.client(), "ada@example.org", PASSWORD), "chainrule_session").split(";", 2)[0];
        String token = session.substring(session.indexOf('=') + 1);
        assertEquals(22, token.length());
        List<String> stored = TestDatabase.strings(server, "SELECT token_hash FROM sessions");
        assertEquals(1, stored.size());
        assertEquals(64, stored.get(0).length());
        assertFalse(stored.get(0).contains(token));
    }

    @Test
    void withSignUpTurnedOffThePageSaysSoAndThePostIsRefused(@TempDir Path other) {
        try (TestServer closed = TestServer.start(TestServer.config(other).withSignUp(false))) {
            TestServer.Client client = closed.client();
            String page = client.get("/signup").body();
            assertTrue(page.contains("This site does not take new accounts."), page);
            assertFalse(page.contains("action=\"/signup\""), page);
            HttpResponse<String> post = client.postForm("/signup", Map.of("email", "ada@example.org", "password", PASSWORD, "confirmation", PASSWORD));
            assertEquals(403, post.statusCode());
            assertTrue(post.body().contains("Sign-up is closed"), post.body());
            assertFalse(client.get("/login").body().contains("href=\"/signup\">No account"));
        }
    }

    @Test
    void secureCookiesCanBeTurnedOnForHttps(@TempDir Path other) {
        server.close();
        server = TestServer.start(TestServer.config(other).withSecureCookies(true));
        TestServer.Client client = server.client();
        HttpResponse<String> form = client.get("/signup");
        String guest = cookie(form, "chainrule_learner");
        assertTrue(guest.contains("Secure"), guest);
        // a client over plain HTTP keeps Secure cookies to itself, so send the guest cookie by hand
        String body = "_csrf=" + client.csrf + "&email=ada%40example.org&password=" + PASSWORD + "&confirmation=" + PASSWORD;
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/signup"))
                .header("Cookie", guest.split(";", 2)[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(303, created.statusCode(), created.body());
        assertTrue(cookie(created, "chainrule_session").contains("Secure"), created.headers().toString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.running.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
