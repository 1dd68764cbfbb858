package dev.chainrule.server.hostile;

import dev.chainrule.server.hostile.HostileSite.Actor;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One hostile request of the catalog and what it must get. {@code route} is the route it aims at as Routes declares it
 * ("POST /api/v1/classes") or {@code STATIC}/{@code NO_ROUTE}; {@code target} is the raw path and query as sent.
 * Built with the fluent methods, e.g. {@code HostileCase.of(...).as(LEARNER).post(path).json("{").refused(400, "invalid_json")}.
 */
final class HostileCase {

    static final String STATIC = "static files";
    static final String NO_ROUTE = "no route";

    /** How the request carries its CSRF token: as the client holds it, not at all, or a wrong one. */
    enum Csrf { AS_HELD, NONE, WRONG }

    /** What must come back. */
    sealed interface Expect permits Refused, GradedInvalid, Graded, Served, Redirected {
    }

    /**
     * A refusal: one of {@code statuses}; under /api/ a JSON error whose code is {@code code} (any code when null);
     * for a page, an HTML page that contains {@code mentions} when given.
     */
    record Refused(Set<Integer> statuses, String code, String mentions) implements Expect {
    }

    /** A submission that is graded, with {@code field} marked invalid and a message saying why: one attempt is stored, as sent. */
    record GradedInvalid(String field) implements Expect {
    }

    /** A submission that is graded (any verdict, with a message): one attempt is stored, as sent. */
    record Graded(String field) implements Expect {
    }

    /** A page that is shown (200) with {@code payload}, which the request carried, nowhere in it unescaped. */
    record Served(String payload) implements Expect {
    }

    /** A 303 to {@code location}, and never anywhere else. */
    record Redirected(String location) implements Expect {
    }

    final String category;
    final String route;
    final String what;
    Actor actor = Actor.LEARNER;
    String method = "GET";
    String target;
    String contentType;
    byte[] body;
    final Map<String, String> headers = new LinkedHashMap<>();
    Csrf csrf = Csrf.AS_HELD;
    Expect expect;
    /** Sent over a raw socket exactly as written (a request line or header no HTTP client would send). */
    String raw;
    /**
     * Why this request is not yet handled as it must be and who owns the fix: reported on every run instead of failing
     * it, and failing it once the request is handled well (then the marker must go).
     */
    String knownDefect;

    private HostileCase(String category, String route, String what) {
        this.category = category;
        this.route = route;
        this.what = what;
    }

    static HostileCase of(String category, String route, String what) {
        return new HostileCase(category, route, what);
    }

    HostileCase as(Actor actor) {
        this.actor = actor;
        return this;
    }

    HostileCase request(String method, String target) {
        this.method = method;
        this.target = target;
        return this;
    }

    HostileCase get(String target) {
        return request("GET", target);
    }

    HostileCase post(String target) {
        return request("POST", target);
    }

    HostileCase json(String json) {
        return body("application/json", json);
    }

    HostileCase form(String encoded) {
        return body("application/x-www-form-urlencoded", encoded);
    }

    HostileCase body(String contentType, String text) {
        return body(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    HostileCase body(String contentType, byte[] bytes) {
        this.contentType = contentType;
        this.body = bytes;
        return this;
    }

    HostileCase header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HostileCase csrf(Csrf csrf) {
        this.csrf = csrf;
        return this;
    }

    HostileCase raw(String request) {
        this.raw = request;
        this.method = request.substring(0, Math.max(0, request.indexOf(' ')));
        this.target = request.substring(request.indexOf(' ') + 1, Math.max(request.indexOf(' ') + 1, request.indexOf(" HTTP/")));
        return this;
    }

    HostileCase refused(int status, String code) {
        expect = new Refused(Set.of(status), code, null);
        return this;
    }

    HostileCase refused(Set<Integer> statuses, String code) {
        expect = new Refused(statuses, code, null);
        return this;
    }

    /** A page refusal whose HTML says {@code mentions}. */
    HostileCase refusedPage(int status, String mentions) {
        expect = new Refused(Set.of(status), null, mentions);
        return this;
    }

    HostileCase refusedPage(Set<Integer> statuses, String mentions) {
        expect = new Refused(statuses, null, mentions);
        return this;
    }

    HostileCase gradedInvalid(String field) {
        expect = new GradedInvalid(field);
        return this;
    }

    HostileCase graded(String field) {
        expect = new Graded(field);
        return this;
    }

    HostileCase served(String payload) {
        expect = new Served(payload);
        return this;
    }

    HostileCase redirected(String location) {
        expect = new Redirected(location);
        return this;
    }

    HostileCase knownDefect(String why) {
        knownDefect = why;
        return this;
    }

    boolean api() {
        return target != null && target.startsWith("/api/");
    }

    @Override
    public String toString() {
        String shown = target == null ? "" : target.length() > 120 ? target.substring(0, 120) + "...(" + target.length() + " chars)" : target;
        return "[" + category + "] " + what + " — " + actor + " " + method + " " + shown;
    }
}
