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
    void aCellSaysItsStateWithASymbolAsWellAsAColour() {
        assertEquals("\u2713", new ClassReport.Cell(1.0, 2, 0).symbol());
        assertEquals("partial", new ClassReport.Cell(0.5, 1, 0).state());
        assertEquals("\u2717", new ClassReport.Cell(0.0, 1, 0).symbol());
        assertEquals("none", ClassReport.Cell.EMPTY.state());
    }
}
