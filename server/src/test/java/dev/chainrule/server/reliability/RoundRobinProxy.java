package dev.chainrule.server.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A loopback HTTP proxy that sends each request to the next of its backends in turn, as a load balancer without
 * sticky sessions does, so that consecutive requests of one browser land on different server instances. Each reply
 * carries {@value LearnerClient#BACKEND_HEADER} with the index of the instance that answered.
 */
final class RoundRobinProxy implements AutoCloseable {

    /** Headers that belong to one connection, or that the JDK client sets itself, and so are not passed on. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "transfer-encoding", "content-length", "host",
            "expect", "upgrade", "te", "trailer", "proxy-connection");

    private final HttpServer server;
    private final ExecutorService workers;
    private final HttpClient client;
    private final List<URI> backends;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLongArray served;

    private RoundRobinProxy(List<URI> backends) throws IOException {
        this.backends = List.copyOf(backends);
        this.served = new AtomicLongArray(backends.size());
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.workers = Executors.newFixedThreadPool(64, runnable -> {
            Thread thread = new Thread(runnable, "round-robin-proxy");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.createContext("/", this::forward);
        server.setExecutor(workers);
        server.start();
    }

    static RoundRobinProxy over(List<URI> backends) {
        try {
            return new RoundRobinProxy(backends);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** How many requests each backend answered. */
    long served(int backend) {
        return served.get(backend);
    }

    private void forward(HttpExchange exchange) throws IOException {
        int backend = (int) (next.getAndIncrement() % backends.size());
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI target = backends.get(backend).resolve(exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    header.getValue().forEach(value -> request.header(header.getKey(), value));
                }
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                byte[] message = ("backend " + backend + " failed: " + e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(502, message.length);
                exchange.getResponseBody().write(message);
                return;
            }
            served.incrementAndGet(backend);
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.equals(":status")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.getResponseHeaders().set(LearnerClient.BACKEND_HEADER, String.valueOf(backend));
            byte[] reply = response.body();
            boolean empty = reply.length == 0 || exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204
                    || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : reply.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
