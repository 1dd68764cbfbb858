package dev.chainrule.grader.experiment;

import static dev.chainrule.grader.i18n.KoreanText.assertKorean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.exercise.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentTest {
    @Test
    void pathsGrowAsWidthToTheDepthWhileBackpropGrowsLinearly() {
        // width 2, one hidden layer: each hidden neuron adds both inputs (1 add = 2 links) then a sigmoid (1 link):
        // 3 links per neuron, 6 in the layer; the output adds the two neurons: 2 links. Total 8. Paths from input 0: 2.
        assertEquals(List.of(2L, 8L), List.of(Experiment.pathsAndEdges(2, 1)[0], Experiment.pathsAndEdges(2, 1)[1]));
        // width 3: per neuron 2 adds (4 links) + sigmoid (1) = 5 links, 15 per layer; output 2 adds = 4 links.
        // d layers: 15 d + 4 links; paths 3^d.
        for (int d = 1; d <= 6; d++) {
            long[] counts = Experiment.pathsAndEdges(3, d);
            assertEquals((long) Math.pow(3, d), counts[0], "paths at depth " + d);
            assertEquals(15L * d + 4, counts[1], "links at depth " + d);
        }
    }

    @Test
    void shortcutsKeepTheGradientAliveInADeepSigmoidNetwork() {
        ExperimentResult r = Experiment.SHORTCUT_GRADIENTS.run(Map.of("depth", 20, "width", 4));
        List<Double> plain = r.series().get(0).y();
        List<Double> shortcut = r.series().get(1).y();
        assertEquals(20, plain.size());
        // each plain sigmoid layer multiplies the gradient by at most 0.25 * |W| < 1: the first layer's is tiny
        assertTrue(plain.get(0) < 1e-6, "plain first layer " + plain.get(0));
        // with x_(l+1) = x_l + F(x_l) the identity path carries the gradient: at least the last layer's
        assertTrue(shortcut.get(0) >= shortcut.get(19), "shortcut " + shortcut);
        assertTrue(shortcut.get(0) > 1e6 * plain.get(0));
    }

    @Test
    void settingsAreListedByNameWithTheirRangesAndDefaults() {
        assertEquals(List.of(new Experiment.Setting("depth", 2, 60, 20), new Experiment.Setting("seed", 0, 1_000_000, 1),
                new Experiment.Setting("tanh", 0, 1, 0), new Experiment.Setting("width", 1, 16, 4)),
                Experiment.SHORTCUT_GRADIENTS.settings());
        assertEquals(List.of(new Experiment.Setting("depth", 1, 12, 8), new Experiment.Setting("width", 1, 8, 3)),
                Experiment.PATHS_VS_BACKPROP.settings());
        for (Experiment e : Experiment.values()) {
            // the listing agrees with resolve: same names in the same order, defaults within range and filled in
            Map<String, Integer> defaults = e.resolve(Map.of());
            assertEquals(List.copyOf(defaults.keySet()), e.settings().stream().map(Experiment.Setting::name).toList());
            for (Experiment.Setting s : e.settings()) {
                assertTrue(s.min() <= s.defaultValue() && s.defaultValue() <= s.max(), s.toString());
                assertEquals(s.defaultValue(), defaults.get(s.name()));
                e.resolve(Map.of(s.name(), s.min()));
                e.resolve(Map.of(s.name(), s.max()));
                assertThrows(IllegalArgumentException.class, () -> e.resolve(Map.of(s.name(), s.max() + 1)));
            }
            assertThrows(UnsupportedOperationException.class, () -> e.settings().clear());
        }
    }

    @Test
    void settingsAreCheckedAndDefaulted() {
        assertEquals(Map.of("depth", 20, "seed", 1, "tanh", 0, "width", 4), Experiment.SHORTCUT_GRADIENTS.resolve(Map.of()));
        assertEquals("setting 'depth' must be between 2 and 60, found 500",
                assertThrows(IllegalArgumentException.class, () -> Experiment.SHORTCUT_GRADIENTS.run(Map.of("depth", 500))).getMessage());
        assertEquals("unknown setting 'layers' for paths-vs-backprop (known: depth, width)",
                assertThrows(IllegalArgumentException.class, () -> Experiment.PATHS_VS_BACKPROP.run(Map.of("layers", 3))).getMessage());
    }

    private static List<String> labels(ExperimentResult r) {
        List<String> labels = new ArrayList<>(List.of(r.xLabel(), r.yLabel()));
        for (Series s : r.series()) {
            labels.add(s.name());
        }
        return labels;
    }

    @Test
    void chartLabelsAreInEnglishByDefault() {
        assertEquals(List.of("layer", "gradient norm |dP/dx_l|", "plain", "with shortcuts"),
                labels(Experiment.SHORTCUT_GRADIENTS.run(Map.of())));
        assertEquals(List.of("hidden layers", "multiplications", "per-path differentiation (paths from one input)",
                "backprop (one multiplication per link)"), labels(Experiment.PATHS_VS_BACKPROP.run(Map.of(), Language.EN)));
    }

    @Test
    void chartLabelsAreInKoreanWhenAskedAndTheNumbersDoNotChange() {
        assertEquals(List.of("층", "그래디언트 노름 |dP/dx_l|", "일반 신경망", "숏컷이 있는 신경망"),
                labels(Experiment.SHORTCUT_GRADIENTS.run(Map.of(), Language.KO)));
        for (Experiment e : Experiment.values()) {
            ExperimentResult english = e.run(Map.of("depth", 5));
            ExperimentResult korean = e.run(Map.of("depth", 5), Language.KO);
            for (String label : labels(korean)) {
                assertKorean(label, "dP", "dx_l");
            }
            assertEquals(english.logScale(), korean.logScale());
            for (int i = 0; i < english.series().size(); i++) {
                assertEquals(english.series().get(i).x(), korean.series().get(i).x());
                assertEquals(english.series().get(i).y(), korean.series().get(i).y());
            }
        }
    }
}
