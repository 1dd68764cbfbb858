package dev.chainrule.server.course;

import dev.chainrule.content.ContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Holds the course the site serves. A fixed holder never changes; a reloading one (development with a content
 * directory) looks, at most once per interval and only when asked, at the newest modification time of the directory's
 * files, and reloads and re-renders the course when it changed. A broken edit keeps the last good course and is kept
 * as {@link #error()} until an edit fixes it.
 */
public final class CourseHolder {

    private static final Logger LOG = LoggerFactory.getLogger(CourseHolder.class);

    private final Path watched;
    private final Supplier<Editions> load;
    private final long intervalNanos;
    private final LongSupplier clock;
    private volatile Editions current;
    private volatile ContentException error;
    private long lastCheck;
    private long stamp;

    private CourseHolder(Editions first, Path watched, Supplier<Editions> load, Duration interval, LongSupplier clock) {
        this.current = first;
        this.watched = watched;
        this.load = load;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
        this.stamp = watched == null ? 0 : newestModification(watched);
        this.lastCheck = clock.getAsLong();
    }

    /** A holder that always serves {@code course}. */
    public static CourseHolder fixed(Editions course) {
        return new CourseHolder(course, null, null, Duration.ZERO, System::nanoTime);
    }

    /**
     * A holder that loads with {@code load} now (a {@link ContentException} here is thrown: the site cannot start without
     * a course) and again whenever a file under {@code directory} changes, looking at most once per {@code interval}.
     */
    public static CourseHolder reloading(Path directory, Supplier<Editions> load, Duration interval, LongSupplier clock) {
        return new CourseHolder(load.get(), directory, load, interval, clock);
    }

    /** The course to serve for this request, in every language it is written in. */
    public Editions current() {
        if (watched != null) {
            reloadIfChanged();
        }
        return current;
    }

    /** The problem with the content directory's latest edit, while the last good course is served. */
    public Optional<ContentException> error() {
        return Optional.ofNullable(error);
    }

    private synchronized void reloadIfChanged() {
        long now = clock.getAsLong();
        if (now - lastCheck < intervalNanos) {
            return;
        }
        lastCheck = now;
        long newest = newestModification(watched);
        if (newest == stamp) {
            return;
        }
        stamp = newest;
        try {
            current = load.get();
            error = null;
            LOG.info("Reloaded the course from {}", watched);
        } catch (ContentException e) {
            error = e;
            LOG.error("The course in {} has a problem; still serving the last good version: {}", watched, e.getMessage());
        }
    }

    /** A stamp of {@code directory}'s files: the newest modification time under it, mixed with how many entries there are (so a deletion counts). */
    static long newestModification(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            long[] result = {0, 0};
            files.forEach(file -> {
                try {
                    result[0] = Math.max(result[0], Files.getLastModifiedTime(file).toMillis());
                    result[1]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return result[0] * 31 + result[1];
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
