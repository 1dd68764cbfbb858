package dev.chainrule.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where course files come from: the classpath (the built-in course) or a directory on disk. */
public interface ContentSource {

    /** The text of the file at {@code path} (relative, '/'-separated), or empty when there is none. */
    Optional<String> read(String path);

    /** How to name {@code path} in an error message. */
    String describe(String path);

    static ContentSource classpath(String root) {
        return new ContentSource() {
            @Override
            public Optional<String> read(String path) {
                ClassLoader loader = ContentSource.class.getClassLoader();
                try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String path) {
                return root + "/" + path;
            }
        };
    }

    /**
     * A site's own content over a fallback (the built-in course): a file in {@code directory} replaces the fallback's
     * file at the same path, so a site can add lessons (listing them in its own course.yaml) or replace any file.
     */
    static ContentSource overlay(Path directory, ContentSource fallback) {
        ContentSource own = directory(directory);
        return new ContentSource() {
            @Override
            public Optional<String> read(String path) {
                Optional<String> text = own.read(path);
                return text.isPresent() ? text : fallback.read(path);
            }

            @Override
            public String describe(String path) {
                return own.read(path).isPresent() ? own.describe(path) : fallback.describe(path);
            }
        };
    }

    static ContentSource directory(Path root) {
        return new ContentSource() {
            @Override
            public Optional<String> read(String path) {
                Path file = root.resolve(path).normalize();
                if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String path) {
                return root.resolve(path).toString();
            }
        };
    }
}
