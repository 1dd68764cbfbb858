package dev.chainrule.server.web;

/**
 * Who is looking at a page, for the shared layout: the signed-in email (null for guests), admin or not, teacher (or
 * admin) or not, the CSRF token (may be null).
 */
public record Viewer(String email, boolean admin, boolean teacher, String csrf) {

    public static final Viewer NOBODY = new Viewer(null, false, false, null);

    public boolean signedIn() {
        return email != null;
    }

    /**
     * This viewer with markers for its email and CSRF token: what a {@link PageShell} is rendered with. Equal for every
     * viewer who sees the same page (signed in or not, the same roles, with a token or without).
     */
    public Viewer placeholder() {
        return new Viewer(signedIn() ? PageShell.Slot.EMAIL.marker() : null, admin, teacher,
                csrf != null ? PageShell.Slot.CSRF.marker() : null);
    }
}
