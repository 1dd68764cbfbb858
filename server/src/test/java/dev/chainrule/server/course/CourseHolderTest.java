package dev.chainrule.server.course;

import dev.chainrule.content.ContentException;
import dev.chainrule.content.Course;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseHolderTest {

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicReference<ContentException> broken = new AtomicReference<>();

    private Editions load() {
        loads.incrementAndGet();
        if (broken.get() != null) {
            throw broken.get();
        }
        return Editions.of(new ServedCourse(new Course(List.of(), Map.of()), Map.of(), Map.of(), Map.of()));
    }

    private CourseHolder holder() {
        return CourseHolder.reloading(dir, this::load, Duration.ofSeconds(1), clock::get);
    }

    private void touch(String name, long seconds) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + seconds * 1000));
    }

    private void advanceOneSecond() {
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void aChangedFileIsPickedUpAtTheFirstRequestAfterTheInterval() throws Exception {
        CourseHolder holder = holder();
        Editions first = holder.current();
        touch("lesson.en.md", 5);
        assertSame(first, holder.current(), "not looked at again within the interval");
        advanceOneSecond();
        Editions second = holder.current();
        assertNotSame(first, second);
        advanceOneSecond();
        assertSame(second, holder.current(), "nothing changed since");
        assertEquals(2, loads.get());
    }

    @Test
    void aBrokenEditKeepsTheLastGoodCourseUntilItIsFixed() throws Exception {
        CourseHolder holder = holder();
        Editions good = holder.current();
        broken.set(new ContentException("lesson.en.md", 3, "no title"));
        touch("lesson.en.md", 5);
        advanceOneSecond();
        assertSame(good, holder.current());
        assertEquals("lesson.en.md:3: no title", holder.error().orElseThrow().getMessage());
        broken.set(null);
        touch("lesson.en.md", 10);
        advanceOneSecond();
        assertNotSame(good, holder.current());
        assertTrue(holder.error().isEmpty());
    }

    @Test
    void aDeletedFileCountsAsAChange() throws Exception {
        touch("extra.md", 0);
        CourseHolder holder = holder();
        Editions first = holder.current();
        Files.delete(dir.resolve("extra.md"));
        advanceOneSecond();
        assertNotSame(first, holder.current());
    }

    @Test
    void aCourseThatDoesNotLoadAtStartIsAnError() {
        broken.set(new ContentException("course.yaml", 1, "bad"));
        assertThrows(ContentException.class, this::holder);
    }

    @Test
    void aFixedHolderNeverReloads() {
        Editions course = load();
        CourseHolder holder = CourseHolder.fixed(course);
        assertSame(course, holder.current());
        assertTrue(holder.error().isEmpty());
    }
}
