package dev.chainrule.content;

import dev.chainrule.grader.exercise.Derivative;
import dev.chainrule.grader.expr.ExpressionException;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.Program;
import dev.chainrule.grader.util.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces {@code {{name.node}}}, {@code {{name.dOUT/dNODE}}} and {@code {{name.node:6}}} in a lesson body by the
 * numbers the engine computes for its worked examples, so no hand-typed figure can drift from the engine.
 */
final class WorkedReferences {
    /** Significant digits when a reference does not say. */
    static final int DEFAULT_DIGITS = 4;

    private final String file;
    private final Map<String, WorkedExample> examples;
    private final Map<String, Graph> graphs = new LinkedHashMap<>();

    WorkedReferences(String file, Map<String, WorkedExample> examples) {
        this.file = file;
        this.examples = examples;
    }

    /** Checks an example's graph and values; {@code graphLine} is the file line of its 'graph:' key. */
    static void validate(String file, WorkedExample example, int graphLine, int valuesLine) {
        Program program;
        try {
            program = Program.parse(example.graph());
        } catch (ExpressionException e) {
            throw new ContentException(file, graphLine + e.line(), "worked example '" + example.name() + "': " + e.getMessage());
        }
        for (String p : program.parameters()) {
            if (!example.values().containsKey(p)) {
                throw new ContentException(file, valuesLine, "worked example '" + example.name() + "': no value for parameter '" + p + "'");
            }
        }
        for (String v : example.values().keySet()) {
            if (!program.parameters().contains(v)) {
                throw new ContentException(file, valuesLine, "worked example '" + example.name() + "': '" + v
                        + "' is not a parameter of its graph");
            }
        }
    }

    /** The body with every reference replaced; {@code firstLine} is the file line of the body's first line. */
    String resolve(String body, int firstLine) {
        StringBuilder out = new StringBuilder(body.length());
        int line = firstLine;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' && body.startsWith("{{", i)) {
                int end = body.indexOf("}}", i + 2);
                int newline = body.indexOf('\n', i);
                if (end < 0 || (newline >= 0 && newline < end)) {
                    throw new ContentException(file, line, "'{{' is not closed by '}}' on the same line");
                }
                out.append(number(body.substring(i + 2, end).strip(), line));
                i = end + 2;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private String number(String reference, int line) {
        int digits = DEFAULT_DIGITS;
        String target = reference;
        int colon = reference.lastIndexOf(':');
        if (colon >= 0) {
            target = reference.substring(0, colon).strip();
            try {
                digits = Integer.parseInt(reference.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                digits = -1;
            }
            if (digits < 1 || digits > 12) {
                throw new ContentException(file, line, "'{{" + reference + "}}': digits after ':' must be 1 to 12");
            }
        }
        int dot = target.indexOf('.');
        if (dot <= 0) {
            throw new ContentException(file, line, "'{{" + reference + "}}' should read {{example.node}} or {{example.dOUT/dNODE}}");
        }
        String name = target.substring(0, dot);
        String what = target.substring(dot + 1);
        WorkedExample example = examples.get(name);
        if (example == null) {
            throw new ContentException(file, line, "'{{" + reference + "}}': no worked example named '" + name + "' (declared: "
                    + String.join(", ", examples.keySet()) + ")");
        }
        return significant(value(example, what, reference, line), digits);
    }

    /**
     * {@code digits} significant digits, keeping trailing zeros (0.4580, as a table of 4-digit figures should read),
     * except for values that are exactly shorter (an input of 1.5 stays 1.5).
     */
    static String significant(double value, int digits) {
        String trimmed = Numbers.formatSignificant(value, digits);
        if (Double.parseDouble(trimmed) == value || value == 0) {
            return trimmed;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        int decimals = Math.max(0, digits - 1 - magnitude);
        int dot = trimmed.indexOf('.');
        int have = dot < 0 ? 0 : trimmed.length() - dot - 1;
        StringBuilder out = new StringBuilder(trimmed);
        if (have < decimals && dot < 0) {
            out.append('.');
        }
        for (int i = have; i < decimals; i++) {
            out.append('0');
        }
        return out.toString();
    }

    private double value(WorkedExample example, String what, String reference, int line) {
        Graph graph = graphs.computeIfAbsent(example.name(), n -> Graph.build(Program.parse(example.graph()), example.values()));
        Derivative d = what.indexOf('/') >= 0 ? Derivative.parse(what) : null;
        if (what.indexOf('/') >= 0 && d == null) {
            throw new ContentException(file, line, "'{{" + reference + "}}': '" + what + "' is not a derivative like dP/dw1");
        }
        String node = d == null ? what : d.of();
        for (String n : d == null ? new String[] {node} : new String[] {d.of(), d.wrt()}) {
            if (!graph.nodes().containsKey(n)) {
                throw new ContentException(file, line, "'{{" + reference + "}}': worked example '" + example.name()
                        + "' has no node '" + n + "'");
            }
        }
        if (d == null) {
            return graph.node(node).data();
        }
        // a fresh graph per derivative: a backward pass leaves gradients only where its output reaches
        Graph fresh = Graph.build(Program.parse(example.graph()), example.values());
        fresh.node(d.of()).backward();
        return fresh.node(d.wrt()).grad();
    }
}
