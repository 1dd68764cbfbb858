package dev.chainrule.server.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated learner's browser: its own cookies (a guest cookie, or a session after signing up or logging in) and
 * the CSRF token it was last given, sending requests through a shared HTTP client to whatever base address
 * {@code base} names now (a restarted server listens on a new port). Every request is recorded as an {@link Exchange}.
 */
final class LearnerClient {

    /** The proxy's reply header naming the instance that answered. */
    static final String BACKEND_HEADER = "X-Chainrule-Backend";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** A reply: its status (-1 when none came), body and headers. */
    record Reply(int status, String body, Map<String, List<String>> headers) {

        boolean ok() {
            return status >= 200 && status < 400;
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    final int index;
    private final HttpClient http;
    private final Supplier<URI> base;
    private final List<Exchange> exchanges;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Set<String> backends = new TreeSet<>();
    private String csrf;

    /** {@code exchanges}: where every request is recorded (shared by a load's learners). */
    LearnerClient(int index, HttpClient http, Supplier<URI> base, List<Exchange> exchanges) {
        this.index = index;
        this.http = http;
        this.base = base;
        this.exchanges = exchanges;
    }

    /** A client that keeps its own record of requests. */
    static LearnerClient standalone(HttpClient http, Supplier<URI> base) {
        return new LearnerClient(0, http, base, new CopyOnWriteArrayList<>());
    }

    /** An HTTP client for many learners: HTTP/1.1, no cookies of its own (each learner keeps them), no redirects. */
    static HttpClient sharedHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Reply get(String path, String kind) {
        return send(request(path).GET(), kind);
    }

    Reply postJson(String path, String json, String kind) {
        return postJson(path, json, kind, Map.of());
    }

    /** A JSON post with more request headers. */
    Reply postJson(String path, String json, String kind, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder, kind);
    }

    /** A form post as a browser sends it, with the {@code _csrf} field of the last page. */
    Reply postForm(String path, Map<String, String> fields, String kind) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), kind);
    }

    /**
     * Signs up through the pages as a browser does (form, post, then the page it is sent to, which carries the new
     * session's CSRF token), leaving this client signed in; the reply of the post.
     */
    Reply signUp(String email, String password) {
        Reply form = get("/signup", "sign-up form");
        if (!form.ok()) {
            return form;
        }
        return followRedirect(postForm("/signup", Map.of("email", email, "password", password, "confirmation", password), "sign up"));
    }

    /** Logs in through the pages as {@link #signUp} signs up; the reply of the post. */
    Reply logIn(String email, String password) {
        Reply form = get("/login", "log-in form");
        if (!form.ok()) {
            return form;
        }
        return followRedirect(postForm("/login", Map.of("email", email, "password", password), "log in"));
    }

    private Reply followRedirect(Reply reply) {
        String location = reply.header("Location");
        if (reply.status() == 303 && location != null) {
            get(location, "page after redirect");
        }
        return reply;
    }

    /** The value of one of this client's cookies, or null. */
    synchronized String cookie(String name) {
        return cookies.get(name);
    }

    /** Copies another client's cookies and CSRF token: the same browser, talking to another address. */
    synchronized void adopt(LearnerClient other) {
        cookies.clear();
        synchronized (other) {
            cookies.putAll(other.cookies);
            csrf = other.csrf;
        }
    }

    /** The instances (by the proxy's header) that answered this client so far. */
    synchronized Set<String> backends() {
        return new TreeSet<>(backends);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.get().resolve(path)).timeout(REQUEST_TIMEOUT);
        synchronized (this) {
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            if (csrf != null) {
                builder.header("X-CSRF-Token", csrf);
            }
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder, String kind) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            remember(response);
            exchanges.add(new Exchange(index, kind, start, end, response.statusCode(), null));
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            long end = System.nanoTime();
            exchanges.add(new Exchange(index, kind, start, end, -1, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return new Reply(-1, "", Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchanges.add(new Exchange(index, kind, start, System.nanoTime(), -1, "interrupted"));
            return new Reply(-1, "", Map.of());
        }
    }

    private synchronized void remember(HttpResponse<String> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            boolean expired = value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        response.headers().firstValue("X-CSRF-Token").ifPresent(token -> csrf = token);
        Matcher meta = CSRF_META.matcher(response.body() == null ? "" : response.body());
        if (meta.find()) {
            csrf = meta.group(1);
        }
        response.headers().firstValue(BACKEND_HEADER).ifPresent(backends::add);
    }
}
