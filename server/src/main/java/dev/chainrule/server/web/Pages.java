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
        ctx.render(template, full);
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
