package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.content.CourseLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real server on a free port with a fresh database (see {@link TestDatabases}), and HTTP clients that keep their own cookies. */
final class TestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    final App.Running running;
    final Course course;

    private TestServer(App.Running running, Course course) {
        this.running = running;
        this.course = course;
    }

    /** The server with the test course of {@code src/test/resources/testcourse}. */
    static TestServer start(Path databaseDir) {
        Course course = CourseLoader.load(ContentSource.classpath("testcourse"), "en");
        return new TestServer(App.start(config(databaseDir), course), course);
    }

    /** The server with the test course and {@code config} (e.g. a PostgreSQL database). */
    static TestServer start(Config config) {
        Course course = CourseLoader.load(ContentSource.classpath("testcourse"), "en");
        return new TestServer(App.start(config, course), course);
    }

    /** A server started elsewhere (e.g. with a content directory), to talk to and stop. */
    static TestServer of(App.Running running) {
        return new TestServer(running, null);
    }

    /** The server with the built-in course. */
    static TestServer startWithBuiltInCourse(Path databaseDir) {
        App.Running running = App.start(config(databaseDir));
        return new TestServer(running, null);
    }

    /** The settings of a test server on a free port with a fresh database for {@code databaseDir} (H2, or PostgreSQL: see {@link TestDatabases}). */
    static Config config(Path databaseDir) {
        return TestDatabases.config(databaseDir);
    }

    /**
     * A browser-like client: its own cookie jar, so each one is a different anonymous learner, and like the page's
     * widget it sends the CSRF token it was last given (an API reply's {@code X-CSRF-Token} header) on every POST.
     */
    Client client() {
        return new Client(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        running.stop();
    }

    /** Sends requests to the test server. */
    final class Client {

        final HttpClient http;
        /** The CSRF token from the last reply that carried one (API header or a page's meta tag), or null. */
        String csrf;

        Client(HttpClient http) {
            this.http = http;
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET().build());
        }

        /** A GET with this {@code Cookie} header instead of the jar's (e.g. a cookie saved from another server). */
        HttpResponse<String> get(String path, String cookie) {
            return send(request(path).header("Cookie", cookie).GET().build());
        }

        /** A GET with one more request header, such as {@code Accept-Language}. */
        HttpResponse<String> getWithHeader(String path, String header, String value) {
            return send(request(path).header(header, value).GET().build());
        }

        /** A POST of a JSON body with one more request header (and the CSRF token, as {@link #post} sends it). */
        HttpResponse<String> postJsonWithHeader(String path, String body, String header, String value) {
            HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").header(header, value)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (csrf != null) {
                builder.header("X-CSRF-Token", csrf);
            }
            return send(builder.build());
        }

        HttpResponse<String> post(String path, String contentType, String body) {
            HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            if (csrf != null) {
                builder.header("X-CSRF-Token", csrf);
            }
            return send(builder.build());
        }

        /** POSTs a form as a browser does: the fields, URL-encoded, plus the {@code _csrf} field of the last page. */
        HttpResponse<String> postForm(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (csrf != null) {
                all.putIfAbsent("_csrf", csrf);
            }
            HttpRequest request = request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(all)))
                    .build();
            return send(request);
        }

        HttpResponse<String> postJson(String path, String body) {
            return post(path, "application/json", body);
        }

        JsonNode json(HttpResponse<String> response) {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + response.body(), e);
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + running.port() + path));
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                response.headers().firstValue("X-CSRF-Token").ifPresent(token -> csrf = token);
                Matcher meta = CSRF_META.matcher(response.body() == null ? "" : response.body());
                if (meta.find()) {
                    csrf = meta.group(1);
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
