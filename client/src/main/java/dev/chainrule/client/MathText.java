package dev.chainrule.client;

import org.teavm.jso.dom.html.HTMLElement;

/** Text with inline {@code $...$} math: the plain parts as text, the math typeset by the page's KaTeX. */
final class MathText {
    private MathText() {
    }

    /** Fills {@code target}; with unbalanced dollars, or without KaTeX, the math stays as its source text. */
    static void render(HTMLElement target, String text) {
        int dollars = 0;
        for (int i = 0; i < text.length(); i++) {
            dollars += text.charAt(i) == '$' ? 1 : 0;
        }
        if (dollars == 0 || dollars % 2 != 0) {
            target.appendChild(Dom.text(text));
            return;
        }
        boolean math = false;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '$') {
                continue;
            }
            String part = text.substring(start, i);
            if (math && !part.isEmpty()) {
                HTMLElement span = Dom.element("span", "math");
                Katex.label(part, span, part);
                target.appendChild(span);
            } else if (!part.isEmpty()) {
                target.appendChild(Dom.text(part));
            }
            math = !math;
            start = i + 1;
        }
    }
}
