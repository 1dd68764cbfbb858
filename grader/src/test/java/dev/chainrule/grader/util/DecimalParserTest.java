package dev.chainrule.grader.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DecimalParser} against the JDK's {@link Double#parseDouble}, the oracle, bit for bit. */
class DecimalParserTest {
    private static void assertSameAsJdk(String text) {
        long expected = Double.doubleToRawLongBits(Double.parseDouble(text));
        long actual = Double.doubleToRawLongBits(DecimalParser.parse(text));
        assertEquals(expected, actual, () -> text + ": expected " + Double.parseDouble(text) + " got " + DecimalParser.parse(text));
    }

    @Test
    void plainDecimalsReadAsTheJdkReadsThem() {
        for (String text : new String[] {"0", "-0", "+0", "0.0", "-0.000", "1", "-1", "0.1", "0.2", "0.3", ".5", "5.", "-.25",
                "3.14159", "123456789012345", "1234567890123456", "12345678901234567890", "0.1e1", "1e22", "1e23",
                "1E-5", "2.5e+3", "9007199254740993", "9007199254740992.5", "0.000000000000000000001", "1e-22", "1e-23",
                "00012.500", "123.456e-2", "4.35", "1.0000000000000002", "0.30000000000000004"}) {
            assertSameAsJdk(text);
        }
    }

    @Test
    void extremesOverflowUnderflowAndSubnormalsReadAsTheJdkReadsThem() {
        for (String text : new String[] {"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
                "1.8e308", "1e309", "1e400", "1e1000000", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
                "2.5e-324", "1e-324", "1e-325", "1e-400", "1e-1000000", "2.2250738585072011e-308", "2.2250738585072012e-308",
                "2.2250738585072014e-308", "2.225073858507201e-308", "4.9406564584124654e-324", "1.5e-323",
                "123e-330", "0.0000001e-317"}) {
            assertSameAsJdk(text);
        }
    }

    @Test
    void exactHalfwayPointsRoundToEvenAndAnythingAboveRoundsUp() {
        Random random = new Random(7);
        for (int k = 0; k < 2000; k++) {
            double d = Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
            double next = Math.nextUp(d);
            BigDecimal half = new BigDecimal(d).add(new BigDecimal(next)).divide(BigDecimal.valueOf(2));
            assertSameAsJdk(half.toString());
            assertSameAsJdk(half.toPlainString().length() < 900 ? half.toPlainString() : half.toString());
            assertSameAsJdk(half.add(half.ulp()).toString());
            assertSameAsJdk(half.subtract(half.ulp()).toString());
        }
    }

    @Test
    void randomDecimalsOfEveryLengthAndScaleReadAsTheJdkReadsThem() {
        Random random = new Random(11);
        for (int k = 0; k < 20000; k++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(k % 10 == 0 ? 60 : 20);
            int dot = random.nextInt(digits + 1);
            for (int i = 0; i < digits; i++) {
                if (i == dot) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.append('e').append(random.nextInt(700) - 350);
            }
            assertSameAsJdk(text.toString());
        }
    }

    @Test
    void moreThanEightHundredDigitsStillRoundCorrectly() {
        String halfMin = new BigDecimal(Double.MIN_VALUE).divide(BigDecimal.valueOf(2)).toPlainString();
        assertSameAsJdk(halfMin);
        assertSameAsJdk(halfMin + "0000000000000000000000000000000000000001");
        assertSameAsJdk("1." + "0".repeat(900) + "1");
        assertSameAsJdk("9".repeat(1200));
        assertSameAsJdk("0." + "9".repeat(1200));
        double d = 0.1;
        String exactHalf = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2)).toPlainString();
        assertSameAsJdk(exactHalf + "0".repeat(900));
        assertSameAsJdk(exactHalf + "0".repeat(900) + "1");
    }

    @Test
    void anythingButAPlainDecimalIsRefused() {
        for (String text : new String[] {"", "-", ".", "e5", "1e", "1e+", "0x10", "1.2.3", "1,5", " 1", "1 ", "NaN", "Infinity", "1d"}) {
            assertThrows(NumberFormatException.class, () -> DecimalParser.parse(text), text);
        }
    }
}
