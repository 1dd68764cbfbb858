package dev.chainrule.server.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before any handler runs, a request whose input the site cannot read or store: a body declared larger than
 * the request limit (413, even where the handler would not read it), a Content-Type charset Java does not know (415), a
 * query string that is not well-formed percent-encoded UTF-8 (400, rather than silently dropping the parameter), and a
 * form field holding text that cannot be stored ({@link StorableText}; 400). JSON errors under /api/, the error page
 * elsewhere. JSON bodies are checked where they are parsed.
 */
public final class InputGuard {

    private final long maxRequestSize;

    /** {@code maxRequestSize}: the most bytes a request body may have (Javalin's {@code http.maxRequestSize}). */
    public InputGuard(long maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    /** The before-handler of every matched route. */
    public void check(Context ctx) {
        boolean api = ctx.path().startsWith("/api/");
        long length = ctx.req().getContentLengthLong();
        if (length > maxRequestSize) {
            drain(ctx, length);
            throw refusal(api, 413, "content_too_large", "the body has " + length + " bytes; the site takes at most "
                    + maxRequestSize + " bytes in one request", "error.tooLarge.title", "error.tooLarge.text");
        }
        String contentType = ctx.header("Content-Type"); // ctx.contentType() throws on an unknown charset
        Optional<String> charset = charset(contentType);
        if (charset.isPresent() && !known(charset.get())) {
            throw refusal(api, 415, "unsupported_charset", "the Content-Type names the character set '" + abbreviate(charset.get())
                    + "', which the site does not know: send UTF-8", "error.badRequest.title", "error.badRequest.text");
        }
        if (!decodes(ctx.queryString())) {
            throw refusal(api, 400, "invalid_query", "the query string is not well-formed: every % must start an escape of two"
                    + " hex digits, and the escapes must spell UTF-8", "error.badRequest.title", "error.badRequest.text");
        }
        if (!api && ctx.method() == HandlerType.POST && isForm(contentType)) {
            for (Map.Entry<String, List<String>> field : ctx.formParamMap().entrySet()) {
                boolean unstorable = StorableText.problem(field.getKey()).isPresent()
                        || field.getValue().stream().anyMatch(value -> StorableText.problem(value).isPresent());
                if (unstorable) {
                    throw new PageError(400, "error.badRequest.title", "error.badRequest.text");
                }
            }
        }
    }

    /**
     * Reads and drops a body that is too large (up to 8 times the limit), so that the client, which sends it all before
     * it reads the reply, gets the 413 rather than a connection reset. A larger body is left unread: Jetty closes the
     * connection.
     */
    private void drain(Context ctx, long length) {
        if (length > 8 * maxRequestSize) {
            return;
        }
        try {
            ctx.req().getInputStream().skipNBytes(length);
        } catch (IOException e) {
            // the client went away or sent less: there is nobody to answer
        }
    }

    private static RuntimeException refusal(boolean api, int status, String code, String message, String titleKey, String textKey) {
        return api ? new ApiError(status, code, message, null) : new PageError(status, titleKey, textKey);
    }

    /** The {@code charset} parameter of a Content-Type, if it has one (an empty one too). */
    static Optional<String> charset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.strip();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return Optional.of(trimmed.substring("charset=".length()).replace("\"", "").strip());
            }
        }
        return Optional.empty();
    }

    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Whether {@code query} (raw, as sent) is percent-encoded UTF-8 that decodes without loss. */
    static boolean decodes(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0 || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(query.charAt(i + 1), 16) * 16 + Character.digit(query.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
