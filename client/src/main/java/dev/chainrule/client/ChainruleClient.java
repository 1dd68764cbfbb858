package dev.chainrule.client;

import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Entry point, called by chainrule-boot.js: finds every exercise section of the lesson page and mounts its widget.
 * One broken exercise shows its own error and does not stop the others. Compiled twice, to JavaScript and to
 * WebAssembly GC, with the same entry points ({@code main} and {@link #chainruleGrade}); the loader publishes them
 * the same way for both.
 */
public final class ChainruleClient {
    static final String EXERCISE_SELECTOR = "section.exercise";
    static final String READY_ATTRIBUTE = "data-client-ready";
    static final String ERROR_ATTRIBUTE = "data-client-error";

    private ChainruleClient() {
    }

    public static void main(String[] args) {
        Messages.use(Language.byTag(pageLanguage()));
        NodeList<? extends HTMLElement> sections = HTMLDocument.current().querySelectorAll(EXERCISE_SELECTOR);
        for (int i = 0; i < sections.getLength(); i++) {
            HTMLElement section = sections.get(i);
            if ("true".equals(section.getAttribute(READY_ATTRIBUTE))) {
                continue;
            }
            mount(section);
        }
        SubmissionQueue.start(); // after the widgets listen: what an earlier page left waiting is sent now
    }

    /**
     * Grades {@code answersJson} (field -> answer) against a variant given as the page's JSON and returns the verdict as
     * JSON: what the widget computes, without the DOM. The browser half of the golden parity test.
     */
    @JSExport
    public static String chainruleGrade(String variantJson, String answersJson) {
        ExerciseVariant variant = PageData.parse(variantJson);
        JSObject parsed = Json.parseOrNull(answersJson);
        Map<String, String> answers = new LinkedHashMap<>();
        if (parsed != null && Json.isObject(parsed)) {
            for (String key : Json.keys(parsed)) {
                answers.put(key, text(Json.member(parsed, key)));
            }
        }
        return VerdictJson.write(Exercises.check(variant.spec(), variant.params(), answers, Messages.language()));
    }

    /** The page's language: {@code <html lang="ko">} (the server sets it); "" when it has none. */
    @JSBody(script = "return document.documentElement.lang || '';")
    private static native String pageLanguage();

    /**
     * The engine benchmark: {@code iterations} forward and backward passes of {@link EngineBenchmark}; returns the
     * checksum so the work cannot be skipped (bench/browser times it from outside).
     */
    @JSExport
    public static double chainruleBenchmark(int iterations) {
        return EngineBenchmark.run(iterations);
    }

    @JSBody(params = "value", script = "return value === null || value === undefined ? null : String(value);")
    private static native String text(JSObject value);

    private static void mount(HTMLElement section) {
        HTMLElement container = section.querySelector(".exercise-widget");
        HTMLElement data = section.querySelector("script.exercise-variant");
        if (container == null) {
            section.setAttribute(ERROR_ATTRIBUTE, "no .exercise-widget element");
            return;
        }
        try {
            if (data == null) {
                throw new PageDataException("no <script class=\"exercise-variant\"> element");
            }
            ExerciseVariant variant = PageData.parse(data.getTextContent());
            new ExerciseWidget(variant, idPrefix(section, variant)).render(container);
            section.setAttribute(READY_ATTRIBUTE, "true");
        } catch (PageData.UnsupportedKind e) {
            showProblem(section, container, Messages.get(UiText.UNSUPPORTED_KIND) + e.kind);
        } catch (PageDataException e) {
            showProblem(section, container, Messages.get(UiText.BROKEN_EXERCISE) + e.getMessage());
        }
    }

    private static String idPrefix(HTMLElement section, ExerciseVariant variant) {
        String id = section.getId();
        return id != null && !id.isEmpty() ? id : "exercise-" + variant.id();
    }

    private static void showProblem(HTMLElement section, HTMLElement container, String message) {
        Dom.logError("chainrule: " + message);
        section.setAttribute(ERROR_ATTRIBUTE, message);
        HTMLElement paragraph = Dom.element("p", "exercise-result");
        paragraph.setAttribute("data-status", ExerciseWidget.STATUS_ERROR);
        Dom.setText(paragraph, message);
        Dom.removeChildren(container);
        container.appendChild(paragraph);
    }
}
