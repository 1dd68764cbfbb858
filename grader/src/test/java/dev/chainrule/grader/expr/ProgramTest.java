package dev.chainrule.grader.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramTest {
    private static final String TWO_NEURONS = """
            p1 = w1 * x
            y  = sigmoid(p1)
            p2 = w2 * y
            z  = sigmoid(p2)
            P  = -0.5 * (d - z)^2
            """;

    private static double value(String source, Map<String, Double> params, String node) {
        return Graph.build(Program.parse(source), params).node(node).data();
    }

    private static ExpressionException error(String source) {
        return assertThrows(ExpressionException.class, () -> Program.parse(source));
    }

    @Test
    void parametersAreTheNamesNeverAssignedInOrderOfFirstUse() {
        Program p = Program.parse(TWO_NEURONS);
        assertEquals(List.of("w1", "x", "w2", "d"), p.parameters());
        assertEquals(List.of("w1", "x", "w2", "d", "p1", "y", "p2", "z", "P"), p.names());
        assertEquals("P", p.output());
    }

    @Test
    void twoNeuronNetworkEvaluatesToTheHandWorkedValues() {
        // x = 2, w1 = 0.5, w2 = 1, d = 1: p1 = 1, y = sigmoid(1) = 0.7311, p2 = 0.7311,
        // z = sigmoid(0.7311) = 0.6750, P = -0.5 * (1 - 0.6750)^2 = -0.05280.
        Map<String, Double> at = Map.of("x", 2.0, "w1", 0.5, "w2", 1.0, "d", 1.0);
        assertEquals(0.7311, value(TWO_NEURONS, at, "y"), 5e-5);
        assertEquals(0.6750, value(TWO_NEURONS, at, "z"), 5e-5);
        assertEquals(-0.05280, value(TWO_NEURONS, at, "P"), 5e-6);
    }

    @Test
    void precedenceFollowsMathematicalConvention() {
        Map<String, Double> at = Map.of("x", 3.0, "y", 2.0);
        assertEquals(-9, value("f = -x^2", at, "f"));
        assertEquals(7, value("f = 1 + x * y", at, "f"));
        assertEquals(0.75, value("f = x / y / y", at, "f"));
        assertEquals(-1, value("f = x - y - y", at, "f"));
        assertEquals(1.0 / 9, value("f = x^-2", at, "f"), 1e-15);
        assertEquals(36, value("f = (x * y)^2", at, "f"));
        assertEquals(256, value("f = y^2^3", at, "f"));
        assertEquals(0.5, value("f = y^(-1)", at, "f"));
        assertEquals(Math.sqrt(3), value("f = x^(1/2)", at, "f"), 1e-15);
        assertEquals(5, value("f = max(x, y) + max(-x, -y) + max(x, 4)", at, "f"));
    }

    @Test
    void statementsMaySitOnOneLineSeparatedBySemicolonsWithComments() {
        Map<String, Double> at = Map.of("x", 3.0);
        assertEquals(0, value("a = x * 2; b = a - 6  # b is zero\n\n c = relu(b)", at, "c"));
        assertEquals(1e-3 * 3, value("a = 1e-3 * x", at, "a"), 1e-18);
        assertEquals(1.5, value("a = .5 * x", at, "a"));
    }

    @Test
    void singleExpressionParsesWithoutStatements() {
        Expr e = Program.parseExpression("z*(1-z)*w2");
        assertEquals(Expr.Binary.class, e.getClass());
    }

    @Test
    void unclosedParenthesisNamesWhereItWasOpened() {
        ExpressionException e = error("a = x\nb = max(a, (x + 1)\nc = b");
        assertEquals(2, e.line());
        assertEquals(19, e.column());
        assertEquals("line 2, column 19: expected ')' to close '(' opened at column 8, found end of line", e.getMessage());
    }

    @Test
    void errorsNameLineColumnAndWhatWasExpected() {
        assertEquals("line 1, column 3: expected '=' after 'a', found '*'", error("a * b").getMessage());
        assertEquals("line 2, column 5: expected a number, a name or '(', found end of input", error("a = 1\nb = ").getMessage());
        assertEquals("line 1, column 7: unexpected character '@'", error("a = b @ c").getMessage());
        assertEquals("line 1, column 5: unknown function 'sin' (known: sigmoid, tanh, relu, exp, log, max)", error("a = sin(x)").getMessage());
        assertEquals("line 1, column 5: max takes 2 arguments, found 1", error("a = max(x)").getMessage());
        assertEquals("line 1, column 7: the exponent after '^' must be a constant, like 2 or (-1); found a name", error("a = x^y").getMessage());
        assertEquals("line 1, column 7: the exponent after '^' must be a number between -100 and 100", error("a = x^1e9").getMessage());
        assertEquals("line 1, column 7: expected an operator, ';' or a new line after the expression, found name 'y'", error("a = x y").getMessage());
        assertEquals("line 2, column 1: 'a' is already defined on line 1", error("a = x\na = y").getMessage());
        assertEquals("line 1, column 5: 'b' is used before it is defined on line 2", error("a = b\nb = x").getMessage());
        assertEquals("line 1, column 1: 'exp' is a function and cannot be assigned", error("exp = x").getMessage());
        assertEquals("line 1, column 1: expected at least one statement like 'z = x * y'", error("# nothing\n").getMessage());
        assertEquals("line 1, column 6: expected digits after the exponent 'e'", error("a = 1e+").getMessage());
    }

    @Test
    void deeplyNestedAndOversizedSourcesAreRefusedWithAMessage() {
        String deep = "a = " + "(".repeat(500) + "x" + ")".repeat(500);
        assertEquals("expression nested more than 64 levels deep", error(deep).reason());
        String minus = "a = " + "-".repeat(500) + "x";
        assertEquals("expression nested more than 64 levels deep", error(minus).reason());
        assertEquals("source is longer than 20000 characters", error("a = x" + " ".repeat(20_000)).reason());
    }

    @Test
    void longFlatChainsEvaluateWithoutOverflowingTheStack() {
        String chain = "a = x" + " + x".repeat(4_000);
        assertEquals(4_001, value(chain, Map.of("x", 1.0), "a"));
    }

    @Test
    void missingParameterValueIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Graph.build(Program.parse("a = x * y"), Map.of("x", 1.0)));
        assertEquals("no value for parameter 'y'", e.getMessage());
    }
}
