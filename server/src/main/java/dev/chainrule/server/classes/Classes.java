package dev.chainrule.server.classes;

import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.server.account.Accounts;
import dev.chainrule.server.account.User;
import dev.chainrule.server.web.PageError;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classes as the pages and the API use them: making one (with a random join code and per-lesson deadlines), joining
 * by code, removing a member, and the one check that the caller teaches a class (admins see every class). A class
 * that does not exist is 404; someone else's is 403.
 */
public final class Classes {

    /** Join codes avoid look-alike characters (0/O, 1/I/L) so they can be read out and typed. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 8;
    static final int MAX_NAME = 200;

    private final ClassRepository repository;
    private final Accounts accounts;
    private final SecureRandom random;
    private final Clock clock;

    public Classes(Jdbi jdbi, Accounts accounts, SecureRandom random, Clock clock) {
        this.repository = new ClassRepository(jdbi);
        this.accounts = accounts;
        this.random = random;
        this.clock = clock;
    }

    /** What a new class is made of; {@code deadlines} maps lesson slugs to instants. */
    public record NewClass(String name, Map<String, Instant> deadlines) {
    }

    /** Why a new class was refused: the field at fault and the message key. */
    public record Problem(String field, String key) {
    }

    /** The problem with {@code draft} in {@code course}, if any. */
    public static Optional<Problem> problem(NewClass draft, Course course) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return Optional.of(new Problem("name", "classes.error.name"));
        }
        for (String slug : draft.deadlines().keySet()) {
            if (course.lesson(slug).isEmpty()) {
                return Optional.of(new Problem("deadlines", "classes.error.lesson"));
            }
        }
        return Optional.empty();
    }

    /** Makes the class (the draft must have no {@link #problem}); {@code teacher} becomes its teacher. */
    public SchoolClass create(NewClass draft, User teacher, Course course) {
        List<ClassRepository.ExerciseDeadline> deadlines = new ArrayList<>();
        draft.deadlines().forEach((slug, due) -> course.lesson(slug).map(Lesson::exerciseIds).orElse(List.of())
                .forEach(exercise -> deadlines.add(new ClassRepository.ExerciseDeadline(exercise, slug, due))));
        String code = freshCode();
        return repository.insert(draft.name().strip(), code, teacher.id(), deadlines, clock.instant());
    }

    /** Sets ({@code due} present) or clears a lesson's deadline for the class; false when the course has no such lesson. */
    public boolean setDeadline(SchoolClass schoolClass, String lessonSlug, Optional<Instant> due, Course course) {
        Optional<Lesson> lesson = course.lesson(lessonSlug == null ? "" : lessonSlug);
        if (lesson.isEmpty()) {
            return false;
        }
        List<ClassRepository.ExerciseDeadline> deadlines = due.map(d -> lesson.get().exerciseIds().stream()
                .map(exercise -> new ClassRepository.ExerciseDeadline(exercise, lessonSlug, d)).toList()).orElse(List.of());
        repository.replaceLessonDeadline(schoolClass.id(), lessonSlug, deadlines);
        return true;
    }

    public Optional<SchoolClass> byCode(String code) {
        return code == null ? Optional.empty() : repository.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Adds the user's learner to the class; false when already a member. */
    public boolean join(SchoolClass schoolClass, User user) {
        return repository.join(schoolClass.id(), user.learnerId(), clock.instant());
    }

    public boolean isMember(SchoolClass schoolClass, User user) {
        return repository.isMember(schoolClass.id(), user.learnerId());
    }

    public boolean remove(SchoolClass schoolClass, long learnerId) {
        return repository.remove(schoolClass.id(), learnerId);
    }

    public List<ClassRepository.Member> members(SchoolClass schoolClass) {
        return repository.members(schoolClass.id());
    }

    public Map<String, Instant> deadlines(SchoolClass schoolClass) {
        return repository.lessonDeadlines(schoolClass.id());
    }

    /** The classes the caller teaches (every class for an admin). */
    public List<SchoolClass> taughtBy(User user) {
        return repository.taughtBy(user.id(), user.isAdmin());
    }

    /** The class named by the path parameter {@code id}, when the caller teaches it or is an admin; 404 or 403 otherwise. */
    public SchoolClass taught(Context ctx) {
        SchoolClass schoolClass = parseId(ctx.pathParam("id")).flatMap(repository::find)
                .orElseThrow(() -> new PageError(404, "error.notFound.title", "error.notFound.text"));
        User user = accounts.current(ctx).orElseThrow(() -> new PageError(401, "error.signedOut.title", "error.signedOut.text"));
        if (!user.isAdmin() && !repository.teaches(schoolClass.id(), user.id())) {
            throw new PageError(403, "error.forbidden.title", "classes.error.notYours");
        }
        return schoolClass;
    }

    /** The signed-in caller (the route's access guarantees one). */
    public User caller(Context ctx) {
        return accounts.current(ctx).orElseThrow(() -> new PageError(401, "error.signedOut.title", "error.signedOut.text"));
    }

    /** The signed-in caller, if any. */
    public Optional<User> signedIn(Context ctx) {
        return accounts.current(ctx);
    }

    /** A whole number id from a path parameter, or empty. */
    public static Optional<Long> parseId(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private String freshCode() {
        for (int tries = 0; ; tries++) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (!repository.codeTaken(code.toString()) || tries > 10) {
                return code.toString();
            }
        }
    }
}
