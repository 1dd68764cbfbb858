package dev.chainrule.server.web;

import io.javalin.http.Context;

/**
 * Sets the security headers of every reply (pages, API, static files, errors): a Content-Security-Policy that lets the
 * page load only the site's own assets, no MIME sniffing, and no full URLs in the Referer header to other sites.
 */
public final class SecurityHeaders {

    /**
     * <ul>
     * <li>{@code script-src 'wasm-unsafe-eval'}: the client's WebAssembly GC build is compiled by the browser;
     * {@code 'unsafe-eval'}: TeaVM's runtime ({@code chainrule-wasm-runtime.js}) builds its JavaScript glue with
     * {@code new Function} (measured: without it the Wasm client fails to start). No inline scripts: the exercise JSON
     * blocks are {@code type="application/json"} data, which CSP does not execute or block.</li>
     * <li>{@code style-src 'unsafe-inline'}: KaTeX sets {@code style} attributes on the math it renders (and the
     * progress bars set their width the same way).</li>
     * <li>{@code img-src data:}: KaTeX and the SVG figures may use data URLs.</li>
     * </ul>
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'");

    private SecurityHeaders() {
    }

    /** The before-handler of every request. */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
    }
}
