package dev.chainrule.server.web;

import dev.chainrule.grader.exercise.Language;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Jetty's error handler: the reply to a request Jetty refuses before the app sees it (a path with bad UTF-8, NUL or an
 * ambiguous "..", a request line, URI or headers that are malformed or too long). It answers in the site's shapes, with
 * its security headers: the JSON error under /api/, a small error page elsewhere, instead of Jetty's own page.
 */
public final class RefusedRequests extends ErrorHandler {

    private static final Map<Language, Messages> BUNDLES = Languages.bundles();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String reason = message == null || message.isBlank() ? HttpStatus.forStatus(code).getMessage() : message;
        boolean api = Request.getPathInContext(request).startsWith("/api/");
        String keys = code >= 500 ? "error.server" : code == 413 ? "error.tooLarge" : "error.badRequest";
        String body;
        if (api) {
            String error = HttpStatus.forStatus(code).name().toLowerCase(Locale.ROOT);
            String said = code >= 500 ? "the server failed to handle this request: " : "the request was refused: ";
            body = "{\"error\":{\"code\":\"" + error + "\",\"message\":\"" + jsonText(said + reason) + "\"}}";
        } else {
            Language language = Languages.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
            Messages messages = BUNDLES.get(language);
            String title = Html.escape(messages.get(keys + ".title"));
            body = "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<title>" + title + " · " + Html.escape(messages.get("site.title")) + "</title>\n"
                    + "<link rel=\"stylesheet\" href=\"/assets/chainrule.css\">\n</head>\n<body>\n"
                    + "<main id=\"content\" class=\"page error-page\">\n<p class=\"lesson-number\">" + code + "</p>\n<h1>" + title + "</h1>\n"
                    + "<p>" + Html.escape(messages.get(keys + ".text")) + "</p>\n<p>" + Html.escape(reason) + "</p>\n"
                    + "<p><a href=\"/\">" + Html.escape(messages.get("error.backHome")) + "</a></p>\n</main>\n</body>\n</html>\n";
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
        response.getHeaders().put("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "same-origin");
        response.write(true, StandardCharsets.UTF_8.encode(body), callback);
    }

    /** {@code text} inside a JSON string literal. */
    private static String jsonText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
