package dev.chainrule.server.exercise;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Writes a layer exercise's numbers as KaTeX matrices: inputs x (one column per sample), weights U^(l), targets d. */
final class LayerMatrices {

    private LayerMatrices() {
    }

    /** {@code x = \begin{bmatrix}...\end{bmatrix},\quad U^{(1)} = ...,\quad d = ...} from params named {@code x[i,s]}, {@code U1[i,j]}, {@code d[i,s]}. */
    static String tex(List<Integer> sizes, int samples, Map<String, Double> params) {
        int layers = sizes.size() - 1;
        StringJoiner tex = new StringJoiner(",\\quad ");
        tex.add("x = " + matrix(params, "x", sizes.get(0), samples));
        for (int l = 1; l <= layers; l++) {
            tex.add("U^{(" + l + ")} = " + matrix(params, "U" + l, sizes.get(l), sizes.get(l - 1)));
        }
        tex.add("d = " + matrix(params, "d", sizes.get(layers), samples));
        return tex.toString();
    }

    static String matrix(Map<String, Double> params, String name, int rows, int cols) {
        StringJoiner body = new StringJoiner(" \\\\ ");
        for (int i = 0; i < rows; i++) {
            StringJoiner row = new StringJoiner(" & ");
            for (int j = 0; j < cols; j++) {
                Double value = params.get(name + "[" + i + "," + j + "]");
                if (value == null) {
                    throw new IllegalArgumentException("no parameter " + name + "[" + i + "," + j + "]");
                }
                row.add(ExerciseBox.number(value));
            }
            body.add(row.toString());
        }
        return "\\begin{bmatrix}" + body + "\\end{bmatrix}";
    }
}
