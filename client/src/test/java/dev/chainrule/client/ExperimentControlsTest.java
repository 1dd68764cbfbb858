package dev.chainrule.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.experiment.Experiment;
import org.junit.jupiter.api.Test;

/** The parts of the experiment controls that need no browser: which settings get which control, and their words. */
class ExperimentControlsTest {
    @Test
    void everyExplorableSettingHasItsOwnLabelAndOnlyZeroToOneIsASwitch() {
        for (Experiment e : Experiment.values()) {
            for (Experiment.Setting s : e.settings()) {
                if (ExperimentControls.FIXED.equals(s.name())) {
                    continue;
                }
                assertNotEquals(s.name(), Messages.settingLabel(e.id(), s.name()), "no label for " + s.name());
                assertEquals("tanh".equals(s.name()), ExperimentControls.isSwitch(s), s.toString());
            }
        }
        assertTrue(ExperimentControls.isSwitch(new Experiment.Setting("x", 0, 1, 0)));
        assertFalse(ExperimentControls.isSwitch(new Experiment.Setting("x", 0, 2, 0)));
    }

    @Test
    void slidersSayTheirValueInWords() {
        assertEquals("Depth (layers)", Messages.settingLabel("shortcut-gradients", "depth"));
        assertEquals("Depth (hidden layers)", Messages.settingLabel("paths-vs-backprop", "depth"));
        assertEquals("tanh instead of sigmoid", Messages.settingLabel("shortcut-gradients", "tanh"));
        assertEquals("1 layer", Messages.settingValue("shortcut-gradients", "depth", 1));
        assertEquals("20 layers", Messages.settingValue("shortcut-gradients", "depth", 20));
        assertEquals("8 hidden layers", Messages.settingValue("paths-vs-backprop", "depth", 8));
        assertEquals("1 neuron per layer", Messages.settingValue("paths-vs-backprop", "width", 1));
        assertEquals("16 neurons per layer", Messages.settingValue("shortcut-gradients", "width", 16));
    }
}
