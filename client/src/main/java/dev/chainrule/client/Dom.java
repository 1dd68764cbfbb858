package dev.chainrule.client;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Small DOM helpers shared by the widgets. */
final class Dom {
    private Dom() {
    }

    static HTMLElement element(String tag, String className) {
        HTMLElement element = HTMLDocument.current().createElement(tag);
        if (className != null) {
            element.setClassName(className);
        }
        return element;
    }

    static void setText(HTMLElement element, String text) {
        element.setTextContent(text);
    }

    static void removeChildren(HTMLElement element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }

    /** Content of {@code <meta name="NAME" content="...">}, or null when the page has none. */
    static String metaContent(String name) {
        HTMLElement meta = HTMLDocument.current().querySelector("meta[name=\"" + name + "\"]");
        return meta == null ? null : meta.getAttribute("content");
    }

    @JSBody(params = "message", script = "if (typeof console !== 'undefined') console.error(message);")
    static native void logError(String message);
}
