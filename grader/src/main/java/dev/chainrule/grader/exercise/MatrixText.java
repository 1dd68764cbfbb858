package dev.chainrule.grader.exercise;

import dev.chainrule.grader.util.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a matrix typed by a learner: rows separated by ';' or new lines (or written as [[1, 2], [3, 4]]),
 * entries by spaces or commas. The result is the rows, or an error clause in the learner's language.
 */
final class MatrixText {
    /** The rows read, or null with {@link #error} set. */
    final List<double[]> rows;
    final String error;

    private MatrixText(List<double[]> rows, String error) {
        this.rows = rows;
        this.error = error;
    }

    static MatrixText parse(String raw, Feedback say) {
        if (raw == null || raw.trim().isEmpty()) {
            return new MatrixText(null, say.noMatrix());
        }
        if (raw.length() > 2_000) {
            return new MatrixText(null, say.matrixTooLong());
        }
        List<List<String>> tokens = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= raw.length(); i++) {
            char c = i == raw.length() ? ';' : raw.charAt(i);
            boolean rowEnd = c == ';' || c == '\n' || c == ']';
            boolean separator = rowEnd || c == ' ' || c == ',' || c == '\t' || c == '\r' || c == '[';
            if (!separator) {
                token.append(c);
                continue;
            }
            if (token.length() > 0) {
                row.add(token.toString());
                token.setLength(0);
            }
            if (rowEnd && !row.isEmpty()) {
                tokens.add(row);
                row = new ArrayList<>();
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < tokens.size(); r++) {
            List<String> cells = tokens.get(r);
            if (r > 0 && cells.size() != tokens.get(0).size()) {
                return new MatrixText(null, say.raggedRow(r + 1, cells.size(), tokens.get(0).size()));
            }
            double[] values = new double[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                Numbers.Input in = Numbers.parse(cells.get(c));
                if (in.kind() != Numbers.InputKind.NUMBER) {
                    String cell = cells.get(c).length() > 16 ? cells.get(c).substring(0, 16) + "…" : cells.get(c);
                    return new MatrixText(null, say.entryNotFinite(r + 1, c + 1, "'" + cell + "'"));
                }
                values[c] = in.value();
            }
            rows.add(values);
        }
        return new MatrixText(rows, null);
    }

    int rowCount() {
        return rows.size();
    }

    int colCount() {
        return rows.get(0).length;
    }
}
