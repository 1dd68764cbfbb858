package dev.chainrule.server.exercise;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.util.Numbers;
import dev.chainrule.server.course.ServedCourse;
import dev.chainrule.server.progress.Progress;
import dev.chainrule.server.web.Html;
import dev.chainrule.server.web.Json;
import dev.chainrule.server.web.Messages;

import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Renders the exercise box a lesson page shows in place of an {@code exercise} block, with the learner's variant embedded
 * as JSON and its numbers as math: a line of parameters for graph kinds, the matrices x, U^(l), d for {@code layer},
 * nothing for {@code choice} and {@code experiment}.
 */
public final class ExerciseBox {

    private final ObjectMapper mapper;

    public ExerciseBox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The box for {@code exerciseId} with {@code variant}, or a visible notice when the course has no such exercise. */
    public String render(ServedCourse served, Messages messages, String exerciseId, Optional<StoredVariant> variant) {
        return render(served, messages, exerciseId, variant, null);
    }

    /** The same, with a mark after the title when {@code best} (the learner's best score, or null) shows it solved or tried. */
    public String render(ServedCourse served, Messages messages, String exerciseId, Optional<StoredVariant> variant, Double best) {
        Optional<ExerciseSpec> spec = served.course().exercise(exerciseId);
        if (spec.isEmpty() || variant.isEmpty()) {
            return "<p class=\"exercise-missing\">" + escape(messages.get("exercise.missing", exerciseId)) + "</p>\n";
        }
        ExerciseView view = ExerciseViews.of(spec.get(), variant.get());
        String id = escape(view.id());
        return "<section class=\"exercise\" id=\"exercise-" + id + "\" data-exercise-id=\"" + id + "\">\n"
                + "<h3>" + escape(view.title()) + mark(best, messages) + "</h3>\n"
                + "<div class=\"exercise-prompt\">" + served.prompt(view.id()).orElse("") + "</div>\n"
                + numbersLine(view, messages)
                + "<script type=\"application/json\" class=\"exercise-variant\">" + Json.forScriptElement(mapper, view) + "</script>\n"
                + "<div class=\"exercise-widget\"><noscript>" + escape(messages.get("exercise.noscript")) + "</noscript></div>\n"
                + "</section>\n";
    }

    /** "Done" after a solved exercise's title, the best score after a tried one, nothing otherwise. */
    private static String mark(Double best, Messages messages) {
        if (best == null) {
            return "";
        }
        if (Progress.solved(best)) {
            return " <span class=\"exercise-mark done\">" + escape(messages.get("exercise.done")) + "</span>";
        }
        return " <span class=\"exercise-mark tried\">" + escape(messages.get("exercise.best", Math.round(best * 100))) + "</span>";
    }

    /** The variant's numbers as a line of math, or nothing for kinds without numbers. */
    private static String numbersLine(ExerciseView view, Messages messages) {
        String tex;
        if (view.members() instanceof KindMembers.Layer layer) {
            tex = LayerMatrices.tex(layer.sizes(), layer.samples(), view.params());
        } else if (view.members() instanceof KindMembers.Choice || view.members() instanceof KindMembers.Experiment) {
            return "";
        } else {
            tex = paramsTex(view.params());
        }
        return "<p class=\"exercise-params\">" + escape(messages.get("exercise.params")) + " "
                + "<span class=\"math math-inline\">" + escape(tex) + "</span></p>\n";
    }

    /** {@code x = 1.5,\quad w_{1} = -0.3}: names with trailing digits as subscripts, values as written. */
    static String paramsTex(Map<String, Double> params) {
        StringJoiner tex = new StringJoiner(",\\quad ");
        params.forEach((name, value) -> tex.add(nameTex(name) + " = " + number(value)));
        return tex.toString();
    }

    static String nameTex(String name) {
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        if (digits == 0) {
            return name;
        }
        String base = name.substring(0, digits);
        String tex = base.length() > 1 ? "\\mathit{" + base + "}" : base;
        return digits == name.length() ? tex : tex + "_{" + name.substring(digits) + "}";
    }

    /** At most six decimals, no trailing zeros: variants are drawn with at most six. */
    static String number(double value) {
        return Numbers.format(value, 6);
    }

    private static String escape(String text) {
        return Html.escape(text);
    }
}
