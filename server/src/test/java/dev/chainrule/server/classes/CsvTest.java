package dev.chainrule.server.classes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void plainTextIsWrittenAsIs() {
        assertEquals("ada@example.org", Csv.text("ada@example.org"));
        assertEquals("", Csv.text(null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", Csv.text("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.text("two\nlines"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertEquals("'=1+1", Csv.text("=1+1"));
        assertEquals("'+1", Csv.text("+1"));
        assertEquals("'-2", Csv.text("-2"));
        assertEquals("'@SUM(A1)", Csv.text("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", Csv.text("=HYPERLINK(\"x\",\"y\")"));
    }

    @Test
    void numbersKeepAtMostFourDecimalsAndLinesEndWithCrLf() {
        assertEquals("0.5", Csv.number(0.5));
        assertEquals("1", Csv.number(1.0));
        assertEquals("0.3333", Csv.number(1 / 3.0));
        assertEquals("", Csv.number(null));
        assertEquals("a,b\r\n", Csv.line(List.of("a", "b")));
    }
}
