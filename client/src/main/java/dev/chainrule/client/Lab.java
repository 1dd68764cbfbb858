package dev.chainrule.client;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page build's door to the lab build ({@link ChainruleLab}), which chainrule-boot.js loads on demand as
 * {@code self.chainruleLab}: the experiments' runs, controls, training lab and charts are not in this build.
 */
final class Lab {
    /** Called with the reason when the lab build did not load or could not take the widget. */
    @JSFunctor
    interface Failed extends JSObject {
        void failed(String message);
    }

    private Lab() {
    }

    /** Loads the lab build if needed and hands it the experiment widget in {@code container}, which it runs. */
    @JSBody(params = { "container", "failed" }, script = "if (!self.chainruleLab) { failed('no lab loader'); return; }"
            + " self.chainruleLab.attach(container).then(function (problem) { if (problem) failed(problem); },"
            + " function (e) { failed(String(e && e.message || e)); });")
    static native void attach(HTMLElement container, Failed failed);

    /** Starts loading the lab build (and its chart library) without waiting, so that Run answers at once. */
    @JSBody(script = "if (self.chainruleLab) self.chainruleLab.preload();")
    static native void preload();
}
