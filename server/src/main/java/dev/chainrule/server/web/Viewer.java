package dev.chainrule.server.web;

/** Who is looking at a page, for the shared layout: the signed-in email (null for guests), admin or not, the CSRF token (may be null). */
public record Viewer(String email, boolean admin, String csrf) {

    public static final Viewer NOBODY = new Viewer(null, false, null);

    public boolean signedIn() {
        return email != null;
    }
}
