package dev.chainrule.server.web;

import io.javalin.http.Context;

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

    public Pages(SiteAssets assets, Function<Context, Viewer> viewers) {
        this.assets = assets;
        this.viewers = viewers;
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
