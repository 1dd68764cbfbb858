package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each exercise kind is described by exactly the members docs/API.md lists, in the API and in the lesson page. */
class ExerciseKindsApiFunctionalTest {

    static final List<String> COMMON = List.of("id", "kind", "title", "prompt", "variant", "params", "ask", "labels");

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aGradientsExerciseSendsItsGraphAndTolerance() {
        JsonNode view = get("two-neuron-test");
        assertMembers(view, "graph", "tolerance");
        assertEquals(List.of("dP/dw2", "dP/dw1"), strings(view.get("ask")));
    }

    @Test
    void aForwardPassSendsItsGraphTheAskedNodesAndTolerance() {
        JsonNode view = get("kinds-forward");
        assertMembers(view, "graph", "nodes", "tolerance");
        assertEquals("forward-pass", view.get("kind").asText());
        assertTrue(view.get("graph").asText().contains("f = q * z"));
        assertEquals(List.of("q", "f"), strings(view.get("nodes")));
        assertEquals(strings(view.get("nodes")), strings(view.get("ask")));
        assertEquals(List.of("x", "y", "z"), names(view.get("params")));
        assertEquals("q", view.get("labels").get("q").asText());
        assertEquals(0.01, view.get("tolerance").get("rtol").asDouble());
    }

    @Test
    void aBackwardPassSendsTheNodesWhoseGradientIsAskedAndAsksForDOutDNode() {
        JsonNode view = get("kinds-backward");
        assertMembers(view, "graph", "nodes", "tolerance");
        assertEquals(List.of("z", "p", "w"), strings(view.get("nodes")));
        assertEquals(List.of("dP/dz", "dP/dp", "dP/dw"), strings(view.get("ask")));
        assertEquals(List.of("dP/dz", "dP/dp", "dP/dw"), names(view.get("labels")));
        assertTrue(view.get("labels").get("dP/dp").asText().contains("\\partial"));
        assertEquals(0.02, view.get("tolerance").get("rtol").asDouble());
    }

    @Test
    void aLayerSendsSizesActivationSamplesShapesAndEveryEntryAsAParam() {
        JsonNode view = get("kinds-layer");
        assertMembers(view, "sizes", "activation", "samples", "shapes", "tolerance");
        assertEquals("[2,3,2]", view.get("sizes").toString());
        assertEquals("sigmoid", view.get("activation").asText());
        assertEquals(2, view.get("samples").asInt());
        assertEquals("{\"delta2\":[2,2],\"delta1\":[3,2],\"dU1\":[3,2]}", view.get("shapes").toString());
        assertEquals(List.of("delta2", "delta1", "dU1"), strings(view.get("ask")));
        assertEquals("\\frac{\\partial P}{\\partial U^{(1)}}", view.get("labels").get("dU1").asText());
        List<String> params = names(view.get("params"));
        assertEquals(2 * 2 + 3 * 2 + 2 * 3 + 2 * 2, params.size());
        assertEquals("x[0,0]", params.get(0));
        assertTrue(params.containsAll(List.of("U1[2,1]", "U2[1,2]", "d[1,1]")), params.toString());
        view.get("params").forEach(value -> assertTrue(value.isNumber(), value.toString()));
    }

    @Test
    void aDerivativeExpressionSendsVariablesAndDrawsButNeverItsSolution() {
        JsonNode view = get("kinds-formula");
        assertMembers(view, "graph", "variables", "draws", "tolerance");
        assertEquals(List.of("dP/dp"), strings(view.get("ask")));
        assertEquals(List.of("d", "z"), strings(view.get("variables")));
        assertEquals("{\"range\":[-2.0,2.0],\"decimals\":1}", view.get("draws").get("w").toString());
        assertEquals("{\"range\":[-2.0,2.0],\"decimals\":1}", view.get("draws").get("x").toString());
        assertEquals("{\"choose\":[0.0,1.0]}", view.get("draws").get("d").toString());
        String page = server.client().get("/lessons/all-kinds").body();
        for (String text : List.of(view.toString(), page)) {
            assertFalse(text.contains("solution"), text);
            assertFalse(text.contains("(d - z) * z * (1 - z)"), text);
        }
    }

    @Test
    void aChoiceSendsItsOptionsWithTheRightOnesMarkedAndNoNumbers() {
        JsonNode view = get("kinds-choice");
        assertMembers(view, "options", "multiple");
        assertEquals(0, view.get("params").size());
        assertEquals(List.of("choice"), strings(view.get("ask")));
        assertFalse(view.get("multiple").asBoolean());
        JsonNode add = view.get("options").get(0);
        assertEquals(Set.of("id", "text", "correct", "feedback"), Set.copyOf(names(add)));
        assertEquals("add", add.get("id").asText());
        assertEquals("The add gate", add.get("text").asText());
        assertFalse(add.get("correct").asBoolean());
        assertEquals("It distributes the gradient to both inputs.", add.get("feedback").asText());
        JsonNode max = view.get("options").get(1);
        assertTrue(max.get("correct").asBoolean());
        assertTrue(max.get("feedback").isNull(), max.toString());
    }

    @Test
    void anExperimentSendsWhichComputationToRunItsSettingsAndThePredictions() {
        JsonNode view = get("kinds-experiment");
        assertMembers(view, "experiment", "settings", "options");
        assertEquals("shortcut-gradients", view.get("experiment").asText());
        assertEquals("{\"depth\":30,\"width\":4}", view.get("settings").toString());
        assertEquals(0, view.get("params").size());
        assertEquals(List.of("prediction"), strings(view.get("ask")));
        assertEquals("vanish", view.get("options").get(0).get("id").asText());
        assertTrue(view.get("options").get(0).get("correct").asBoolean());
    }

    @Test
    void aFreshVariantOfANewKindHasTheSameMembers() {
        TestServer.Client client = server.client();
        JsonNode first = client.json(client.get("/api/v1/exercises/kinds-layer"));
        HttpResponse<String> created = client.post("/api/v1/exercises/kinds-layer/variants", null, "");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode second = client.json(created);
        assertEquals(2, second.get("variant").asInt());
        assertEquals(names(first), names(second));
    }

    @Test
    void theLessonPageEmbedsTheSameJsonAsTheApiForEveryKind() throws Exception {
        TestServer.Client client = server.client();
        String html = client.get("/lessons/all-kinds").body();
        for (String id : List.of("kinds-forward", "kinds-backward", "kinds-layer", "kinds-formula", "kinds-choice", "kinds-experiment")) {
            Matcher script = Pattern.compile("<script type=\"application/json\" class=\"exercise-variant\">(.*?)</script>", Pattern.DOTALL)
                    .matcher(box(html, id));
            assertTrue(script.find(), id);
            assertEquals(client.json(client.get("/api/v1/exercises/" + id)), TestServer.JSON.readTree(script.group(1)), id);
        }
    }

    @Test
    void choiceAndExperimentBoxesShowNoNumbersAndGraphKindsShowTheirParameters() {
        String html = server.client().get("/lessons/all-kinds").body();
        assertFalse(box(html, "kinds-choice").contains("exercise-params"));
        assertFalse(box(html, "kinds-experiment").contains("exercise-params"));
        Matcher forward = Pattern.compile("<p class=\"exercise-params\">[^<]*<span class=\"math math-inline\">x = -?\\d,\\\\quad y = -?\\d,\\\\quad z = -?\\d</span>")
                .matcher(box(html, "kinds-forward"));
        assertTrue(forward.find(), box(html, "kinds-forward"));
        assertTrue(box(html, "kinds-formula").contains("\\quad d = "), box(html, "kinds-formula"));
    }

    @Test
    void aLayerBoxShowsItsNumbersAsMatrices() {
        TestServer.Client client = server.client();
        String layer = box(client.get("/lessons/all-kinds").body(), "kinds-layer");
        JsonNode params = client.json(client.get("/api/v1/exercises/kinds-layer")).get("params");
        Matcher math = Pattern.compile("<p class=\"exercise-params\">[^<]*<span class=\"math math-inline\">(.*?)</span>").matcher(layer);
        assertTrue(math.find(), layer);
        String expected = "x = " + bmatrix(params, "x", 2, 2) + ",\\quad U^{(1)} = " + bmatrix(params, "U1", 3, 2)
                + ",\\quad U^{(2)} = " + bmatrix(params, "U2", 2, 3) + ",\\quad d = " + bmatrix(params, "d", 2, 2);
        assertEquals(expected, math.group(1).replace("&amp;", "&"));
    }

    /** {@code \begin{bmatrix}a & b \\ c & d\end{bmatrix}} from the params {@code name[i,j]}. */
    private static String bmatrix(JsonNode params, String name, int rows, int cols) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<String> entries = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                double v = params.get(name + "[" + i + "," + j + "]").asDouble();
                entries.add(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
            }
            lines.add(String.join(" & ", entries));
        }
        return "\\begin{bmatrix}" + String.join(" \\\\ ", lines) + "\\end{bmatrix}";
    }

    private static String box(String html, String id) {
        Matcher section = Pattern.compile("<section class=\"exercise\" id=\"exercise-" + id + "\".*?</section>", Pattern.DOTALL).matcher(html);
        assertTrue(section.find(), id + " in " + html);
        return section.group();
    }

    private static JsonNode get(String id) {
        TestServer.Client client = server.client();
        HttpResponse<String> response = client.get("/api/v1/exercises/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return client.json(response);
    }

    /** The view has the members every kind has and exactly {@code own} besides. */
    private static void assertMembers(JsonNode view, String... own) {
        Set<String> expected = new TreeSet<>(COMMON);
        expected.addAll(List.of(own));
        assertEquals(expected, new TreeSet<>(names(view)), view.toString());
        assertEquals(1, view.get("variant").asInt());
        assertEquals(strings(view.get("ask")), names(view.get("labels")));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }
}
