package dev.chainrule.grader.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.grader.util.Numbers.InputKind;
import org.junit.jupiter.api.Test;

class NumbersTest {
    private static void assertNumber(double expected, String raw) {
        Numbers.Input in = Numbers.parse(raw);
        assertEquals(InputKind.NUMBER, in.kind(), raw);
        assertEquals(expected, in.value(), raw);
    }

    private static void assertKind(InputKind kind, String raw) {
        assertEquals(kind, Numbers.parse(raw).kind(), raw);
    }

    @Test
    void decimalNumbersAsLearnersTypeThemAreRead() {
        assertNumber(-0.25, "-0.25");
        assertNumber(0.25, " +0.25 ");
        assertNumber(0.5, ".5");
        assertNumber(3, "3.");
        assertNumber(-0.0012, "\u22121.2e-3");
        assertNumber(1200, "1.2E3");
    }

    @Test
    void emptyGarbageAndNonFiniteInputsAreTold() {
        assertKind(InputKind.EMPTY, null);
        assertKind(InputKind.EMPTY, "   ");
        assertKind(InputKind.NOT_A_NUMBER, "abc");
        assertKind(InputKind.NOT_A_NUMBER, "0x1p3");
        assertKind(InputKind.NOT_A_NUMBER, "1,5");
        assertKind(InputKind.NOT_A_NUMBER, "1.2.3");
        assertKind(InputKind.NOT_A_NUMBER, "1e");
        assertKind(InputKind.NOT_A_NUMBER, "--1");
        assertKind(InputKind.NOT_A_NUMBER, "-");
        assertKind(InputKind.NOT_A_NUMBER, ".");
        assertKind(InputKind.NOT_A_NUMBER, "1".repeat(65));
        assertKind(InputKind.NOT_FINITE, "NaN");
        assertKind(InputKind.NOT_FINITE, "-Infinity");
        assertKind(InputKind.NOT_FINITE, "inf");
        assertKind(InputKind.NOT_FINITE, "1e309");
    }

    @Test
    void formatRoundsToTheGivenDecimalsAndDropsTrailingZeros() {
        assertEquals("0.25", Numbers.format(0.25, 3));
        assertEquals("-1", Numbers.format(-1.0, 2));
        assertEquals("0.667", Numbers.format(2.0 / 3, 3));
        assertEquals("3", Numbers.format(2.5, 0));
        assertEquals("0", Numbers.format(-0.0001, 2));
        assertEquals("0.05", Numbers.format(0.049999999, 4));
        assertEquals("12345678", Numbers.format(12345678, 3));
        assertEquals("1000000000000000000000", Numbers.format(1e21, 2));
        assertEquals("NaN", Numbers.format(Double.NaN, 2));
    }

    @Test
    void formatSignificantKeepsTheLeadingDigits() {
        assertEquals("0.05211", Numbers.formatSignificant(0.0521130529, 4));
        assertEquals("-0.3", Numbers.formatSignificant(-0.3, 4));
        assertEquals("1235", Numbers.formatSignificant(1234.6, 3));
    }
}
