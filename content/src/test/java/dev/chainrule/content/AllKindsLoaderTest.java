package dev.chainrule.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.grader.exercise.BackwardPassSpec;
import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.DerivativeExpressionSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.ForwardPassSpec;
import dev.chainrule.grader.exercise.LayerSpec;
import dev.chainrule.grader.exercise.Variant;
import dev.chainrule.grader.experiment.Experiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One exercise file of every kind loads into its typed spec; kind-specific mistakes are reported with their line. */
class AllKindsLoaderTest {
    @TempDir
    Path dir;

    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("fwd", """
                id: fwd
                kind: forward-pass
                title: Forward
                prompt: Fill in the values.
                graph: |
                  q = x + y
                  f = q * z
                params:
                  x: { range: [-3, 3], decimals: 0 }
                  y: { range: [-3, 3], decimals: 0 }
                  z: { range: [-3, 3], decimals: 0 }
                nodes: [q, f]
                """);
        FILES.put("bwd", """
                id: bwd
                kind: backward-pass
                title: Backward
                prompt: Fill in the gradients.
                graph: |
                  q = x + y
                  f = q * z
                params:
                  x: { range: [1, 3], decimals: 0 }
                  y: { range: [1, 3], decimals: 0 }
                  z: { range: [1, 3], decimals: 0 }
                """);
        FILES.put("lay", """
                id: lay
                kind: layer
                title: Layer
                prompt: The deltas.
                sizes: [2, 3, 2]
                activation: sigmoid
                samples: 2
                inputs: { range: [-1, 1], decimals: 1 }
                weights: { range: [-1, 1], decimals: 1 }
                targets: { choose: [0, 1] }
                ask: [delta2, delta1, dU1]
                tolerance: { rtol: 0.02 }
                """);
        FILES.put("formula", """
                id: formula
                kind: derivative-expression
                title: Formula
                prompt: Write dz/dp.
                graph: |
                  p = w * x
                  z = sigmoid(p)
                params:
                  w: { range: [-2, 2], decimals: 1 }
                  x: { range: [-2, 2], decimals: 1 }
                ask: dz/dp
                variables: [w, x, z]
                solution: z * (1 - z)
                """);
        FILES.put("gates", """
                id: gates
                kind: choice
                title: Gates
                prompt: Which gate routes the gradient?
                options:
                  - { id: add, text: The add gate, feedback: It distributes. }
                  - { id: max, text: The max gate, correct: true }
                """);
        FILES.put("resnet", """
                id: resnet
                kind: experiment
                title: Shortcuts
                prompt: Predict, then run.
                experiment: shortcut-gradients
                settings: { depth: 30, width: 4 }
                options:
                  - { id: vanish, text: The plain network's first layer gets a far smaller gradient, correct: true }
                  - { id: same, text: About the same }
                """);
    }

    private void write(Map<String, String> files) throws IOException {
        Files.writeString(dir.resolve("course.yaml"), "lessons: [kinds]\n");
        Files.createDirectories(dir.resolve("kinds/exercises"));
        StringBuilder body = new StringBuilder();
        for (String id : files.keySet()) {
            Files.writeString(dir.resolve("kinds/exercises/" + id + ".yaml"), files.get(id));
            body.append("```exercise\n").append(id).append("\n```\n\n");
        }
        Files.writeString(dir.resolve("kinds/lesson.en.md"), "---\ntitle: Kinds\nsummary: Every kind.\nexercises: ["
                + String.join(", ", files.keySet()) + "]\n---\n" + body);
    }

    private Course load() {
        return CourseLoader.load(ContentSource.directory(dir), "en");
    }

    @Test
    void everyKindLoadsIntoItsTypedSpecAndSolvesForManySeeds() throws IOException {
        write(FILES);
        Course course = load();
        assertEquals(List.of("q", "f"), ((ForwardPassSpec) course.exercise("fwd").orElseThrow()).nodes());
        assertEquals(List.of("df/dq", "df/dz", "df/dy", "df/dx"), Exercises.fields(course.exercise("bwd").orElseThrow()));
        LayerSpec layer = (LayerSpec) course.exercise("lay").orElseThrow();
        assertEquals(List.of(2, 3, 2), layer.sizes());
        assertEquals(2, layer.samples());
        assertEquals(List.of("w", "x", "z"), ((DerivativeExpressionSpec) course.exercise("formula").orElseThrow()).variables());
        assertEquals("It distributes.", ((ChoiceSpec) course.exercise("gates").orElseThrow()).options().get(0).feedback());
        ExperimentSpec experiment = (ExperimentSpec) course.exercise("resnet").orElseThrow();
        assertEquals(Experiment.SHORTCUT_GRADIENTS, experiment.experiment());
        assertEquals(Map.of("depth", 30, "width", 4), experiment.settings());
        assertEquals(BackwardPassSpec.class, course.exercise("bwd").orElseThrow().getClass());
        for (ExerciseSpec spec : course.exercises().values()) {
            for (long seed = 0; seed < 100; seed++) {
                Variant v = Exercises.generate(spec, seed);
                assertEquals(1.0, Exercises.check(spec, v.params(), Exercises.solution(spec, v.params())).score(), spec.id() + " " + seed);
            }
        }
    }

    @Test
    void kindSpecificMistakesNameTheirLine() throws IOException {
        Map<String, String> files = new LinkedHashMap<>(FILES);
        files.put("lay", FILES.get("lay").replace("activation: sigmoid", "activation: softplus"));
        write(files);
        ContentException e = assertThrows(ContentException.class, this::load);
        assertEquals(6, e.line());
        assertEquals("unknown activation 'softplus' (known: sigmoid, tanh, relu, leaky-relu)", e.reason());

        files.put("lay", FILES.get("lay"));
        files.put("formula", FILES.get("formula").replace("solution: z * (1 - z)", "solution: z"));
        write(files);
        e = assertThrows(ContentException.class, this::load);
        assertEquals(13, e.line());
        assertEquals(true, e.reason().startsWith("solution: 'z' is not graded correct"), e.reason());

        files.put("formula", FILES.get("formula"));
        files.put("gates", FILES.get("gates").replace("correct: true", "correct: yes please"));
        write(files);
        assertEquals("option 'max': 'correct' must be true or false", assertThrows(ContentException.class, this::load).reason());

        files.put("gates", FILES.get("gates"));
        files.put("resnet", FILES.get("resnet").replace("depth: 30", "depth: 300"));
        write(files);
        e = assertThrows(ContentException.class, this::load);
        assertEquals(6, e.line());
        assertEquals("settings: setting 'depth' must be between 2 and 60, found 300", e.reason());

        files.put("resnet", FILES.get("resnet"));
        files.put("fwd", FILES.get("fwd").replace("nodes: [q, f]", "nodes: [q, f]\nask: [df/dq]"));
        write(files);
        assertEquals("unknown field 'ask' (expected one of: id, kind, title, prompt, graph, params, nodes, tolerance)",
                assertThrows(ContentException.class, this::load).reason());
    }
}
