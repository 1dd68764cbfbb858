package dev.chainrule.server.reliability;

import dev.chainrule.server.App;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as a separate JVM, as an operator runs it ({@code java -cp <this test JVM's class path> App} with
 * {@code CHAINRULE_*} settings in its environment), so that a test can kill it with SIGKILL. It listens on a free port
 * (CHAINRULE_PORT=0), read from its log; the log goes to a file in the test's directory.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Chainrule is listening on http://localhost:(\\d+)/");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;
    private final Duration startTime;

    private ServerProcess(Process process, Path log, int port, Duration startTime) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startTime = startTime;
    }

    /**
     * Starts the server with these {@code CHAINRULE_*} settings (the test JVM's own are not passed on) in
     * {@code directory}, and waits until it listens.
     */
    static ServerProcess start(Map<String, String> settings, Path directory, String name) {
        Path log = directory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        if (!ReliabilitySettings.full()) {
            // the CI form only: the JIT's C1 alone halves the start on 2 shared cores; what survives a kill does not depend on it
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-cp", classPath(), App.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("CHAINRULE_"));
        builder.environment().putAll(settings);
        builder.environment().put("CHAINRULE_PORT", "0");
        long start = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(directory);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        long deadline = start + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(read(log));
            if (listening.find()) {
                return new ServerProcess(process, log, Integer.parseInt(listening.group(1)), Duration.ofNanos(System.nanoTime() - start));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before listening; its log:\n" + read(log));
            }
            try {
                TimeUnit.MILLISECONDS.sleep(25);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + name + " started");
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not listen within " + START_TIMEOUT + "; its log:\n" + read(log));
    }

    /** The test JVM's class path in full (surefire may hand the JVM a manifest-only jar instead). */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    int port() {
        return port;
    }

    /** From the process start to the log line that says it listens. */
    Duration startTime() {
        return startTime;
    }

    /** {@code kill -9}: {@link Process#destroyForcibly()} is SIGKILL on Linux; returns when the process is gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Stops it as an operator would (SIGTERM: the shutdown hook stops Javalin and closes the pool). */
    void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    String log() {
        return read(log);
    }

    /** The ERROR lines of its log, each with the stack trace that follows it (at most 4000 characters). */
    String errors() {
        StringBuilder errors = new StringBuilder();
        boolean inError = false;
        for (String line : read(log).split("\n")) {
            if (line.contains(" ERROR ")) {
                inError = true;
            } else if (!line.startsWith("\t") && !line.startsWith("Caused by") && !line.startsWith("java.") && !line.startsWith("org.")) {
                inError = false;
            }
            if (inError && errors.length() < 4000) {
                errors.append(line).append('\n');
            }
        }
        return errors.length() == 0 ? "none" : errors.toString();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path log) {
        try {
            // bytes, not readString: the last character may be half written
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
