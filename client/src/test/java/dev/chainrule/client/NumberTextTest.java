package dev.chainrule.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void wholeScoresReadAsPlainPercentages() {
        assertEquals("0%", NumberText.percent(0.0));
        assertEquals("50%", NumberText.percent(0.5));
        assertEquals("100%", NumberText.percent(1.0));
    }

    @Test
    void fractionalScoresRoundHalvesUp() {
        assertEquals("33%", NumberText.percent(1.0 / 3.0));
        assertEquals("67%", NumberText.percent(2.0 / 3.0));
        assertEquals("13%", NumberText.percent(0.125));
    }

    @Test
    void scoresOutsideZeroToOneAreClampedAndNaNIsADash() {
        assertEquals("0%", NumberText.percent(-0.2));
        assertEquals("100%", NumberText.percent(1.7));
        assertEquals("–", NumberText.percent(Double.NaN));
    }

    @Test
    void theSubmittedLineCountsFieldsAndShowsTheScore() {
        assertEquals("Submitted: 1 of 2 correct (score 50%)", Messages.submitted(1, 2, 0.5));
    }

    @Test
    void compactNumbersUseScientificNotationFarFromOne() {
        assertEquals("0.0123", NumberText.compact(0.012345));
        assertEquals("5123", NumberText.compact(5123.4));
        assertEquals("3.1 × 10⁻⁹", NumberText.compact(3.1e-9));
        assertEquals("1 × 10¹²", NumberText.compact(9.999e11));
        assertEquals("0", NumberText.compact(0));
        assertEquals("10⁻¹²", NumberText.powerOfTen(-12));
    }

    @Test
    void matrixPlaceholdersShowTheShapeAndAnExample() {
        assertEquals("3 rows of 2, e.g. 0.1 0.2; 0.3 0.4; 0.5 0.6", Messages.matrixPlaceholder(3, 2));
        assertEquals("1 row of 3, e.g. 0.1 0.2 0.3", Messages.matrixPlaceholder(1, 3));
        assertEquals("(3 × 2)", Messages.shape(3, 2));
        assertEquals(" (partial credit 67%)", Messages.partialCredit(2.0 / 3));
        assertEquals("", Messages.partialCredit(1));
        assertEquals("", Messages.partialCredit(Double.NaN));
    }
}
