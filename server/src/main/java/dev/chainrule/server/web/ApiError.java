package dev.chainrule.server.web;

/** A client error the JSON API reports as {@code {"error": {"code", "message", "field"}}} with its 4xx status. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    public ApiError(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message, null);
    }

    public static ApiError badField(String code, String field, String message) {
        return new ApiError(400, code, message, field);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message, null);
    }

    public int status() {
        return status;
    }

    public ErrorBody body() {
        return new ErrorBody(new ErrorBody.Detail(code, getMessage(), field));
    }

    /** The JSON shape of an error reply. */
    public record ErrorBody(Detail error) {
        /** What went wrong; {@code field} names the offending input when there is one. */
        public record Detail(String code, String message, String field) {
        }
    }
}
