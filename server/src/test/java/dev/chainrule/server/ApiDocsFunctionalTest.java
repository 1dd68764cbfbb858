package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.server.account.Access;
import io.javalin.router.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the curl examples of {@code docs/API.md} in order against a real server with the built-in course: each
 * {@code sh} block must exit 0 and print JSON without an error, or what the {@code <!-- expect: ... -->} comment
 * before it says ({@code ok}, a status such as {@code 204}, or {@code error <code>}); a block that only sets variables
 * must set them. Every API route must have its own section.
 */
class ApiDocsFunctionalTest {

    static final Path DOC = Path.of("..", "docs", "API.md");
    private static final String DOC_HOST = "http://localhost:7070";
    private static final Pattern BLOCK = Pattern.compile("(?:<!-- expect: ([^>]+?) -->\\n)?```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("(?m)^([A-Z_]+)=");

    @TempDir
    Path dir;

    /** One example: its shell text and what it must print (null: JSON). */
    record Example(String script, String expect) {
    }

    static List<Example> examples(String markdown) {
        List<Example> examples = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(markdown);
        while (matcher.find()) {
            examples.add(new Example(matcher.group(2), matcher.group(1)));
        }
        return examples;
    }

    @Test
    void everyCurlExampleRunsAgainstARealServer() throws Exception {
        String markdown = Files.readString(DOC, StandardCharsets.UTF_8);
        List<Example> examples = examples(markdown);
        assertTrue(examples.size() >= 15, "examples found: " + examples.size());
        TreeSet<String> variables = new TreeSet<>();
        examples.forEach(e -> ASSIGNMENT.matcher(e.script()).results().forEach(m -> variables.add(m.group(1))));
        Path work = Files.createDirectories(dir.resolve("work"));
        try (TestServer server = TestServer.startWithBuiltInCourse(dir.resolve("db"))) {
            String host = "http://localhost:" + server.running.port();
            for (Example example : examples) {
                String script = "set -eo pipefail\n[ -f state.sh ] && . ./state.sh\n"
                        + example.script().replace(DOC_HOST, host)
                        + "\nfor v in " + String.join(" ", variables) + "; do if [ -n \"${!v+x}\" ]; then declare -p \"$v\"; fi; done > state.sh\n";
                Process process = new ProcessBuilder("bash", "-c", script).directory(work.toFile()).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(60, TimeUnit.SECONDS));
                String where = "\n--- example ---\n" + example.script() + "--- printed ---\n" + out + "\n--- stderr ---\n" + err;
                assertEquals(0, process.exitValue(), "exit status" + where);
                check(example, out, Files.readString(work.resolve("state.sh")), where);
            }
        }
    }

    private static void check(Example example, String out, String state, String where) {
        Matcher assigned = ASSIGNMENT.matcher(example.script());
        while (assigned.find()) {
            assertTrue(Pattern.compile("declare -[-x]* " + assigned.group(1) + "=\"[^\"]+\"").matcher(state).find(),
                    assigned.group(1) + " was set to something" + where);
        }
        if (example.expect() == null) {
            if (out.isEmpty()) {
                assertTrue(ASSIGNMENT.matcher(example.script()).find(), "an example prints its reply" + where);
                return;
            }
            JsonNode json = json(out, where);
            assertFalse(json.has("error"), "no error" + where);
        } else if (example.expect().startsWith("error ")) {
            assertEquals(example.expect().substring("error ".length()), json(out, where).path("error").path("code").asText(), where);
        } else {
            assertEquals(example.expect(), out, where);
        }
    }

    private static JsonNode json(String out, String where) {
        try {
            return TestServer.JSON.readTree(out);
        } catch (IOException e) {
            return fail("not JSON" + where);
        }
    }

    @Test
    void everyApiRouteHasItsOwnSection() throws Exception {
        String markdown = Files.readString(DOC, StandardCharsets.UTF_8);
        try (TestServer server = TestServer.start(dir)) {
            for (Map.Entry<Endpoint, Access> route : RouteAccessFunctionalTest.routes(server)) {
                String path = route.getKey().path;
                if ((path.startsWith("/api/") || path.equals("/healthz")) && !route.getKey().method.name().equals("HEAD")) {
                    String heading = "\n## " + route.getKey().method.name() + " " + path + "\n";
                    assertTrue(markdown.contains(heading), "docs/API.md has no section" + heading);
                }
            }
        }
    }
}
