package dev.chainrule.server.web;

import dev.chainrule.grader.exercise.Language;
import dev.chainrule.server.health.DatabaseUnavailable;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns failures into replies: JSON errors under {@code /api/}, error pages elsewhere; an unreachable database is a 503
 * with {@code Retry-After}; a request Jetty could not read (a broken body) keeps its 4xx; other unexpected exceptions
 * are logged as 500s.
 */
public final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    /** Seconds a client is asked to wait before trying again while the database is unavailable. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** While the database is down every request fails the same way: one warning per this many nanoseconds is enough. */
    private static final long UNAVAILABLE_LOG_INTERVAL_NANOS = 10_000_000_000L;
    /** The UI strings, for the unavailable page, which cannot ask the database for the user's language. */
    private static final Map<Language, Messages> BUNDLES = Languages.bundles();

    private final AtomicLong lastUnavailableWarning = new AtomicLong(System.nanoTime() - UNAVAILABLE_LOG_INTERVAL_NANOS);
    private final AtomicInteger unavailableSinceWarning = new AtomicInteger();

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
            renderUnlessDatabaseUnavailable(ctx, () -> pages.error(ctx, error));
        }
    }

    /** Javalin's own errors (too large a body, a bad request line) in the same shapes as ours. */
    public void httpResponse(HttpResponseException e, Context ctx) {
        if (isApi(ctx)) {
            String code = HttpStatus.forStatus(e.getStatus()).name().toLowerCase(Locale.ROOT);
            apiError(new ApiError(e.getStatus(), code, e.getMessage(), null), ctx);
        } else if (e.getStatus() == 404) {
            renderUnlessDatabaseUnavailable(ctx, () -> pages.notFound(ctx));
        } else if (e.getStatus() >= 400 && e.getStatus() < 500) {
            PageError page = e.getStatus() == 413 ? new PageError(413, "error.tooLarge.title", "error.tooLarge.text")
                    : new PageError(e.getStatus(), "error.badRequest.title", "error.badRequest.text");
            renderUnlessDatabaseUnavailable(ctx, () -> pages.error(ctx, page));
        } else {
            ctx.status(e.getStatus()).contentType("text/plain; charset=utf-8").result(e.getMessage());
        }
    }

    public void unexpected(Exception e, Context ctx) {
        if (DatabaseUnavailable.causedBy(e)) {
            databaseUnavailable(e, ctx);
            return;
        }
        org.eclipse.jetty.http.HttpException unreadable = unreadableRequest(e);
        if (unreadable != null) {
            badRequest(unreadable, ctx);
            return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        if (isApi(ctx)) {
            ctx.status(500).json(new ApiError(500, "internal_error", "the server failed to handle this request", null).body());
        } else {
            renderUnlessDatabaseUnavailable(ctx, () -> pages.serverError(ctx));
        }
    }

    /**
     * The database could not be reached (stopped, restarting, unreachable, or every connection busy for the whole wait): 503 with a
     * {@code Retry-After}, as a JSON error under {@code /api/}, else as a page that needs nothing from the database
     * (the layout's header asks it who is signed in), in the language the request names without it.
     */
    public void databaseUnavailable(Exception e, Context ctx) {
        warnUnavailable(e, ctx);
        ctx.status(503).header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).header("Cache-Control", "no-store");
        if (isApi(ctx)) {
            ctx.json(new ApiError(503, "database_unavailable", "the course's database is not answering right now; try again in "
                    + RETRY_AFTER_SECONDS + " seconds", null).body());
            return;
        }
        Language language = Languages.byTag(ctx.queryParam("lang"))
                .or(() -> Languages.byTag(ctx.cookie(Languages.COOKIE)))
                .orElseGet(() -> Languages.fromAcceptLanguage(ctx.header("Accept-Language")));
        Messages messages = BUNDLES.get(language);
        String title = Html.escape(messages.get("error.unavailable.title"));
        ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + " · " + Html.escape(messages.get("site.title")) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/chainrule.css\">\n</head>\n<body>\n"
                + "<main id=\"content\" class=\"page error-page\">\n<p class=\"lesson-number\">503</p>\n<h1>" + title + "</h1>\n"
                + "<p>" + Html.escape(messages.get("error.unavailable.text")) + "</p>\n"
                + "<p><a href=\"/\">" + Html.escape(messages.get("error.backHome")) + "</a></p>\n</main>\n</body>\n</html>\n");
    }

    /** Renders an error page, which asks the database who is looking; when that fails for want of a database, a 503. */
    private void renderUnlessDatabaseUnavailable(Context ctx, Runnable render) {
        try {
            render.run();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            databaseUnavailable(e, ctx);
        }
    }

    private void warnUnavailable(Exception e, Context ctx) {
        long now = System.nanoTime();
        long last = lastUnavailableWarning.get();
        if (now - last < UNAVAILABLE_LOG_INTERVAL_NANOS || !lastUnavailableWarning.compareAndSet(last, now)) {
            unavailableSinceWarning.incrementAndGet();
            return;
        }
        LOG.warn("{} {}: 503, the database is unavailable ({}); {} more such replies since the last warning",
                ctx.method(), ctx.path(), e.getMessage(), unavailableSinceWarning.getAndSet(0));
    }

    /** The 4xx with which Jetty refused to read the request (a broken chunked body, malformed multipart), if that is the cause. */
    private static org.eclipse.jetty.http.HttpException unreadableRequest(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.http.HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http;
            }
        }
        return null;
    }

    /** A request whose body could not be read: its 4xx, as a JSON error or the error page; not a server failure. */
    private void badRequest(org.eclipse.jetty.http.HttpException e, Context ctx) {
        if (isApi(ctx)) {
            String code = HttpStatus.forStatus(e.getCode()).name().toLowerCase(Locale.ROOT);
            apiError(new ApiError(e.getCode(), code, "the request could not be read: "
                    + (e.getReason() == null ? "it is malformed" : e.getReason()), null), ctx);
        } else {
            renderUnlessDatabaseUnavailable(ctx, () -> pages.error(ctx, new PageError(e.getCode(), "error.badRequest.title", "error.badRequest.text")));
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
            renderUnlessDatabaseUnavailable(ctx, () -> pages.notFound(ctx));
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
