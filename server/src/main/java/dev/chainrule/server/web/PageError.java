package dev.chainrule.server.web;

/** A refusal shown as the error page (or, under {@code /api/}, as a JSON error) with its status and message keys. */
public final class PageError extends RuntimeException {

    private final int status;
    private final String titleKey;
    private final String textKey;

    public PageError(int status, String titleKey, String textKey) {
        super(titleKey);
        this.status = status;
        this.titleKey = titleKey;
        this.textKey = textKey;
    }

    public int status() {
        return status;
    }

    public String titleKey() {
        return titleKey;
    }

    public String textKey() {
        return textKey;
    }
}
