package dev.chainrule.server.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a page template with what the shared layout needs (the site's assets, the viewer for the header and the
 * CSRF token for forms), and the error pages.
 */
public final class Pages {

    private final SiteAssets assets;
    private final Function<Context, Viewer> viewers;
    private final FileRenderer renderer;
    private final boolean keepShells;

    /** {@code keepShells}: whether a page's {@link #shell} may be kept and reused (not while templates are being edited). */
    public Pages(SiteAssets assets, Function<Context, Viewer> viewers, FileRenderer renderer, boolean keepShells) {
        this.assets = assets;
        this.viewers = viewers;
        this.renderer = renderer;
        this.keepShells = keepShells;
    }

    /** Whether a rendered {@link #shell} may be reused: false in development, where templates change under the site. */
    public boolean keepShells() {
        return keepShells;
    }

    public void render(Context ctx, String template, Map<String, ?> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("assets", assets);
        Viewer viewer = viewers.apply(ctx);
        full.put("viewer", viewer);
        full.put("csrf", viewer.csrf());
        full.put("here", here(ctx));
        ctx.render(template, full);
    }

    /** Who is looking at the page of this request. */
    public Viewer viewer(Context ctx) {
        return viewers.apply(ctx);
    }

    /**
     * Renders {@code template} for viewers like {@code viewer} once, with markers where each request's values go: the
     * viewer's email and CSRF token, the switcher's return path, and whatever else {@code model} holds as a
     * {@link PageShell.Slot#marker()} (the page's body). The page is rendered in the request's language.
     */
    public PageShell shell(Context ctx, String template, Map<String, ?> model, Viewer viewer) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("assets", assets);
        Viewer placeholder = viewer.placeholder();
        full.put("viewer", placeholder);
        full.put("csrf", placeholder.csrf());
        full.put("here", PageShell.Slot.HERE.marker());
        return PageShell.of(renderer.render(template, full, ctx));
    }

    /** Sends {@code shell} filled in for {@code viewer}, this request's path and {@code body} (UTF-8 parts of HTML). */
    public void send(Context ctx, PageShell shell, Viewer viewer, java.util.List<byte[]> body) {
        Map<PageShell.Slot, String> values = new EnumMap<>(PageShell.Slot.class);
        if (viewer.email() != null) {
            values.put(PageShell.Slot.EMAIL, viewer.email());
        }
        if (viewer.csrf() != null) {
            values.put(PageShell.Slot.CSRF, viewer.csrf());
        }
        values.put(PageShell.Slot.HERE, here(ctx));
        shell.send(ctx, values, body);
    }

    /** The page's own path and query without {@code lang=}, for the language switcher to come back to. */
    static String here(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return ctx.path();
        }
        String kept = java.util.Arrays.stream(query.split("&")).filter(p -> !p.startsWith("lang=")).collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? ctx.path() : ctx.path() + "?" + kept;
    }

    public void notFound(Context ctx) {
        ctx.status(404);
        render(ctx, "error", Map.of("status", 404, "titleKey", "error.notFound.title", "textKey", "error.notFound.text"));
    }

    public void error(Context ctx, PageError error) {
        ctx.status(error.status());
        render(ctx, "error", Map.of("status", error.status(), "titleKey", error.titleKey(), "textKey", error.textKey()));
    }

    public void serverError(Context ctx) {
        ctx.status(500);
        render(ctx, "error", Map.of("status", 500, "titleKey", "error.server.title", "textKey", "error.server.text"));
    }
}
