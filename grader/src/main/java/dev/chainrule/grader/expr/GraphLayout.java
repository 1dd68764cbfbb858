package dev.chainrule.grader.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places the boxes of a computational graph in layers, left to right. An operation's layer is the longest path to it
 * from a leaf; a leaf (parameter or constant) is drawn one layer before its first user, so its arrow is short. Within
 * a layer, boxes are ordered by the mean height of their neighbours (a few barycentre sweeps) and then pulled towards
 * the height of their inputs, so a chain of single-input nodes reads as a straight line. The server's lesson figures
 * and the client's graph widget draw with it, each with its own spacing.
 */
public final class GraphLayout {

    /** The gaps between layers and between boxes of a layer, and the margin around the drawing. */
    public record Spacing(double column, double row, double margin) {
    }

    /** One box to place: its size and the indices of its inputs (earlier boxes). */
    public record Box(double width, double height, List<Integer> inputs) {
        public Box {
            inputs = List.copyOf(inputs);
        }
    }

    /** The placed boxes (top-left corners, same order as given), their layers and the drawing's size. */
    public record Placed(List<Integer> layers, double[] x, double[] y, double width, double height) {
    }

    private GraphLayout() {
    }

    /** Layers by the rule above; {@code boxes} are in topological order (inputs first). */
    public static List<Integer> layers(List<Box> boxes) {
        int n = boxes.size();
        int[] layer = new int[n];
        List<List<Integer>> users = users(boxes);
        for (int i = 0; i < n; i++) {
            int deepest = -1;
            for (int input : boxes.get(i).inputs()) {
                deepest = Math.max(deepest, layer[input]);
            }
            layer[i] = deepest + 1;
        }
        for (int i = 0; i < n; i++) {
            if (boxes.get(i).inputs().isEmpty() && !users.get(i).isEmpty()) {
                layer[i] = users.get(i).stream().mapToInt(u -> layer[u]).min().orElse(1) - 1;
            }
        }
        List<Integer> result = new ArrayList<>();
        for (int value : layer) {
            result.add(value);
        }
        return List.copyOf(result);
    }

    public static Placed place(List<Box> boxes, Spacing spacing) {
        int n = boxes.size();
        List<Integer> layerOf = layers(boxes);
        int layerCount = layerOf.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<Integer>> columns = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            columns.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            columns.get(layerOf.get(i)).add(i);
        }
        List<List<Integer>> users = users(boxes);
        double[] centre = new double[n];
        columns.forEach(column -> stack(column, boxes, centre, null, spacing));
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int l = 1; l < layerCount; l++) {
                order(columns.get(l), centre, i -> boxes.get(i).inputs());
                stack(columns.get(l), boxes, centre, null, spacing);
            }
            for (int l = layerCount - 2; l >= 0; l--) {
                order(columns.get(l), centre, users::get);
                stack(columns.get(l), boxes, centre, null, spacing);
            }
        }
        for (int l = 1; l < layerCount; l++) {
            stack(columns.get(l), boxes, centre, i -> mean(boxes.get(i).inputs(), centre), spacing);
        }
        for (int l = layerCount - 1; l >= 0; l--) {
            stack(columns.get(l), boxes, centre, i -> boxes.get(i).inputs().isEmpty() ? mean(users.get(i), centre) : Double.NaN, spacing);
        }

        double[] x = new double[n];
        double[] y = new double[n];
        double left = spacing.margin();
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (List<Integer> column : columns) {
            double width = column.stream().mapToDouble(i -> boxes.get(i).width()).max().orElse(0);
            for (int i : column) {
                x[i] = left + (width - boxes.get(i).width()) / 2;
                y[i] = centre[i] - boxes.get(i).height() / 2;
                top = Math.min(top, y[i]);
                bottom = Math.max(bottom, y[i] + boxes.get(i).height());
            }
            left += width + spacing.column();
        }
        double shift = spacing.margin() - (n == 0 ? 0 : top);
        for (int i = 0; i < n; i++) {
            y[i] += shift;
        }
        double height = n == 0 ? 2 * spacing.margin() : bottom - top + 2 * spacing.margin();
        return new Placed(layerOf, x, y, left - spacing.column() + spacing.margin(), height);
    }

    private interface Neighbours {
        List<Integer> of(int box);
    }

    private interface Target {
        double of(int box);
    }

    private static List<List<Integer>> users(List<Box> boxes) {
        List<List<Integer>> users = new ArrayList<>();
        boxes.forEach(b -> users.add(new ArrayList<>()));
        for (int i = 0; i < boxes.size(); i++) {
            for (int input : boxes.get(i).inputs()) {
                if (!users.get(input).contains(i)) {
                    users.get(input).add(i);
                }
            }
        }
        return users;
    }

    /** Sorts a column by the mean centre of each box's neighbours; boxes without neighbours keep their place's centre. */
    private static void order(List<Integer> column, double[] centre, Neighbours neighbours) {
        double[] key = new double[centre.length];
        for (int i : column) {
            double m = mean(neighbours.of(i), centre);
            key[i] = Double.isNaN(m) ? centre[i] : m;
        }
        column.sort(Comparator.comparingDouble(i -> key[i]));
    }

    private static double mean(List<Integer> boxes, double[] centre) {
        return boxes.isEmpty() ? Double.NaN : boxes.stream().mapToDouble(i -> centre[i]).average().orElse(Double.NaN);
    }

    /**
     * Sets the centres of a column's boxes, in its order, without overlap: towards {@code target} (NaN keeps the current
     * centre), or stacked around 0 when {@code target} is null. Boxes are pushed down where they would overlap, then the
     * column moves up by the mean push so no box drifts far from its target.
     */
    private static void stack(List<Integer> column, List<Box> boxes, double[] centre, Target target, Spacing spacing) {
        if (column.isEmpty()) {
            return;
        }
        double[] wanted = new double[column.size()];
        if (target == null) {
            double total = column.stream().mapToDouble(i -> boxes.get(i).height()).sum() + spacing.row() * (column.size() - 1);
            double top = -total / 2;
            for (int k = 0; k < column.size(); k++) {
                double h = boxes.get(column.get(k)).height();
                wanted[k] = top + h / 2;
                top += h + spacing.row();
            }
        } else {
            for (int k = 0; k < column.size(); k++) {
                double t = target.of(column.get(k));
                wanted[k] = Double.isNaN(t) ? centre[column.get(k)] : t;
            }
        }
        double[] placed = pushDown(column, boxes, wanted, spacing);
        double push = 0;
        for (int k = 0; k < column.size(); k++) {
            push += placed[k] - wanted[k];
        }
        push /= column.size();
        for (int k = 0; k < column.size(); k++) {
            wanted[k] -= push;
        }
        placed = pushDown(column, boxes, wanted, spacing);
        for (int k = 0; k < column.size(); k++) {
            centre[column.get(k)] = placed[k];
        }
    }

    private static double[] pushDown(List<Integer> column, List<Box> boxes, double[] wanted, Spacing spacing) {
        double[] placed = new double[column.size()];
        double floor = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < column.size(); k++) {
            double h = boxes.get(column.get(k)).height();
            placed[k] = Math.max(wanted[k], floor + h / 2);
            floor = placed[k] + h / 2 + spacing.row();
        }
        return placed;
    }
}
