package dev.chainrule.server.classes;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores classes, their teachers, members and deadlines (migration V5). Portable SQL for H2 and PostgreSQL. */
final class ClassRepository {

    private static final String COLUMNS = "c.id, c.name, c.join_code, c.created_at";

    private final Jdbi jdbi;

    ClassRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Makes a class taught by {@code teacherId}, with one deadline row per exercise of each lesson that has one. */
    SchoolClass insert(String name, String joinCode, long teacherId, List<ExerciseDeadline> deadlines, Instant now) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("INSERT INTO classes (name, join_code, created_at) VALUES (:name, :code, :now)")
                    .bind("name", name).bind("code", joinCode).bind("now", utc(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            handle.createUpdate("INSERT INTO class_teachers (class_id, user_id) VALUES (:class, :user)")
                    .bind("class", id).bind("user", teacherId).execute();
            if (!deadlines.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("INSERT INTO class_deadlines (class_id, exercise_id, lesson_slug, due_at)"
                        + " VALUES (:class, :exercise, :lesson, :due)");
                for (ExerciseDeadline d : deadlines) {
                    batch.bind("class", id).bind("exercise", d.exerciseId()).bind("lesson", d.lessonSlug()).bind("due", utc(d.due())).add();
                }
                batch.execute();
            }
            return new SchoolClass(id, name, joinCode, now);
        });
    }

    /**
     * Sets one lesson's deadline in the class (clears it when {@code deadlines} is empty), in one transaction; late
     * marks follow, since they are worked out from the deadlines whenever attempts are read.
     */
    void replaceLessonDeadline(long classId, String lessonSlug, List<ExerciseDeadline> deadlines) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM class_deadlines WHERE class_id = :class AND lesson_slug = :lesson")
                    .bind("class", classId).bind("lesson", lessonSlug).execute();
            if (!deadlines.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("INSERT INTO class_deadlines (class_id, exercise_id, lesson_slug, due_at)"
                        + " VALUES (:class, :exercise, :lesson, :due)");
                for (ExerciseDeadline d : deadlines) {
                    batch.bind("class", classId).bind("exercise", d.exerciseId()).bind("lesson", lessonSlug).bind("due", utc(d.due())).add();
                }
                batch.execute();
            }
        });
    }

    Optional<SchoolClass> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM classes c WHERE c.id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    Optional<SchoolClass> findByCode(String code) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM classes c WHERE c.join_code = :code")
                .bind("code", code).map((rs, ctx) -> row(rs)).findOne());
    }

    /** The classes {@code userId} teaches, or every class when {@code all} (an admin), newest first. */
    List<SchoolClass> taughtBy(long userId, boolean all) {
        String sql = all ? "SELECT " + COLUMNS + " FROM classes c ORDER BY c.created_at DESC, c.id DESC"
                : "SELECT " + COLUMNS + " FROM classes c JOIN class_teachers t ON t.class_id = c.id WHERE t.user_id = :user"
                + " ORDER BY c.created_at DESC, c.id DESC";
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(sql);
            if (!all) {
                query.bind("user", userId);
            }
            return query.map((rs, ctx) -> row(rs)).list();
        });
    }

    boolean teaches(long classId, long userId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM class_teachers WHERE class_id = :class AND user_id = :user")
                .bind("class", classId).bind("user", userId).mapTo(Integer.class).one() > 0);
    }

    /** Adds the learner to the class; false when already a member. */
    boolean join(long classId, long learnerId, Instant now) {
        return jdbi.inTransaction(handle -> {
            boolean member = handle.createQuery("SELECT COUNT(*) FROM class_members WHERE class_id = :class AND learner_id = :learner")
                    .bind("class", classId).bind("learner", learnerId).mapTo(Integer.class).one() > 0;
            if (member) {
                return false;
            }
            handle.createUpdate("INSERT INTO class_members (class_id, learner_id, joined_at) VALUES (:class, :learner, :now)")
                    .bind("class", classId).bind("learner", learnerId).bind("now", utc(now)).execute();
            return true;
        });
    }

    boolean isMember(long classId, long learnerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM class_members WHERE class_id = :class AND learner_id = :learner")
                .bind("class", classId).bind("learner", learnerId).mapTo(Integer.class).one() > 0);
    }

    /** Removes the learner from the class (their attempts stay theirs); false when not a member. */
    boolean remove(long classId, long learnerId) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM class_members WHERE class_id = :class AND learner_id = :learner")
                .bind("class", classId).bind("learner", learnerId).execute() > 0);
    }

    /** The class's members with their emails, ordered by email. */
    List<Member> members(long classId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT m.learner_id, u.email, m.joined_at FROM class_members m JOIN users u ON u.learner_id = m.learner_id
                        WHERE m.class_id = :class ORDER BY u.email""")
                .bind("class", classId)
                .map((rs, ctx) -> new Member(rs.getLong("learner_id"), rs.getString("email"),
                        rs.getObject("joined_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    /** lesson slug -> deadline, for the lessons of the class that have one. */
    Map<String, Instant> lessonDeadlines(long classId) {
        Map<String, Instant> deadlines = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT DISTINCT lesson_slug, due_at FROM class_deadlines WHERE class_id = :class ORDER BY lesson_slug")
                .bind("class", classId)
                .map((rs, ctx) -> Map.entry(rs.getString("lesson_slug"), rs.getObject("due_at", OffsetDateTime.class).toInstant()))
                .forEach(e -> deadlines.put(e.getKey(), e.getValue())));
        return deadlines;
    }

    /** The number of classes with this join code (to retry a rare collision). */
    boolean codeTaken(String code) {
        return findByCode(code).isPresent();
    }

    private static SchoolClass row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SchoolClass(rs.getLong("id"), rs.getString("name"), rs.getString("join_code"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A lesson's deadline as it applies to one of its exercises. */
    record ExerciseDeadline(String exerciseId, String lessonSlug, Instant due) {
    }

    /** A learner in a class: the learner row, the account's email and when they joined. */
    record Member(long learnerId, String email, Instant joinedAt) {
    }
}
