package dev.chainrule.client;

/** The exercise data embedded in the page is missing or malformed; the message names the field. */
class PageDataException extends RuntimeException {
    PageDataException(String message) {
        super(message);
    }
}
