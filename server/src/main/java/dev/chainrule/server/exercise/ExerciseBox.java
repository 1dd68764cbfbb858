package dev.chainrule.server.exercise;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.util.Numbers;
import dev.chainrule.server.course.ServedCourse;
import dev.chainrule.server.progress.Progress;
import dev.chainrule.server.web.Html;
import dev.chainrule.server.web.Json;
import dev.chainrule.server.web.Messages;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Renders the exercise box a lesson page shows in place of an {@code exercise} block, with the learner's variant embedded
 * as JSON and its numbers as math: a line of parameters for graph kinds, the matrices x, U^(l), d for {@code layer},
 * nothing for {@code choice} and {@code experiment}.
 *
 * <p>A box depends only on the served course, the exercise and the variant's seed and number (and on the learner's
 * best score, which goes between two halves), so the most recently shown boxes are kept: a learner going back to a
 * lesson gets them without regenerating the variant and writing its JSON again.
 */
public final class ExerciseBox {

    /** How many boxes are kept: a few kilobytes each. */
    static final int KEPT = 2048;

    private final ObjectMapper mapper;
    private final Map<BoxKey, Halves> kept = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BoxKey, Halves> eldest) {
            return size() > KEPT;
        }
    });

    public ExerciseBox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A box's HTML before and after the learner's mark, as UTF-8. */
    private record Halves(byte[] head, byte[] tail) {
        Halves(String head, String tail) {
            this(head.getBytes(StandardCharsets.UTF_8), tail.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A served course by identity (its own equality would compare the whole course), an exercise and a variant. */
    private record BoxKey(Identity served, String exerciseId, long seed, int number) {
    }

    private record Identity(ServedCourse served) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.served == served;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(served);
        }
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
        Halves halves = halves(served, messages, spec.get(), variant.get());
        return new String(halves.head(), StandardCharsets.UTF_8) + mark(best, messages) + new String(halves.tail(), StandardCharsets.UTF_8);
    }

    /** The same box as UTF-8 parts. */
    public List<byte[]> parts(ServedCourse served, Messages messages, String exerciseId, Optional<StoredVariant> variant, Double best) {
        Optional<ExerciseSpec> spec = served.course().exercise(exerciseId);
        if (spec.isEmpty() || variant.isEmpty()) {
            return List.of(render(served, messages, exerciseId, variant, best).getBytes(StandardCharsets.UTF_8));
        }
        Halves halves = halves(served, messages, spec.get(), variant.get());
        String mark = mark(best, messages);
        return mark.isEmpty() ? List.of(halves.head(), halves.tail())
                : List.of(halves.head(), mark.getBytes(StandardCharsets.UTF_8), halves.tail());
    }

    private Halves halves(ServedCourse served, Messages messages, ExerciseSpec spec, StoredVariant variant) {
        BoxKey key = new BoxKey(new Identity(served), spec.id(), variant.seed(), variant.number());
        Halves halves = kept.get(key);
        if (halves == null) {
            halves = render(served, messages, spec, variant);
            kept.put(key, halves);
        }
        return halves;
    }

    private Halves render(ServedCourse served, Messages messages, ExerciseSpec spec, StoredVariant variant) {
        ExerciseView view = ExerciseViews.of(spec, variant);
        String id = escape(view.id());
        return new Halves("<section class=\"exercise\" id=\"exercise-" + id + "\" data-exercise-id=\"" + id + "\">\n"
                + "<h3>" + escape(view.title()),
                "</h3>\n"
                + "<div class=\"exercise-prompt\">" + served.prompt(view.id()).orElse("") + "</div>\n"
                + numbersLine(view, messages)
                + "<script type=\"application/json\" class=\"exercise-variant\">" + Json.forScriptElement(mapper, view) + "</script>\n"
                + "<div class=\"exercise-widget\"><noscript>" + escape(messages.get("exercise.noscript")) + "</noscript></div>\n"
                + "</section>\n");
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
