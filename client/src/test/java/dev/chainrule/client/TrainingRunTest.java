package dev.chainrule.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.experiment.ExperimentResult;
import dev.chainrule.grader.experiment.Series;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
    @Test
    void bothNetworksLearnAndTheShortcutsLearnFasterWhenTheStackIsDeep() {
        ExperimentResult result = TrainingRun.run(6, 4, TrainingRun.Activation.RELU, 1);
        Series plain = result.series().get(0);
        Series shortcuts = result.series().get(1);
        assertEquals(TrainingRun.STEPS + 1, plain.y().size());
        assertEquals(TrainingRun.STEPS + 1, shortcuts.y().size());
        double plainEnd = last(plain.y());
        double shortcutEnd = last(shortcuts.y());
        assertTrue(shortcutEnd < shortcuts.y().get(0) * 0.5, "shortcuts learn: " + shortcuts.y());
        assertTrue(shortcutEnd < plainEnd, "plain " + plainEnd + " vs shortcuts " + shortcutEnd);
    }

    @Test
    void aShallowNetworkLearnsWithEveryActivation() {
        for (TrainingRun.Activation a : TrainingRun.Activation.values()) {
            List<Double> loss = TrainingRun.run(2, 4, a, 3).series().get(0).y();
            assertTrue(last(loss) < loss.get(0), a + ": " + loss);
        }
    }

    @Test
    void theSameSeedGivesTheSameCurves() {
        assertEquals(TrainingRun.run(4, 3, TrainingRun.Activation.TANH, 7), TrainingRun.run(4, 3, TrainingRun.Activation.TANH, 7));
    }

    @Test
    void sizesOutsideTheControlsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrainingRun.run(0, 4, TrainingRun.Activation.RELU, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainingRun.run(4, TrainingRun.MAX_WIDTH + 1, TrainingRun.Activation.RELU, 1));
    }

    @Test
    void theLargestRunIsQuickEnoughToRedrawAsASliderMoves() {
        TrainingRun.run(TrainingRun.MAX_DEPTH, TrainingRun.MAX_WIDTH, TrainingRun.Activation.TANH, 1); // warm up
        long start = System.nanoTime();
        ExperimentResult r = TrainingRun.run(TrainingRun.MAX_DEPTH, TrainingRun.MAX_WIDTH, TrainingRun.Activation.TANH, 1);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, r.series().size());
        assertTrue(ms < 2000, ms + " ms");
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }
}
