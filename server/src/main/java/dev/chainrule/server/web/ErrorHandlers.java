package dev.chainrule.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/** Turns failures into replies: JSON errors under {@code /api/}, error pages elsewhere; unexpected exceptions are logged as 500s. */
public final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private final Pages pages;

    public ErrorHandlers(Pages pages) {
        this.pages = pages;
    }

    public void apiError(ApiError error, Context ctx) {
        ctx.status(error.status()).json(error.body());
    }

    /** A refusal: the error page, or under {@code /api/} a JSON error named after the status. */
    public void pageError(PageError error, Context ctx) {
        if (isApi(ctx)) {
            String code = HttpStatus.forStatus(error.status()).name().toLowerCase(Locale.ROOT);
            apiError(new ApiError(error.status(), code, code.replace('_', ' '), null), ctx);
        } else {
            pages.error(ctx, error);
        }
    }

    /** Javalin's own errors (too large a body, a bad request line) in the same shapes as ours. */
    public void httpResponse(HttpResponseException e, Context ctx) {
        if (isApi(ctx)) {
            String code = HttpStatus.forStatus(e.getStatus()).name().toLowerCase(Locale.ROOT);
            apiError(new ApiError(e.getStatus(), code, e.getMessage(), null), ctx);
        } else if (e.getStatus() == 404) {
            pages.notFound(ctx);
        } else {
            ctx.status(e.getStatus()).contentType("text/plain; charset=utf-8").result(e.getMessage());
        }
    }

    public void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        if (isApi(ctx)) {
            ctx.status(500).json(new ApiError(500, "internal_error", "the server failed to handle this request", null).body());
        } else {
            pages.serverError(ctx);
        }
    }

    /** Runs for every 404: fills in a reply only when the handler (or no handler) left the body empty. */
    public void notFound(Context ctx) {
        if (ctx.result() != null && !ctx.result().isEmpty()) {
            return;
        }
        if (isApi(ctx)) {
            apiError(ApiError.notFound("no such endpoint: " + ctx.method() + " " + ctx.path()), ctx);
        } else {
            pages.notFound(ctx);
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
