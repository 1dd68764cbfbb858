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
}
