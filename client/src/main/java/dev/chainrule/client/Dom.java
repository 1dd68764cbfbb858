package dev.chainrule.client;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/** Small DOM helpers shared by the widgets. */
final class Dom {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private Dom() {
    }

    static HTMLElement element(String tag, String className) {
        HTMLElement element = HTMLDocument.current().createElement(tag);
        if (className != null) {
            element.setClassName(className);
        }
        return element;
    }

    /** An SVG element (typed as HTMLElement for attribute and child access, which is all the chart uses). */
    @JSBody(params = "tag", script = "return document.createElementNS('http://www.w3.org/2000/svg', tag);")
    static native HTMLElement svg(String tag);

    static Node text(String text) {
        return HTMLDocument.current().createTextNode(text);
    }

    static void setText(HTMLElement element, String text) {
        element.setTextContent(text);
    }

    static void removeChildren(HTMLElement element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }

    /** The value of an input or textarea. */
    @JSBody(params = "control", script = "return control.value;")
    static native String value(HTMLElement control);

    @JSBody(params = "input", script = "return !!input.checked;")
    static native boolean isChecked(HTMLElement input);

    @JSBody(params = { "control", "disabled" }, script = "control.disabled = disabled;")
    static native void setDisabled(HTMLElement control, boolean disabled);

    /** Content of {@code <meta name="NAME" content="...">}, or null when the page has none. */
    static String metaContent(String name) {
        HTMLElement meta = HTMLDocument.current().querySelector("meta[name=\"" + name + "\"]");
        return meta == null ? null : meta.getAttribute("content");
    }

    /**
     * The width in px of {@code text} in a CSS {@code font}, measured on a canvas that is never shown; the font is set
     * only when it changes (parsing it on every call was a visible part of mounting the graph widgets).
     */
    @JSBody(params = { "text", "font" }, script = "var m = self.chainruleMeasure || (self.chainruleMeasure ="
            + " document.createElement('canvas').getContext('2d'));"
            + " if (self.chainruleMeasureFont !== font) { m.font = font; self.chainruleMeasureFont = font; }"
            + " return m.measureText(text).width;")
    static native double textWidth(String text, String font);

    /** The {@code key} of a keyboard event ("Enter", "ArrowRight", ...), or "" for any other event. */
    @JSBody(params = "event", script = "return typeof event.key === 'string' ? event.key : '';")
    static native String key(org.teavm.jso.dom.events.Event event);

    /** Whether Shift was held during a keyboard event. */
    @JSBody(params = "event", script = "return !!event.shiftKey;")
    static native boolean shiftKey(org.teavm.jso.dom.events.Event event);

    @JSBody(params = "message", script = "if (typeof console !== 'undefined') console.error(message);")
    static native void logError(String message);
}
