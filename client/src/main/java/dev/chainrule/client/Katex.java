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
}
