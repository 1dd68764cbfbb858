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
import java.nio.file.Path;

/** A real server on a free port with a fresh H2 file database, and HTTP clients that keep their own cookies. */
final class TestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

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

    private static Config config(Path databaseDir) {
        return new Config(0, "jdbc:h2:file:" + databaseDir.resolve("chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "", "", false);
    }

    /** A browser-like client: its own cookie jar, so each one is a different anonymous learner. */
    Client client() {
        return new Client(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    @Override
    public void close() {
        running.stop();
    }

    /** Sends requests to the test server. */
    final class Client {

        final HttpClient http;

        Client(HttpClient http) {
            this.http = http;
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET().build());
        }

        HttpResponse<String> post(String path, String contentType, String body) {
            HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            return send(builder.build());
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
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
