package dev.chainrule.server.reliability;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, which it may stop and start again: a fresh cluster made with {@code initdb}
 * in a temporary directory and run with {@code pg_ctl} on a free loopback port, from the binaries in
 * {@code CHAINRULE_TEST_PGBIN} (bin/test sets it) or else the newest {@code /usr/lib/postgresql/<version>/bin}.
 * PostgreSQL refuses to run as root, so as root it runs as the {@code postgres} user (like bin/test's {@code as_pg}).
 * Trust authentication for the {@code postgres} user on loopback; fsync off (this tests the server, not the disk).
 */
final class PrivatePostgres implements AutoCloseable {

    static final String BINARIES = "CHAINRULE_TEST_PGBIN";
    static final String REQUIRE = "CHAINRULE_TEST_REQUIRE_POSTGRES";
    static final String USER = "postgres";

    private final Path bin;
    private final Path root;
    private final int port;

    private PrivatePostgres(Path bin, Path root, int port) {
        this.bin = bin;
        this.root = root;
        this.port = port;
    }

    /** The PostgreSQL binaries to use, if any are installed. */
    static Optional<Path> binaries() {
        String named = System.getenv(BINARIES);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")));
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin")).filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                    .max(Comparator.comparingInt(dir -> majorVersion(dir.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The binaries, or, without them, a skipped test (a failed one when {@code CHAINRULE_TEST_REQUIRE_POSTGRES=true}, as
     * under bin/test, where the database tests must run).
     */
    static Path binariesOrSkip() {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String reason = "no PostgreSQL binaries to run a private PostgreSQL: set " + BINARIES + " to a directory with initdb and"
                    + " pg_ctl (bin/test does), or install PostgreSQL (apt-get install postgresql)";
            if ("true".equals(System.getenv(REQUIRE))) {
                Assertions.fail(REQUIRE + "=true but " + reason);
            }
            Assumptions.abort(reason);
        }
        return bin.get();
    }

    /** Makes a cluster and starts it. */
    static PrivatePostgres start(Path bin) {
        try {
            Path root = Files.createTempDirectory("chainrule-reliability-pg");
            if (root()) {
                UserPrincipal postgres = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);
                Files.setOwner(root, postgres);
            }
            PrivatePostgres pg = new PrivatePostgres(bin, root, freePort());
            pg.run("initdb", "-D", pg.data(), "-U", USER, "--auth-host=trust", "--auth-local=trust", "-E", "UTF8", "--no-sync");
            pg.start();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (again) on its port; returns when it accepts connections. */
    void start() {
        run("pg_ctl", "-D", data(), "-l", root.resolve("log").toString(), "-w", "-t", "60", "-o",
                "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + root + " -c fsync=off", "start");
    }

    /** Stops the server the way an operator's restart does ({@code pg_ctl stop -m fast}: sessions are ended); returns when it is down. */
    void stop() {
        run("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    /** A JDBC URL of a database on this server (see {@link #createDatabase}). */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            if (Files.exists(root.resolve("data").resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
            }
        } finally {
            deleteTree(root);
        }
    }

    private String data() {
        return root.resolve("data").toString();
    }

    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("chainrule-pg-command", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue() + ":\n"
                            + Files.readString(output, StandardCharsets.UTF_8) + serverLog());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command);
        }
    }

    private String serverLog() throws IOException {
        Path log = root.resolve("log");
        return Files.exists(log) ? "\nserver log:\n" + new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int majorVersion(String version) {
        try {
            return Integer.parseInt(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no reason to fail a test
        }
    }
}
