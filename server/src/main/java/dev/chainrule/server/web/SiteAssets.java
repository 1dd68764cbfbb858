package dev.chainrule.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The script and style paths every page links: KaTeX from its webjar, the site's own assets, and the compiled client
 * when it is on the classpath. The client's loader comes first and runs at once (it fetches the build while the rest
 * arrives); KaTeX and {@code math.js} are deferred, and typeset in slices, so that setting a lesson's two hundred formulas
 * does not hold the page's widgets back.
 */
public record SiteAssets(String katexCss, String katexJs, List<String> scripts, List<String> deferredScripts) {

    static final String CLIENT_FOLDER = "public";
    /**
     * The only client script a page links: a small loader that picks the build (WebAssembly GC where the browser
     * supports it, JavaScript otherwise, {@code ?client=js|wasm} forces one) and loads it from the same folder.
     */
    static final List<String> CLIENT_SCRIPTS = List.of("/js/chainrule-boot.js");
    /** The JavaScript build, always present next to the Wasm GC build ({@code chainrule.wasm} + {@code chainrule-wasm-runtime.js}). */
    static final String CLIENT_BUILD = "/js/chainrule.js";

    /** Reads the KaTeX version written at build time into {@code chainrule-build.properties}. */
    public static SiteAssets fromClasspath(ClassLoader loader) {
        Properties build = new Properties();
        try (InputStream in = loader.getResourceAsStream("chainrule-build.properties")) {
            if (in == null) {
                throw new IllegalStateException("chainrule-build.properties is missing from the classpath");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String katex = "/webjars/katex/" + build.getProperty("katex.version") + "/dist/";
        List<String> scripts = hasClient(loader) ? CLIENT_SCRIPTS : List.of();
        return new SiteAssets(katex + "katex.min.css", katex + "katex.min.js", scripts, List.of(katex + "katex.min.js", "/assets/math.js"));
    }

    /** Whether the compiled client ({@code public/js/chainrule.js} from the client jar) is on the classpath. */
    public static boolean hasClient(ClassLoader loader) {
        return loader.getResource(CLIENT_FOLDER + CLIENT_BUILD) != null;
    }
}
