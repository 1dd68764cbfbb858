package dev.chainrule.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.grader.exercise.Status;
import org.junit.jupiter.api.Test;

class VerdictTextTest {
    @Test
    void statusesBecomeTheLowercaseNamesTheBrowserTestsRead() {
        assertEquals("correct", VerdictText.statusName(Status.CORRECT));
        assertEquals("incorrect", VerdictText.statusName(Status.INCORRECT));
        assertEquals("invalid", VerdictText.statusName(Status.INVALID));
    }

    @Test
    void aVerdictReadsWithoutColourThroughItsMark() {
        assertEquals("✓ Within 2%.", VerdictText.describe("correct", "Within 2%."));
        assertEquals("✗ Too large.", VerdictText.describe("incorrect", "Too large."));
        assertEquals("✗ Not a number.", VerdictText.describe("invalid", "Not a number."));
    }

    @Test
    void aVerdictWithoutMessageGetsADefaultOne() {
        assertEquals("✓ " + Messages.get(UiText.CORRECT), VerdictText.describe("correct", ""));
        assertEquals("✗ " + Messages.get(UiText.INCORRECT), VerdictText.describe("incorrect", null));
    }
}
