package dev.chainrule.client;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** The page's KaTeX (window.katex), when it is loaded. */
final class Katex {
    private Katex() {
    }

    @JSBody(script = "return typeof window.katex === 'object' && window.katex !== null"
            + " && typeof window.katex.render === 'function';")
    static native boolean isPresent();

    /** Renders TeX into the element; returns false (leaving the element as it was) when KaTeX fails. */
    @JSBody(params = { "tex", "element" }, script = "try { window.katex.render(tex, element, {throwOnError: false});"
            + " return true; } catch (e) { return false; }")
    static native boolean render(String tex, HTMLElement element);

    /**
     * A label's math: typeset now when KaTeX is in the page; otherwise {@code fallback} as text now and the math once
     * KaTeX has come (a page may load it after the widgets, so that they do not wait for it), or never, if it fails.
     */
    static void label(String tex, HTMLElement element, String fallback) {
        if (tex == null) {
            Dom.setText(element, fallback);
        } else if (isPresent()) {
            if (!render(tex, element)) {
                Dom.setText(element, fallback);
            }
        } else {
            Dom.setText(element, fallback);
            later(tex, element);
        }
    }

    @JSBody(params = { "tex", "element" }, script = "var queue = self.chainruleMathLater;"
            + " if (!queue) { queue = self.chainruleMathLater = [];"
            + "   var run = function () { if (typeof window.katex !== 'object' || !window.katex) return;"
            + "     queue.splice(0).forEach(function (job) { var box = document.createElement('span');"
            + "       try { window.katex.render(job[0], box, {throwOnError: false}); } catch (e) { return; }"
            + "       job[1].textContent = ''; while (box.firstChild) job[1].appendChild(box.firstChild); }); };"
            + "   document.addEventListener('DOMContentLoaded', run); window.addEventListener('load', run); }"
            + " queue.push([tex, element]);")
    private static native void later(String tex, HTMLElement element);
}
