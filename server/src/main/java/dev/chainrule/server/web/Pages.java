package dev.chainrule.server.web;

import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;

/** Renders a page template with what the shared layout needs (the site's assets), and the 404 and 500 pages. */
public final class Pages {

    private final SiteAssets assets;

    public Pages(SiteAssets assets) {
        this.assets = assets;
    }

    public void render(Context ctx, String template, Map<String, ?> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("assets", assets);
        ctx.render(template, full);
    }

    public void notFound(Context ctx) {
        ctx.status(404);
        render(ctx, "error", Map.of("status", 404, "titleKey", "error.notFound.title", "textKey", "error.notFound.text"));
    }

    public void serverError(Context ctx) {
        ctx.status(500);
        render(ctx, "error", Map.of("status", 500, "titleKey", "error.server.title", "textKey", "error.server.text"));
    }
}
