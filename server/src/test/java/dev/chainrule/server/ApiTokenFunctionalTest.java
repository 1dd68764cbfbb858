package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;

import static dev.chainrule.server.AccountFunctionalTest.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up through the API and the bearer tokens of scripts, on a real server with an H2 database. */
class ApiTokenFunctionalTest {

    @TempDir
    Path dir;
    TestServer server;
    final HttpClient http = HttpClient.newHttpClient();

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

    static String credentials(String email, String password) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
    }

    /** A request without cookies, as a script sends it; {@code token} (may be null) goes in the Authorization header. */
    HttpResponse<String> call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.running.port() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return TestServer.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    String token(String email) {
        HttpResponse<String> made = call("POST", "/api/v1/tokens", null, credentials(email, PASSWORD));
        assertEquals(201, made.statusCode(), made.body());
        return json(made).get("token").asText();
    }

    @Test
    void aScriptSignsUpAndGetsATokenThatIsStoredOnlyAsItsHash() {
        HttpResponse<String> created = call("POST", "/api/v1/accounts", null, credentials(" Ada@Example.org", PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode account = json(created);
        assertEquals("ada@example.org", account.get("email").asText());
        assertEquals("learner", account.get("role").asText());
        assertTrue(account.get("id").asLong() > 0);
        assertTrue(created.headers().allValues("Set-Cookie").isEmpty(), "the API sign-up starts no session");

        HttpResponse<String> made = call("POST", "/api/v1/tokens", null, credentials("ada@example.org", PASSWORD));
        assertEquals(201, made.statusCode(), made.body());
        JsonNode token = json(made);
        String secret = token.get("token").asText();
        assertTrue(secret.matches("cr_[A-Za-z0-9_-]{22}"), secret);
        assertTrue(token.get("createdAt").asText().endsWith("Z"), token.toString());
        List<String> stored = TestDatabase.strings(server, "SELECT token_hash FROM api_tokens");
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).contains(secret));
        assertEquals(64, stored.get(0).length());
    }

    @Test
    void aBearerCallActsAsItsUserWithoutACsrfToken() {
        TestServer.Client browser = server.client();
        AccountFunctionalTest.signUp(browser, "ada@example.org", PASSWORD);
        String token = token("ada@example.org");
        assertEquals(200, call("GET", "/api/v1/exercises/two-neuron-test", token, null).statusCode());
        HttpResponse<String> submitted = call("POST", "/api/v1/exercises/two-neuron-test/submissions", token,
                "{\"answers\": {\"dP/dw2\": \"1\", \"dP/dw1\": \"2\"}}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        assertFalse(submitted.headers().firstValue("X-CSRF-Token").isPresent(), "no cookie, no CSRF token");
        assertEquals(TestDatabase.strings(server, "SELECT learner_id FROM users WHERE email = 'ada@example.org'"),
                TestDatabase.strings(server, "SELECT learner_id FROM attempts"), "the attempt is the user's");
        assertEquals(List.of("0"), TestDatabase.strings(server, "SELECT COUNT(*) FROM learners WHERE token_hash IS NOT NULL"),
                "no guest was made for the script");
    }

    @Test
    void tokensAreListedWithoutTheirSecretAndRevokedOnlyByTheirOwner() {
        call("POST", "/api/v1/accounts", null, credentials("ada@example.org", PASSWORD));
        call("POST", "/api/v1/accounts", null, credentials("bob@example.org", PASSWORD));
        String first = token("ada@example.org");
        String second = token("ada@example.org");
        String bobs = token("bob@example.org");
        assertEquals(200, call("GET", "/api/v1/lessons", first, null).statusCode());

        HttpResponse<String> listed = call("GET", "/api/v1/tokens", second, null);
        assertEquals(200, listed.statusCode(), listed.body());
        JsonNode list = json(listed);
        assertEquals(2, list.size(), list.toString());
        assertFalse(listed.body().contains(first) || listed.body().contains(second), listed.body());
        assertFalse(list.get(0).get("lastUsedAt").isNull(), "the first token was used: " + list);
        long firstId = list.get(0).get("id").asLong();

        assertEquals(404, call("DELETE", "/api/v1/tokens/" + firstId, bobs, null).statusCode(), "not Bob's token");
        assertEquals(200, call("GET", "/api/v1/lessons", first, null).statusCode());
        assertEquals(204, call("DELETE", "/api/v1/tokens/" + firstId, second, null).statusCode());
        HttpResponse<String> revoked = call("GET", "/api/v1/lessons", first, null);
        assertEquals(401, revoked.statusCode());
        assertEquals("invalid_token", json(revoked).get("error").get("code").asText());
        assertEquals(1, json(call("GET", "/api/v1/tokens", second, null)).size());
    }

    @Test
    void aBadTokenOrHeaderGets401WithAJsonError() {
        for (String header : List.of("Bearer cr_AAAAAAAAAAAAAAAAAAAAAA", "Bearer nonsense", "Basic YWRhOnNlY3JldA==")) {
            HttpResponse<String> response = http(header);
            assertEquals(401, response.statusCode(), header);
            assertEquals("invalid_token", json(response).get("error").get("code").asText(), header);
        }
        HttpResponse<String> anonymous = call("GET", "/api/v1/tokens", null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("sign_in_required", json(anonymous).get("error").get("code").asText());
    }

    private HttpResponse<String> http(String authorization) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.running.port() + "/api/v1/lessons"))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void signUpFollowsTheFormsRules() {
        HttpResponse<String> weak = call("POST", "/api/v1/accounts", null, credentials("ada@example.org", "password"));
        assertEquals(400, weak.statusCode());
        JsonNode error = json(weak).get("error");
        assertEquals("weak_password", error.get("code").asText());
        assertEquals("password", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("most common"), error.toString());
        assertEquals("The password is too short: use at least 8 characters.",
                json(call("POST", "/api/v1/accounts", null, credentials("ada@example.org", "short"))).get("error").get("message").asText());
        assertEquals("invalid_email", json(call("POST", "/api/v1/accounts", null, credentials("ada", PASSWORD))).get("error").get("code").asText());
        assertEquals(400, call("POST", "/api/v1/accounts", null, "{\"email\": \"a@b.org\"}").statusCode());
        assertEquals(400, call("POST", "/api/v1/accounts", null, "[1]").statusCode());
        assertEquals(400, call("POST", "/api/v1/accounts", null, "{\"email\": \"a@b.org\", \"password\": \"" + PASSWORD + "\", \"role\": \"admin\"}").statusCode());
        assertEquals(201, call("POST", "/api/v1/accounts", null, credentials("ada@example.org", PASSWORD)).statusCode());
        HttpResponse<String> taken = call("POST", "/api/v1/accounts", null, credentials("ADA@example.org", PASSWORD));
        assertEquals(409, taken.statusCode());
        assertEquals("email_taken", json(taken).get("error").get("code").asText());
        assertEquals(List.of("learner"), TestDatabase.strings(server, "SELECT role FROM users"));
    }

    @Test
    void signUpIsRefusedWith403WhenTheSiteIsClosed() {
        server.close();
        server = TestServer.start(TestServer.config(dir.resolve("closed")).withSignUp(false));
        HttpResponse<String> refused = call("POST", "/api/v1/accounts", null, credentials("ada@example.org", PASSWORD));
        assertEquals(403, refused.statusCode());
        assertEquals("signup_closed", json(refused).get("error").get("code").asText());
    }

    @Test
    void tokenRequestsAreThrottledLikeLogIn() {
        call("POST", "/api/v1/accounts", null, credentials("ada@example.org", PASSWORD));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = call("POST", "/api/v1/tokens", null, credentials("ada@example.org", "wrong-password-" + i));
            assertEquals(401, refused.statusCode());
            assertEquals("invalid_credentials", json(refused).get("error").get("code").asText());
        }
        HttpResponse<String> throttled = call("POST", "/api/v1/tokens", null, credentials("ada@example.org", PASSWORD));
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        assertEquals("too_many_attempts", json(throttled).get("error").get("code").asText());
    }
}
