package dev.chainrule.server.classes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClassReportTest {

    @Test
    void theMedianOfAnOddListIsItsMiddleAndOfAnEvenListTheMeanOfTheTwoMiddles() {
        assertEquals(2.0, ClassReport.median(List.of(1, 2, 9)));
        assertEquals(2.5, ClassReport.median(List.of(1, 2, 3, 9)));
        assertNull(ClassReport.median(List.of()));
    }

    @Test
    void theMedianOfAnArraysFirstValuesLeavesTheUnusedTailOut() {
        assertEquals(3.0, ClassReport.median(new int[] {1, 3, 4, 0, 0}, 3));
        assertEquals(3.5, ClassReport.median(new int[] {2, 3, 4, 5, 99}, 4));
        assertNull(ClassReport.median(new int[] {7}, 0));
    }

    @Test
    void aCellSaysItsStateWithASymbolAsWellAsAColour() {
        assertEquals("\u2713", new ClassReport.Cell(1.0, 2, 0).symbol());
        assertEquals("partial", new ClassReport.Cell(0.5, 1, 0).state());
        assertEquals("\u2717", new ClassReport.Cell(0.0, 1, 0).symbol());
        assertEquals("none", ClassReport.Cell.EMPTY.state());
    }
}
